"""What the billing page and `bubblegum billing status` show: the plan, its status, the use
of each limit, the next invoice and past invoices (read from Stripe; the page still shows the
plan and usage when Stripe cannot be reached)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import stripe
from sqlmodel import Session

from bubblegum.config import get_settings
from bubblegum.models import Organization
from bubblegum.services import limits, plans
from bubblegum.services.billing.stripe_api import client, once, plain
from bubblegum.services.errors import ServiceError
from bubblegum.services.policy import Action, require, role_allows
from bubblegum.services.tokens import as_aware


@dataclass(frozen=True)
class Invoice:
    number: str
    date: datetime | None
    amount: str  # "$19.00"
    status: str
    url: str


@dataclass(frozen=True)
class Overview:
    billing_enabled: bool
    plan: plans.Plan
    subscribed_plan: str  # what Stripe bills for ("" when none)
    status: str  # Stripe's status, or "none"
    period_end: datetime | None
    cancel_at_period_end: bool
    trial_end: datetime | None
    grace_ends_at: datetime | None
    action_url: str
    usage: list[limits.UsageLine]
    can_manage: bool
    next_invoice: Invoice | None = None
    invoices: list[Invoice] = field(default_factory=list)
    stripe_note: str = ""  # why invoices are missing, when they are

    @property
    def payment_problem(self) -> bool:
        return self.status in ("past_due", "unpaid")


def _money(cents: int | None, currency: str | None) -> str:
    amount = (cents or 0) / 100
    symbol = {"usd": "$", "eur": "€", "gbp": "£"}.get((currency or "").lower())
    return f"{symbol}{amount:,.2f}" if symbol else f"{amount:,.2f} {(currency or '').upper()}"


def _invoice(raw: dict, *, upcoming: bool = False) -> Invoice:
    """An invoice as shown: a past one dated when made, the next one when it will be charged."""
    created = (raw.get("next_payment_attempt") or raw.get("period_end") if upcoming else None) or raw.get("created")
    return Invoice(number=str(raw.get("number") or raw.get("id") or ""),
                   date=datetime.fromtimestamp(int(created), UTC) if created else None,
                   amount=_money(raw.get("amount_due", raw.get("total")), raw.get("currency")),
                   status=str(raw.get("status") or ""), url=str(raw.get("hosted_invoice_url") or ""))


def _stripe_invoices(org: Organization, subscribed: bool) -> tuple[Invoice | None, list[Invoice]]:
    api = client().v1.invoices
    past = plain(api.list(params={"customer": org.stripe_customer_id, "limit": 12})).get("data", [])
    upcoming = None
    if subscribed:
        preview = api.create_preview(params={"customer": org.stripe_customer_id},
                                     options=once("invoice-preview", org.id, unique=True))
        upcoming = _invoice(plain(preview), upcoming=True)
    return upcoming, [_invoice(raw) for raw in past]


def overview(session: Session, user_id: int, org_id: int, *, with_invoices: bool = True) -> Overview:
    """The billing page's content (admins and owners; owners may act on it)."""
    member = require(session, user_id, org_id, Action.BILLING_READ)
    return describe(session, org_id, can_manage=role_allows(member.role, Action.BILLING_MANAGE),
                    with_invoices=with_invoices)


def describe(session: Session, org_id: int, *, can_manage: bool = False, with_invoices: bool = True) -> Overview:
    """`overview` for a caller already authorised (the operator at the command line)."""
    org = session.get(Organization, org_id)
    plan, usage = limits.report(session, org_id)
    enabled = get_settings().billing_enabled
    row = plans.subscription_of(session, org_id) if enabled else None
    status = row.status if row else "none"
    upcoming, invoices, note = None, [], ""
    if enabled and with_invoices and org.stripe_customer_id:
        try:
            upcoming, invoices = _stripe_invoices(org, status in ("active", "trialing", "past_due", "unpaid"))
        except stripe.StripeError as error:
            note = f"Invoices could not be read from Stripe just now ({type(error).__name__})."
    return Overview(
        billing_enabled=enabled, plan=plan, subscribed_plan=row.plan if row and row.stripe_subscription_id else "",
        status=status, period_end=as_aware(row.current_period_end) if row else None,
        cancel_at_period_end=bool(row and row.cancel_at_period_end), trial_end=as_aware(row.trial_end) if row else None,
        grace_ends_at=as_aware(row.grace_ends_at) if row else None, action_url=row.action_url if row else "",
        usage=usage, can_manage=can_manage, next_invoice=upcoming, invoices=invoices, stripe_note=note)


def owner_warning(session: Session, user_id: int, org_id: int) -> str:
    """The banner an owner sees on every dashboard page while a payment is failing ("" otherwise;
    nobody else sees it). Reads the stored state only: no call to Stripe."""
    if not get_settings().billing_enabled:
        return ""
    try:
        require(session, user_id, org_id, Action.BILLING_MANAGE)
    except ServiceError:
        return ""
    row = plans.subscription_of(session, org_id)
    if row is None or (row.status not in ("past_due", "unpaid") and not row.action_url):
        return ""
    if row.action_url:
        return "Your bank asks you to confirm the latest payment. Open Billing to confirm it."
    ends = as_aware(row.grace_ends_at)
    if plans.grace_over(row):
        return "A payment failed and the grace period has ended: the Free plan's limits apply. Update the payment method in Billing."
    return (f"A payment failed. Update the payment method in Billing before {ends:%d %B %Y}, "
            "or the Free plan's limits will apply (nothing is deleted).")
