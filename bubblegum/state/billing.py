"""The billing page: plan, usage bars, invoices; owners upgrade, open the portal and refresh."""

from __future__ import annotations

import reflex as rx

from bubblegum.services import jobs, plans
from bubblegum.services.billing import account, checkout, reconcile
from bubblegum.services.errors import ServiceError
from bubblegum.state import notices
from bubblegum.state.session import FormState, SessionState


def _when(moment) -> str:
    return f"{moment:%d %b %Y}" if moment else ""


def _usage(line) -> dict:
    allowed = "unlimited" if line.allowed is None else f"{line.allowed:,}"
    used = "" if line.used is None else f"{line.used:,}"
    return {"label": line.label[:1].upper() + line.label[1:], "used": used, "allowed": allowed, "percent": str(round(line.fraction * 100)),
            "counted": "yes" if line.used is not None else "",
            "full": "yes" if line.allowed is not None and line.used is not None and line.used >= line.allowed else ""}


def _sites(allowed: int | None) -> str:
    return "Unlimited sites" if allowed is None else f"{allowed:,} site{'' if allowed == 1 else 's'}"


def _status(seen: account.Overview) -> str:
    if not seen.billing_enabled:
        return "Billing is off on this server: its operator sets the limits."
    if seen.status == "none":
        return "No subscription."
    text = {"active": "Active", "trialing": "Trial", "past_due": "Payment failed", "unpaid": "Unpaid",
            "canceled": "Cancelled"}.get(seen.status, seen.status.replace("_", " ").capitalize())
    if seen.trial_end and seen.status == "trialing":
        text += f" until {_when(seen.trial_end)}"
    elif seen.period_end and seen.status in ("active", "trialing"):
        text += f"; {'ends' if seen.cancel_at_period_end else 'renews'} {_when(seen.period_end)}"
    return text


class BillingState(FormState, SessionState):
    plan_name: str = ""
    plan_key: str = ""
    status_text: str = ""
    billing_enabled: bool = False
    can_manage: bool = False
    subscribed: bool = False
    action_url: str = ""
    usage: list[dict[str, str]] = []
    offers: list[dict[str, str]] = []
    next_invoice: dict[str, str] = {}
    invoices: list[dict[str, str]] = []
    stripe_note: str = ""

    @rx.event
    def load(self):
        try:
            with self._signed_in() as (db, me):
                seen = account.overview(db, me.user_id, me.org_id)  # a failing payment: the layout's banner
        except ServiceError as error:
            return self._fail(error)
        self._show(seen)

    def _show(self, seen: account.Overview) -> None:
        self.plan_name, self.plan_key, self.status_text = seen.plan.name, seen.plan.key, _status(seen)
        self.billing_enabled, self.can_manage = seen.billing_enabled, seen.can_manage
        self.subscribed = bool(seen.subscribed_plan)
        self.action_url, self.stripe_note = seen.action_url, seen.stripe_note
        self.usage = [_usage(line) for line in seen.usage]
        self.offers = [{"key": p.key, "name": p.name, "price": p.price_label, "current": "yes" if p.key == seen.plan.key else "",
                        "sites": _sites(p.limit(plans.Limit.SITES)),
                        "trial": f"{p.trial_days}-day trial" if p.trial_days else "", "paid": "yes" if p.paid else ""}
                       for p in plans.offered()]
        upcoming = seen.next_invoice
        self.next_invoice = {"amount": upcoming.amount, "date": _when(upcoming.date)} if upcoming else {}
        self.invoices = [{"number": i.number, "date": _when(i.date), "amount": i.amount, "status": i.status, "url": i.url}
                         for i in seen.invoices]

    @rx.event
    def upgrade(self, plan_key: str):
        try:
            with self._signed_in() as (db, me):
                url = checkout.start_checkout(db, me.user_id, me.org_id, plan_key, ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return rx.redirect(url)  # another host: the browser goes there (Reflex assigns the location)

    @rx.event
    def open_portal(self):
        try:
            with self._signed_in() as (db, me):
                url = checkout.open_portal(db, me.user_id, me.org_id, ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return rx.redirect(url)  # another host: the browser goes there (Reflex assigns the location)

    @rx.event
    def refresh(self):
        """Re-read the subscription from Stripe now (the reconciliation job, for this organization)."""
        try:
            with self._signed_in() as (db, me):
                job_id, user_id = reconcile.request(db, me.user_id, me.org_id), me.user_id
            done = jobs.run_own_job(user_id, job_id)
        except ServiceError as error:
            return self._fail(error, toast=True)
        if done.status != jobs.DONE:
            return notices.error("Stripe could not be reached. Please try again in a minute.")
        return [BillingState.load, notices.success("Billing is up to date with Stripe.")]
