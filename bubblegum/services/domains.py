"""Custom domains: a site is served on a domain only after its owner proves control of it.

Proof is a DNS TXT record, as Vercel and Netlify ask for: `_bubblegum-challenge.<domain>`
holding the site's random token. Saving a domain (or changing it) makes a new token and
leaves the domain *pending*; `check` (the dialog's "Check now", `bubblegum project
check-domain`) looks the record up with dnspython and marks the domain verified. Until then
the site is not served on that host and its links keep the site's own address. Resolvers
come from `BUBBLEGUM_DNS_NAMESERVERS` / `BUBBLEGUM_DNS_PORT` (the system's by default).

Whether the domain is reached over HTTPS depends on the installation, not on this code: the
app serves plain HTTP and a proxy in front may terminate TLS (`BUBBLEGUM_CUSTOM_DOMAIN_HTTPS`).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import dns.exception
import dns.resolver
from sqlmodel import Session

from bubblegum.config import get_settings
from bubblegum.db import utcnow
from bubblegum.models import Project
from bubblegum.services import audit, policy, rate_limit
from bubblegum.services.errors import ServiceError
from bubblegum.services.policy import Action

CHALLENGE_LABEL = "_bubblegum-challenge"
CHECKS_PER_SITE = rate_limit.Rule("domain-check", "10/minute")
NONE, PENDING, VERIFIED = "none", "pending", "verified"


class DnsUnavailable(ServiceError):
    code = "DNS_UNAVAILABLE"
    status = 503


@dataclass(frozen=True)
class DomainStatus:
    domain: str  # "" when the site has none
    state: str  # none, pending or verified
    record_name: str  # where the TXT record goes
    record_value: str  # what it must hold
    address: str  # the site's URL on the domain, once verified
    transport: str  # what this installation provides on the domain, in words


def new_token() -> str:
    return secrets.token_urlsafe(24)


def domain_url(domain: str) -> str:
    scheme = "https" if get_settings().custom_domain_https else "http"
    return f"{scheme}://{domain}/"


def transport_note() -> str:
    if get_settings().custom_domain_https:
        return "Served over HTTPS by the proxy in front of this installation."
    return "Served over plain HTTP: this installation does not provide HTTPS certificates for custom domains."


def status_of(project: Project) -> DomainStatus:
    domain = project.custom_domain or ""
    if not domain:
        return DomainStatus("", NONE, "", "", "", "")
    verified = project.domain_verified_at is not None
    return DomainStatus(domain, VERIFIED if verified else PENDING, f"{CHALLENGE_LABEL}.{domain}",
                        project.domain_token or "", domain_url(domain) if verified else "", transport_note())


def _resolver() -> dns.resolver.Resolver:
    settings = get_settings()
    servers = [server.strip() for server in settings.dns_nameservers.split(",") if server.strip()]
    resolver = dns.resolver.Resolver(configure=not servers)
    if servers:
        resolver.nameservers = servers
    resolver.port, resolver.lifetime = settings.dns_port, 5.0
    return resolver


def txt_values(name: str) -> list[str]:
    """The TXT strings published at `name` ([] when there are none)."""
    try:
        answer = _resolver().resolve(name, "TXT")
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except dns.exception.DNSException:  # no server answered, or none could
        raise DnsUnavailable("The DNS lookup did not get an answer; try again in a minute.") from None
    return [b"".join(record.strings).decode("utf-8", "replace") for record in answer]


def check(session: Session, user_id: int, project_id: int, *, ip: str = "") -> tuple[DomainStatus, str]:
    """Look the TXT record up now (admins and owners): the status and what was found, in words."""
    project = policy.require_project(session, user_id, project_id, Action.PROJECT_CONFIGURE)
    return verify(session, project, actor_id=user_id, ip=ip)


def verify(session: Session, project: Project, *, actor_id: int | None, ip: str = "") -> tuple[DomainStatus, str]:
    """`check` for a caller that has checked the role itself (the operator at the command line)."""
    status = status_of(project)
    if status.state == NONE:
        return status, "This site has no custom domain."
    if status.state == VERIFIED:
        return status, f"{status.domain} is verified."
    rate_limit.ensure_and_hit(CHECKS_PER_SITE, str(project.id))
    found = txt_values(status.record_name)
    if status.record_value not in found:
        detail = "holds a different value" if found else "was not found"
        return status, (f"The TXT record {status.record_name} {detail}. Add it with the value shown; "
                        "DNS changes can take a while to be seen.")
    project.domain_verified_at = utcnow()
    session.add(project)
    audit.record(session, "project.domain_verified", org_id=project.organization_id, actor_id=actor_id,
                 target_type="project", target_id=project.id, ip=ip, domain=status.domain)
    session.flush()
    return status_of(project), (f"{status.domain} is verified and serves the live site; publish again to "
                                "make it the address in the site's links.")
