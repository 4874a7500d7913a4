"""Subscribing through Stripe Checkout and managing the subscription in the Customer Portal.

The organization is the Stripe customer (created once, its id kept on the organization).
Checkout runs in subscription mode with promotion codes, Stripe Tax when
STRIPE_AUTOMATIC_TAX is set, and the plan's trial the first time an organization subscribes.
Nothing here changes the plan: that happens when Stripe says so (webhooks, reconciliation).
"""

from __future__ import annotations

import stripe
from sqlmodel import Session

from bubblegum import routes
from bubblegum.config import get_settings
from bubblegum.models import Organization
from bubblegum.services import audit, plans
from bubblegum.services.billing.stripe_api import client, once, plain, unavailable
from bubblegum.services.billing.sync import PREFERENCE, price_keys
from bubblegum.services.errors import Conflict, InvalidInput
from bubblegum.services.mail import app_link
from bubblegum.services.policy import Action, require

BILLING_PATH = routes.BILLING


def ensure_customer(session: Session, org: Organization) -> str:
    if org.stripe_customer_id:
        return org.stripe_customer_id
    try:
        customer = client().v1.customers.create(
            params={"name": org.name, "metadata": {"organization_id": str(org.id), "organization_slug": org.slug}},
            options=once("customer", org.id))
    except stripe.StripeError as error:
        raise unavailable(error) from error
    org.stripe_customer_id = customer.id
    session.add(org)
    session.flush()
    return customer.id


def _price_id(plan: plans.Plan) -> str:
    for price_id, lookup_key in price_keys().items():
        if lookup_key == plan.stripe_price:
            return price_id
    raise InvalidInput(f"The {plan.name} plan has no price in Stripe yet (lookup key {plan.stripe_price!r}).")


def start_checkout(session: Session, user_id: int, org_id: int, plan_key: str, *, ip: str = "") -> str:
    """The Checkout page's address for subscribing the organization to ``plan_key``."""
    require(session, user_id, org_id, Action.BILLING_MANAGE)
    plan = plans.get(plan_key)
    if plan.key != plan_key or not plan.paid:
        raise InvalidInput("Choose one of the paid plans.", field="plan")
    current = plans.subscription_of(session, org_id)
    if current is not None and current.status in PREFERENCE:
        raise Conflict("This organization already has a subscription: change or cancel it in the billing portal.")
    org = session.get(Organization, org_id)
    customer_id = ensure_customer(session, org)
    params: dict = {
        "mode": "subscription", "customer": customer_id, "client_reference_id": str(org_id),
        "line_items": [{"price": _price_id(plan), "quantity": 1}],
        "success_url": app_link(f"{BILLING_PATH}?checkout=done"), "cancel_url": app_link(BILLING_PATH),
        "allow_promotion_codes": True,
        "subscription_data": {"metadata": {"organization_id": str(org_id), "plan": plan.key}},
    }
    if get_settings().stripe_automatic_tax:
        params["automatic_tax"] = {"enabled": True}
        params["customer_update"] = {"address": "auto", "name": "auto"}
    if plan.trial_days and (current is None or current.trial_end is None):
        params["subscription_data"]["trial_period_days"] = plan.trial_days
    try:
        checkout = client().v1.checkout.sessions.create(params=params, options=once("checkout", org_id, plan.key,
                                                                                      unique=True))
    except stripe.StripeError as error:
        raise unavailable(error) from error
    audit.record(session, "billing.checkout_started", org_id=org_id, actor_id=user_id, target_type="organization",
                 target_id=org_id, ip=ip, plan=plan.key)
    return plain(checkout)["url"]


def open_portal(session: Session, user_id: int, org_id: int, *, ip: str = "") -> str:
    """The Customer Portal's address: change plan, cancel, payment methods, invoices."""
    require(session, user_id, org_id, Action.BILLING_MANAGE)
    org = session.get(Organization, org_id)
    customer_id = ensure_customer(session, org)
    try:
        portal = client().v1.billing_portal.sessions.create(
            params={"customer": customer_id, "return_url": app_link(BILLING_PATH)},
            options=once("portal", org_id, unique=True))
    except stripe.StripeError as error:
        raise unavailable(error) from error
    audit.record(session, "billing.portal_opened", org_id=org_id, actor_id=user_id, target_type="organization",
                 target_id=org_id, ip=ip)
    return plain(portal)["url"]
