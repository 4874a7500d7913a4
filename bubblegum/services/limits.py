"""Plan limits: the one place every caller (editor, dashboard, CLI, jobs, API) asks before
making something new. Next to the role policy (policy.py): the policy says who may act, this
says whether the organization's plan has room.

A refusal names the limit, the usage and the way up; it changes nothing. Limits only refuse
new things: what exists when a plan shrinks stays published and editable.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from bubblegum.config import get_settings
from bubblegum.services import usage
from bubblegum.services.ai.base import UsageCapReached
from bubblegum.services.errors import ServiceError
from bubblegum.services.plans import LABELS, Limit, Plan, all_plans, plan_of


class PlanLimitReached(ServiceError):
    code = "PLAN_LIMIT_REACHED"
    status = 402


@dataclass(frozen=True)
class UsageLine:
    limit: Limit
    label: str
    used: int | None  # None: a setting, not a count
    allowed: int | None  # None: unlimited

    @property
    def fraction(self) -> float:
        if self.used is None or self.allowed is None:
            return 0.0
        return 1.0 if self.allowed == 0 else min(1.0, self.used / self.allowed)


def _scaled(limit: Limit, value: int) -> int:
    return value // usage.MB if limit is Limit.STORAGE_MB else value


def upgrade_hint(plan: Plan, limit: Limit) -> str:
    if not get_settings().billing_enabled:
        return "Ask the operator of this server to raise it (BUBBLEGUM_PLANS_FILE)."
    current = plan.limit(limit)
    better = [p for p in all_plans().values() if p.paid and (p.limit(limit) is None or
                                                            (current is not None and p.limit(limit) > current))]
    if not better:
        return "Remove something you no longer need, or contact us for a larger plan."
    best = better[0]
    room = "no limit" if best.limit(limit) is None else f"up to {best.limit(limit):,} {LABELS[limit]}"
    return f"Upgrade to {best.name} on the Billing page for {room}."


def _message(plan: Plan, limit: Limit, used: int, allowed: int) -> str:
    return (f"Your organization uses {_scaled(limit, used):,} of the {allowed:,} {LABELS[limit]} "
            f"on the {plan.name} plan. {upgrade_hint(plan, limit)}")


def check(session: Session, org_id: int, limit: Limit, *, adding: int = 1, project_id: int | None = None,
          used: int | None = None) -> None:
    """Refuse (PlanLimitReached) when adding ``adding`` more (bytes for storage) would pass the
    limit; ``used`` when the caller knows it (the pages of a site not made yet: 0)."""
    plan = plan_of(session, org_id)
    allowed = plan.limit(limit)
    if allowed is None:
        return
    if used is None:
        used = usage.used(session, org_id, limit, project_id=project_id) or 0
    ceiling = allowed * usage.MB if limit is Limit.STORAGE_MB else allowed
    if used + adding > ceiling:
        raise PlanLimitReached(_message(plan, limit, used, allowed),
                               details={"limit": limit.value, "used": _scaled(limit, used), "allowed": allowed,
                                        "plan": plan.key})


def check_ai(session: Session, org_id: int) -> None:
    """Before each model call: the month's AI calls and tokens (UsageCapReached, as the AI reports)."""
    plan = plan_of(session, org_id)
    tokens, calls = usage.month_totals(session, org_id)
    for limit, used in ((Limit.AI_TOKENS, tokens), (Limit.AI_GENERATIONS, calls)):
        allowed = plan.limit(limit)
        if allowed is not None and used >= allowed:
            raise UsageCapReached(_message(plan, limit, used, allowed),
                                  details={"limit": limit.value, "used": used, "allowed": allowed, "plan": plan.key})


def report(session: Session, org_id: int) -> tuple[Plan, list[UsageLine]]:
    """The plan and each limit with its use, for the billing page and `bubblegum billing status`."""
    plan = plan_of(session, org_id)
    lines = []
    for limit in Limit:
        used = usage.used(session, org_id, limit)
        lines.append(UsageLine(limit, LABELS[limit], None if used is None else _scaled(limit, used), plan.limit(limit)))
    return plan, lines
