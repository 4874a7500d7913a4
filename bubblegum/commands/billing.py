"""`bubblegum billing plans|status|reconcile`: plans, an organization's plan and usage, and
bringing organizations in line with Stripe now (the operator acting)."""

from __future__ import annotations

import json

import typer

app = typer.Typer(help="Plans, limits and Stripe billing.", no_args_is_help=True)


def _limit(value: int | None) -> str:
    return "unlimited" if value is None else f"{value:,}"


@app.command("plans")
def list_plans() -> None:
    """The plans and their limits (with billing off: the one self-hosted plan)."""
    from rich.console import Console
    from rich.table import Table

    from bubblegum.config import get_settings
    from bubblegum.services.plans import LABELS, Limit, offered

    shown = offered()
    table = Table("limit", *(f"{plan.name} ({plan.key})" for plan in shown))
    table.add_row("price", *(plan.price_label or "-" for plan in shown))
    for limit in Limit:
        table.add_row(LABELS[limit], *(_limit(plan.limit(limit)) for plan in shown))
    table.add_row("'Made with Bubble Gum' badge", *("yes" if plan.badge else "no" for plan in shown))
    table.add_row("trial", *(f"{plan.trial_days} days" if plan.trial_days else "-" for plan in shown))
    Console(width=160).print(table)
    if not get_settings().billing_enabled:
        typer.echo("Billing is off (no STRIPE_SECRET_KEY): every organization has the self-hosted plan; "
                   "set its limits with BUBBLEGUM_PLANS_FILE.")


def _org_id(session, org: str) -> int:
    from sqlmodel import select

    from bubblegum.models import Organization

    found = session.exec(select(Organization).where(Organization.slug == org)).first()
    if found is None and org.isdigit():
        found = session.get(Organization, int(org))
    if found is None:
        typer.echo(f"No organization {org!r} (give its slug or id; `bubblegum orgs list` shows them).", err=True)
        raise typer.Exit(1)
    return found.id


@app.command("status")
def status(org: str = typer.Argument(..., help="Organization slug or id"),
           as_json: bool = typer.Option(False, "--json", help="Print JSON")) -> None:
    """An organization's plan, subscription status, period end and usage of each limit."""
    from bubblegum.db import session_scope
    from bubblegum.services.billing.account import describe

    with session_scope() as session:
        seen = describe(session, _org_id(session, org), with_invoices=False)
    data = {
        "plan": seen.plan.key, "plan_name": seen.plan.name, "billing": "on" if seen.billing_enabled else "off",
        "status": seen.status, "subscribed_plan": seen.subscribed_plan or None,
        "period_end": seen.period_end.isoformat() if seen.period_end else None,
        "cancel_at_period_end": seen.cancel_at_period_end,
        "grace_ends_at": seen.grace_ends_at.isoformat() if seen.grace_ends_at else None,
        "usage": {line.limit.value: {"used": line.used, "allowed": line.allowed} for line in seen.usage},
    }
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    typer.echo(f"Plan: {seen.plan.name} ({seen.plan.key}); billing {data['billing']}; status {seen.status}")
    if seen.period_end:
        ending = "ends" if seen.cancel_at_period_end else "renews"
        typer.echo(f"Current period {ending} {seen.period_end:%Y-%m-%d}")
    if seen.grace_ends_at:
        typer.echo(f"Payment failed: the plan holds until {seen.grace_ends_at:%Y-%m-%d}, then Free limits apply")
    for line in seen.usage:
        used = "-" if line.used is None else f"{line.used:,}"
        typer.echo(f"  {line.label:<22} {used:>12} / {_limit(line.allowed)}")


@app.command("reconcile")
def reconcile_now(org: str | None = typer.Argument(None, help="Organization slug or id (default: all)")) -> None:
    """Re-read subscriptions from Stripe now (the hourly job, run on demand)."""
    from bubblegum.db import session_scope
    from bubblegum.services import jobs
    from bubblegum.services.billing.reconcile import RECONCILE_JOB

    from bubblegum.config import get_settings

    if not get_settings().billing_enabled:
        typer.echo("Billing is off (no STRIPE_SECRET_KEY): nothing to reconcile.", err=True)
        raise typer.Exit(1)
    payload = {}
    if org:
        with session_scope() as session:
            payload = {"organization_id": _org_id(session, org)}
    job = jobs.run_job_now(jobs.enqueue(RECONCILE_JOB, payload))
    if job.status != jobs.DONE:
        typer.echo(f"Reconciliation failed: {job.error}", err=True)
        raise typer.Exit(1)
    typer.echo(f"Checked {job.result['checked']} organizations; changed {len(job.result['changed'])}; "
               f"failed {len(job.result['failed'])}.")
    for change in job.result["changed"]:
        typer.echo(f"  organization {change['organization_id']}: {change['old']} -> {change['new']} ({change['status']})")
