"""Both providers produce the same Brief: Anthropic through the strict record_brief tool
(against the local fake Messages API), validated with Brief, falling back to the offline
parser when the model fails or answers something invalid."""

from __future__ import annotations

import json

from bubblegum.services.ai.anthropic_provider import AnthropicProvider
from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.offline import OfflineProvider
from tests.integration.ai.fake_anthropic import FakeAnthropic, brief_of

PROMPT = "Willow & Whisk, a gluten-free café in York: brunch and pancakes. Open daily 8:30am–4pm."
ANSWER = {"language": "en", "name": "Willow & Whisk", "kind": "gluten-free café", "category": "food", "town": "York",
          "country": "GB", "currency": "GBP", "constraints": ["gluten_free"],
          "hours": [{"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "opens": "08:30", "closes": "16:00"}],
          "offerings": [{"name": "brunch"}, {"name": "pancakes"}]}


def provider(fake: FakeAnthropic, **kw) -> AnthropicProvider:
    return AnthropicProvider(api_key="test-key", model="claude-test", base_url=fake.url, **kw)


def test_brief_through_a_strict_tool_derived_from_the_model():
    with FakeAnthropic() as fake:
        fake.behaviours = [("tools", lambda request: [("record_brief", ANSWER)])]
        p = provider(fake)
        brief = p.extract_brief(PROMPT)
        body = fake.requests[0]["body"]
    assert isinstance(brief, Brief) and brief.prompt == PROMPT  # the customer's text, not the model's
    assert brief.name == "Willow & Whisk" and brief.has("gluten_free") and brief.hours[0].opens == "08:30"
    tool = body["tools"][0]
    assert tool["name"] == "record_brief" and tool["strict"] is True
    assert body["tool_choice"] == {"type": "tool", "name": "record_brief"}
    schema = json.dumps(tool["input_schema"])
    assert "prompt" not in tool["input_schema"]["properties"] and set(tool["input_schema"]["properties"]) == set(Brief.model_fields) - {"prompt"}
    assert '"pattern"' not in schema and "maxLength" not in schema and '"additionalProperties": false' in schema
    assert brief_of(body)["customer_description"] == PROMPT
    assert [u.operation for u in p.usage] == ["extract_brief"] and p.usage[0].input_tokens == 1200


def test_an_invalid_answer_falls_back_to_the_offline_parser():
    bad = {**ANSWER, "country": "United Kingdom", "name": "Invented Name Ltd"}
    with FakeAnthropic() as fake:
        fake.behaviours = [("tools", lambda request: [("record_brief", bad)])]
        brief = provider(fake).extract_brief(PROMPT)
    assert brief == OfflineProvider().extract_brief(PROMPT)
    assert brief.name == "Willow & Whisk" and brief.country == "GB"


def test_a_model_error_falls_back_to_the_offline_parser_and_keeps_the_business_type():
    with FakeAnthropic() as fake:
        fake.behaviours = [("status", 529, {"retry-after": "0"})]
        p = provider(fake, max_retries=0)
        brief = p.extract_brief("Kettle & Tap in Nottingham. Call 0115 496 0123.", business_type="plumber")
    assert brief.name == "Kettle & Tap" and brief.phone == "0115 496 0123"
    assert brief.kind == "plumber" and brief.category == "trades"
    assert [u.operation for u in p.offline.usage] == ["extract_brief"]
