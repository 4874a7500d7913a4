"""AI: one interface (``base.AIProvider``), two providers (offline default, Anthropic by
configuration), the improvement audit, metering and caps.

    from bubblegum.services.ai import get_provider
    site = get_provider().generate_site("A sourdough bakery in Leeds called Rise & Crumb")

Module map: base (protocol, errors), factory (get_provider), brief (the Brief model),
brief_parser/ (description -> Brief, offline), writer/ (Brief -> site document, offline;
phrases in seven languages), offline (OfflineProvider), rewrite (tone/length),
anthropic_provider + anthropic_schema (Claude), validate (same validation as a person's input), audit (rule checks and one-click fixes),
metering (usage table, caps, rate limits), projects (create a project from a prompt).
Imports stay lazy: the CLI's offline path never loads the database layer.
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "get_provider": "bubblegum.services.ai.factory",
    "AIProvider": "bubblegum.services.ai.base",
    "AIError": "bubblegum.services.ai.base",
    "PromptTooLong": "bubblegum.services.ai.base",
    "ProviderUnavailable": "bubblegum.services.ai.base",
    "UsageCapReached": "bubblegum.services.ai.base",
    "Finding": "bubblegum.services.ai.base",
    "OfflineProvider": "bubblegum.services.ai.offline",
    "audit_site": "bubblegum.services.ai.audit",
    "apply_fix": "bubblegum.services.ai.audit",
}
__all__ = list(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(name)
