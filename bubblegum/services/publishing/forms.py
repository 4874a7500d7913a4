"""Visitors' submissions from the contact-form and newsletter blocks of a published site.

Validated against the blocks' own field specs (``blocks/forms.py``), rate limited per visitor
and per site, and handed to the site's leads inbox (``services/leads/intake``), which keeps spam
(honeypot, too fast, over the visitor's limit, blocked, content rules) with its reason.
``result_message`` says how a post went, in the site's language, for the page the visitor sees.
"""

from __future__ import annotations

import hashlib

from email_validator import EmailNotValidError, validate_email

from bubblegum.blocks.forms import FORM_SPECS
from bubblegum.config import get_settings
from bubblegum.services import rate_limit
from bubblegum.services.leads import intake
from bubblegum.render.i18n import phrase
from bubblegum.services.errors import InvalidInput, RateLimited, ServiceError

PER_VISITOR = rate_limit.Rule("form-visitor", "5/10 minutes")
PER_SITE = rate_limit.Rule("form-site", "200/hour")


def clean_submission(kind: str, form: dict[str, str]) -> dict[str, str]:
    """The submitted fields of a form kind, checked; InvalidInput names the first bad field."""
    if kind not in FORM_SPECS:
        raise InvalidInput("This form does not exist.", field="kind", details={"problem": "form_unknown"})
    clean: dict[str, str] = {}
    for spec in FORM_SPECS[kind]:
        value = (form.get(spec.name) or "").strip()
        if spec.required and not value:
            raise InvalidInput(f"{spec.label} is required.", field=spec.name, details={"problem": "form_required"})
        if len(value) > spec.max_length:
            raise InvalidInput(f"{spec.label} is too long (at most {spec.max_length} characters).", field=spec.name,
                               details={"problem": "form_too_long", "limit": spec.max_length})
        if value and spec.kind == "email":
            try:
                value = validate_email(value, check_deliverability=False).normalized
            except EmailNotValidError:
                raise InvalidInput("Please enter a valid email address.", field=spec.name,
                                   details={"problem": "form_invalid_email"}) from None
        if value:
            clean[spec.name] = value
    return clean


def submit(project_id: int, kind: str, form: dict[str, str], *, client_ip: str) -> bool:
    """Store one checked post in the site's leads inbox. False when it was kept as spam (the
    visitor still sees "sent"); RateLimited past the visitor's limit (kept as spam too) or the
    site's (nothing stored: a flood must not fill the database)."""
    clean = clean_submission(kind, form)
    visitor = hashlib.sha256(f"{get_settings().effective_secret_key}:{client_ip}".encode()).hexdigest()
    over_visitor_limit = not rate_limit.hit(PER_VISITOR, f"{project_id}:{visitor}")
    rate_limit.ensure_and_hit(PER_SITE, str(project_id))
    verdict = intake.receive(project_id, kind, clean, form, visitor=visitor, over_rate=over_visitor_limit)
    if over_visitor_limit:
        raise RateLimited(retry_after=rate_limit.retry_after(PER_VISITOR, f"{project_id}:{visitor}"))
    return verdict is None


def result_message(language: str, kind: str, error: ServiceError | None = None) -> str:
    """What the form-result page tells the visitor, in the site's language: sent, or why not."""
    if error is None:
        return phrase(language, "form_sent_contact" if kind == "contact" else "form_sent_newsletter")
    if isinstance(error, RateLimited):
        return phrase(language, "form_too_many")
    details = error.details or {}
    problem = details.get("problem", "form_unknown")
    field = phrase(language, f"field_{error.field}") if error.field in _FIELD_KEYS else error.field
    return phrase(language, problem, field=field, limit=details.get("limit", ""))


_FIELD_KEYS = frozenset(spec.name for specs in FORM_SPECS.values() for spec in specs)
