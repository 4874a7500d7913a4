"""The offline provider's extract_brief is the parser's, checked like every provider call."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.base import AIError, AIProvider, PromptTooLong
from bubblegum.services.ai.brief_parser import extract_brief
from bubblegum.services.ai.offline import OfflineProvider


def test_offline_provider_delegates_to_the_parser_and_records_usage():
    provider = OfflineProvider()
    assert isinstance(provider, AIProvider)
    brief = provider.extract_brief("  Rise & Crumb, a sourdough bakery in Leeds  ", business_type="bakery")
    assert brief == extract_brief("Rise & Crumb, a sourdough bakery in Leeds", business_type="bakery")
    assert [u.operation for u in provider.usage] == ["extract_brief"]


def test_empty_and_too_long_descriptions_are_refused():
    with pytest.raises(AIError):
        OfflineProvider().extract_brief("   ")
    with pytest.raises(PromptTooLong):
        OfflineProvider().extract_brief("bakery " * 400)


def test_deterministic():
    prompt = "Kettle & Tap Plumbing — plumbers in Nottingham: boilers, leaks and drains. Call 0115 496 0123."
    assert extract_brief(prompt).model_dump() == extract_brief(prompt).model_dump()
