"""The AI interface: one protocol every provider implements, the progress callback and
the errors a caller can show to a person.

Every method returns plain JSON-able data (dicts, strings) that the caller still validates
with ``bubblegum.services.ai.validate`` (``generate_site`` output is validated by the
providers themselves before returning).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from bubblegum.services.ai.brief import Brief

Progress = Callable[[str, float], None]  # (message, fraction done 0..1)
TONES = ("friendly", "professional", "playful", "luxury", "concise")
LENGTHS = ("same", "shorter", "longer")
MAX_PROMPT_CHARS = 2000


class AIError(Exception):
    """A problem a person can read; ``code`` is stable for the REST envelope."""

    code = "AI_ERROR"

    def __init__(self, message: str, *, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or {}


class PromptTooLong(AIError):
    code = "PROMPT_TOO_LONG"


class ProviderUnavailable(AIError):
    code = "AI_UNAVAILABLE"


class UsageCapReached(AIError):
    code = "AI_CAP_REACHED"


@dataclass
class Usage:
    """Tokens used by one provider call (zero for the offline generator)."""

    operation: str
    model: str = "offline"
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0


@dataclass
class Finding:
    """One audit finding. ``fix`` is the id of a one-click fix (see audit.apply_fix) or None."""

    rule: str
    severity: str  # error | warning | info
    message: str
    page: str | None = None
    block: str | None = None
    fix: str | None = None
    source: str = "rules"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "message": self.message, "page": self.page,
                "block": self.block, "fix": self.fix, "source": self.source}


def check_prompt(prompt: str) -> str:
    prompt = (prompt or "").strip()
    if not prompt:
        raise AIError("Describe the business in a sentence or two.")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise PromptTooLong(f"The description is {len(prompt):,} characters; the limit is {MAX_PROMPT_CHARS:,}. Please shorten it.",
                            details={"length": len(prompt), "limit": MAX_PROMPT_CHARS})
    return prompt


@runtime_checkable
class AIProvider(Protocol):
    name: str
    usage: list[Usage]

    def extract_brief(self, prompt: str, *, business_type: str | None = None) -> Brief: ...

    def generate_site(self, prompt: str, business_type: str | None = None, style: str | None = None,
                      pages: int | None = None, progress: Progress | None = None, *,
                      brief: Brief | None = None) -> dict: ...

    def generate_block(self, block_type: str, hint: str, site_context: dict | None = None) -> dict: ...

    def regenerate_block(self, block: dict, site_context: dict | None = None) -> dict: ...

    def rewrite_text(self, text: str, tone: str = "friendly", length: str = "same", *, role: str = "body",
                     language: str = "en", facts: list[str] | tuple[str, ...] = ()) -> str: ...

    def seo_meta(self, page: dict, site: dict) -> tuple[str, str]: ...

    def alt_text(self, block: dict, site_context: dict | None = None) -> list[dict]: ...

    def suggestions(self, site: dict) -> list[Finding]: ...
