"""A site's configuration, as its "Site settings" dialog changes it: name, language, the
description search engines and sharing use when a page has none, a custom domain, and the
business details published as structured data (type, phone, email, address).

Admins and owners only (`Action.PROJECT_CONFIGURE`), like Webflow's and Framer's site
settings; the look (`site_settings.update_theme`) stays with editors. Every value is checked
before anything is stored, so a bad one changes nothing; a change is audited. The published
site picks the new values up at its next publish; a new custom domain is pending until its
owner proves control of it (`services.domains`), and only then serves the live deployment by
`Host` header and becomes the site's canonical address.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from urllib.parse import urlparse

from pydantic import ValidationError
from sqlmodel import Session, select

from bubblegum.blocks.document import Business, BusinessType
from bubblegum.config import get_settings
from bubblegum.db import utcnow
from bubblegum.models import Project
from bubblegum.services import audit, domains, limits, policy
from bubblegum.services.errors import InvalidInput
from bubblegum.services.plans import Limit
from bubblegum.services.policy import Action
from bubblegum.services.projects import clean_name

MAX_DESCRIPTION = 300
MAX_DOMAIN = 253 - len(domains.CHALLENGE_LABEL) - 1  # a DNS name holds 253; the TXT record's name must fit
BUSINESS_TYPES: tuple[str, ...] = BusinessType.__args__  # schema.org types, "Organization" first
ADDRESS_FIELDS = ("street", "locality", "postal_code", "country")
BUSINESS_FIELDS = ("type", "phone", "email", *ADDRESS_FIELDS)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


@dataclass(frozen=True)
class SiteConfig:
    name: str
    language: str
    description: str
    custom_domain: str  # "" when the site has none


def config_of(project: Project) -> SiteConfig:
    return SiteConfig(project.name, project.language, (project.settings or {}).get("description") or "",
                      project.custom_domain or "")


def get_config(session: Session, user_id: int, project_id: int) -> SiteConfig:
    """The settings of a project the caller may read."""
    return config_of(policy.require_project(session, user_id, project_id, Action.PROJECT_READ))


def clean_language(value: str) -> str:
    value = (value or "").strip()
    if not _LANGUAGE.match(value):
        raise InvalidInput("Use a language code such as en, fr or pt-BR.", field="language")
    return value


def clean_description(value: str) -> str:
    value = " ".join((value or "").split())
    if len(value) > MAX_DESCRIPTION:
        raise InvalidInput(f"Use at most {MAX_DESCRIPTION} characters.", field="description")
    return value


def _own_hosts() -> set[str]:
    """Host names this installation serves itself: a site cannot claim them."""
    settings = get_settings()
    hosts = {urlparse(settings.app_url).hostname or ""}
    sites = urlparse(settings.effective_sites_base_url.replace("{slug}", "slug-marker")).hostname or ""
    hosts.add(sites.removeprefix("slug-marker."))
    return {host for host in hosts if host}


def clean_domain(value: str) -> str:
    """A host name as typed ("https://www.Example.com/") in stored form ("www.example.com");
    international names in their ASCII form. "" means no custom domain."""
    text = (value or "").strip().lower()
    if not text:
        return ""
    if "://" in text:  # a pasted address: keep its host, refuse anything after it
        url = urlparse(text)
        text = url.netloc + ("" if url.path in ("", "/") else url.path) + (f"?{url.query}" if url.query else "")
    text = text.rstrip("/").rstrip(".")
    if "/" in text or "?" in text or "#" in text or "@" in text or ":" in text:
        raise InvalidInput("Enter the domain only, such as www.example.com (no path or port).", field="custom_domain")
    try:
        text = text.encode("idna").decode("ascii")
    except UnicodeError:
        raise InvalidInput("That is not a valid domain name.", field="custom_domain") from None
    labels = text.split(".")
    if len(text) > MAX_DOMAIN:
        raise InvalidInput(f"Use a domain of at most {MAX_DOMAIN} characters (its DNS check record must fit too).",
                           field="custom_domain")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels) \
            or not re.match(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$", labels[-1]):
        raise InvalidInput("That is not a valid domain name: use one like www.example.com.", field="custom_domain")
    for own in _own_hosts():
        if text == own or text.endswith("." + own):
            raise InvalidInput(f"{own} addresses belong to this installation; use a domain you own.",
                               field="custom_domain")
    return text


def update_config(session: Session, user_id: int, project_id: int, *, name: str, language: str,
                  description: str, custom_domain: str, ip: str = "") -> SiteConfig:
    """Check every value, then store the ones that changed (admins and owners)."""
    project = policy.require_project(session, user_id, project_id, Action.PROJECT_CONFIGURE)
    return configure(session, project, name=name, language=language, description=description,
                     custom_domain=custom_domain, actor_id=user_id, ip=ip)


def configure(session: Session, project: Project, *, name: str, language: str, description: str,
              custom_domain: str, actor_id: int | None, ip: str = "") -> SiteConfig:
    """`update_config` for a caller that has checked the role itself (the server's operator
    at the command line)."""
    wanted = SiteConfig(clean_name(name), clean_language(language), clean_description(description),
                        clean_domain(custom_domain))
    if wanted.custom_domain and wanted.custom_domain != project.custom_domain:
        if not project.custom_domain:  # a site's first domain counts; changing it does not
            limits.check(session, project.organization_id, Limit.CUSTOM_DOMAINS)
        _take_over_unproved_claim(session, wanted.custom_domain, project)
    before = config_of(project)
    changed = {key: value for key, value in asdict(wanted).items() if getattr(before, key) != value}
    if not changed:
        return before
    project.name, project.language = wanted.name, wanted.language
    if "custom_domain" in changed:  # a new domain is pending until its owner proves it again
        project.custom_domain = wanted.custom_domain or None
        project.domain_token = domains.new_token() if wanted.custom_domain else None
        project.domain_verified_at = None
    settings = {**(project.settings or {}), "description": wanted.description}
    if not wanted.description:
        del settings["description"]
    project.settings = settings
    project.updated_at = utcnow()
    session.add(project)
    audit.record(session, "project.configured", org_id=project.organization_id, actor_id=actor_id,
                 target_type="project", target_id=project.id, ip=ip, **changed)
    session.flush()
    return wanted


def _take_over_unproved_claim(session: Session, domain: str, project: Project) -> None:
    """A domain another site has proved is refused; one it only claimed (pending) is released
    to this site, so nobody can hold a domain they do not control by typing it first."""
    holder = session.exec(select(Project).where(Project.custom_domain == domain, Project.id != project.id)).first()
    if holder is None:
        return
    if holder.domain_verified_at is not None:
        raise InvalidInput("Another site already uses this domain.", field="custom_domain")
    holder.custom_domain, holder.domain_token = None, None
    session.add(holder)
    audit.record(session, "project.domain_released", org_id=holder.organization_id,  # by no one of theirs
                 target_type="project", target_id=holder.id, domain=domain)
    session.flush()


def business_of(project: Project) -> dict[str, str]:
    """The business details as flat form fields ("" for those not set)."""
    business = (project.settings or {}).get("business") or {}
    address = business.get("address") or {}
    values = {key: address.get(key) or "" for key in ADDRESS_FIELDS}
    values.update(type=business.get("type") or "Organization", phone=business.get("phone") or "",
                  email=business.get("email") or "")
    return values


def update_business(session: Session, user_id: int, project_id: int, values: dict[str, str], *,
                    ip: str = "") -> dict[str, str]:
    """Check and store the business details (admins and owners); what the form does not show
    (opening hours, social profiles, logo) is kept. An Organization with nothing else to say
    stores nothing."""
    project = policy.require_project(session, user_id, project_id, Action.PROJECT_CONFIGURE)
    wanted = {key: " ".join(str(values.get(key) or "").split()) for key in BUSINESS_FIELDS}
    if wanted == business_of(project):
        return wanted
    current = dict((project.settings or {}).get("business") or {})
    address = {**(current.get("address") or {}), **{key: wanted[key] for key in ADDRESS_FIELDS}}
    details = {**current, "type": wanted["type"] or "Organization",
               "phone": wanted["phone"], "email": wanted["email"], "address": address}
    try:
        business = Business.model_validate(details)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = next((str(part) for part in reversed(error["loc"]) if isinstance(part, str)), "business")
        message = {"type": "Choose one of the listed kinds of business.",
                   "email": "Enter an email address such as hello@example.com.",
                   "phone": "Use digits, spaces and + ( ) - only, e.g. +44 20 7946 0000."}.get(
            field, error["msg"].removeprefix("Value error, "))
        raise InvalidInput(message, field=field) from None
    stored = business.model_dump(mode="json", exclude_none=True)
    if wanted["type"] in ("", "Organization") and not any(wanted[key] for key in BUSINESS_FIELDS if key != "type") \
            and not (current.get("hours") or current.get("same_as")):
        stored = None  # nothing left to say: structured data names a plain Organization
    settings = {**(project.settings or {}), "business": stored}
    if stored is None:
        del settings["business"]
    project.settings, project.updated_at = settings, utcnow()
    session.add(project)
    audit.record(session, "project.business_details", org_id=project.organization_id, actor_id=user_id,
                 target_type="project", target_id=project.id, ip=ip)
    session.flush()
    return business_of(project)
