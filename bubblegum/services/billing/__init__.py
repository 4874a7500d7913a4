"""Billing with Stripe (on when STRIPE_SECRET_KEY is set).

Module map: stripe_api (the one client; an Idempotency-Key on every POST), checkout
(Checkout Session to subscribe, Customer Portal to change or cancel), sync (re-read an
organization's subscription from Stripe and store it: the only writer of plans), webhooks
(verify, record each event once, sync, tell owners), reconcile (the hourly and on-demand
job that brings every organization in line with Stripe), account (the billing page's and
the CLI's view: plan, usage, invoices).
"""
