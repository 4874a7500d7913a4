"""The Anthropic provider: Claude writes the copy, constrained to the block schemas.

Site generation: the offline generator plans the site (pages, sections, links, images and
a draft of every section); Claude rewrites each section through one ``write_<type>`` tool
per block type (input schema built from the block's ``Props``, strict mode), streamed so
progress is reported section by section. Each tool input is validated like a person's
input; invalid sections get one repair round (tool results carrying the errors), then fall
back to the offline draft. The system prompt and block catalogue are sent with
``cache_control`` (prompt caching). The SDK retries 429/529 with backoff honouring
``retry-after``; every request has a timeout. The customer's text travels as JSON data
inside <brief>, never as instructions, and no tool can fetch anything.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from bubblegum.services.ai import anthropic_schema as schema
from bubblegum.services.ai.base import AIError, Finding, Progress, ProviderUnavailable, Usage, check_prompt
from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.copy import fit
from bubblegum.services.ai.offline import OfflineProvider, alt_suggestions
from bubblegum.services.ai.validate import clean_block, clean_site, props_error


class AnthropicProvider:
    name = "anthropic"

    def __init__(self, *, api_key: str, model: str, base_url: str | None = None, timeout: float = 45.0,
                 max_retries: int = 3, max_tokens: int = 16000, strict: bool = True) -> None:
        import anthropic

        self.model = model
        self.max_tokens = max_tokens
        self.strict = strict
        self.usage: list[Usage] = []
        self.offline = OfflineProvider()
        self.client = anthropic.Anthropic(api_key=api_key, base_url=base_url, max_retries=max_retries,
                                          timeout=timeout)

    # -- plumbing -------------------------------------------------------------------------
    def _record(self, operation: str, message: Any) -> None:
        u = getattr(message, "usage", None)
        self.usage.append(Usage(operation, self.model, getattr(u, "input_tokens", 0) or 0, getattr(u, "output_tokens", 0) or 0,
                                getattr(u, "cache_read_input_tokens", 0) or 0, getattr(u, "cache_creation_input_tokens", 0) or 0))

    def _call(self, operation: str, *, tools: list[dict], messages: list[dict], tool_choice: dict,
              on_tool: Any = None, stream: bool = False) -> Any:
        import anthropic

        getattr(self.usage, "before_call", lambda: None)()  # metering: caps are checked per model call
        kwargs = dict(model=self.model, max_tokens=self.max_tokens, system=schema.cached_system(), tools=tools,
                      tool_choice=tool_choice, messages=messages)
        try:
            if not stream:
                message = self.client.messages.create(**kwargs)
            else:
                with self.client.messages.stream(**kwargs) as events:
                    for event in events:
                        block = getattr(event, "content_block", None)
                        if event.type == "content_block_stop" and block is not None and block.type == "tool_use" and on_tool:
                            on_tool(block)
                    message = events.get_final_message()
        except anthropic.BadRequestError as exc:
            if self.strict and any(w in str(exc).lower() for w in ("strict", "grammar", "schema")):
                self.strict = False  # the API refused strict schemas: ask again without them
                return self._call(operation, tools=[_unstrict(t) for t in tools], messages=messages,
                                  tool_choice=tool_choice, on_tool=on_tool, stream=stream)
            raise AIError(f"The AI service refused the request: {_reason(exc)}") from None
        except anthropic.APITimeoutError:
            raise ProviderUnavailable("The AI service did not answer in time. Please try again in a minute.") from None
        except anthropic.APIConnectionError:
            raise ProviderUnavailable("Could not reach the AI service. Check the network or ANTHROPIC_BASE_URL.") from None
        except anthropic.AuthenticationError:
            raise ProviderUnavailable("The AI service rejected the API key (ANTHROPIC_API_KEY).") from None
        except anthropic.RateLimitError:
            raise ProviderUnavailable("The AI service is rate limiting us. Please try again in a minute.") from None
        except anthropic.APIStatusError as exc:
            raise ProviderUnavailable(f"The AI service is unavailable right now ({exc.status_code}). Please try again shortly.") from None
        self._record(operation, message)
        return message

    def _tools(self, types: list[str]) -> list[dict]:
        return [t if self.strict else _unstrict(t) for t in schema.all_block_tools(True)]

    # -- brief ----------------------------------------------------------------------------
    def extract_brief(self, prompt: str, *, business_type: str | None = None) -> Brief:
        """The facts of a description through the strict ``record_brief`` tool, validated with
        ``Brief``; any model error or invalid answer falls back to the offline parser."""
        prompt = check_prompt(prompt)
        data = {"task": schema.BRIEF_TASK, "customer_description": prompt}
        if business_type:
            data["business_type"] = business_type
        tool = schema.brief_tool(self.strict)
        messages = [{"role": "user", "content": "<brief>\n" + json.dumps(data, ensure_ascii=False) + "\n</brief>"}]
        try:
            message = self._call("extract_brief", tools=[tool], messages=messages,
                                 tool_choice={"type": "tool", "name": tool["name"]})
            use = next((b for b in message.content if b.type == "tool_use"), None)
            answer = use.input if use is not None and isinstance(use.input, dict) else None
            if answer is not None:
                return Brief.model_validate({**answer, "prompt": prompt})
        except (AIError, ValidationError):
            pass
        return self.offline.extract_brief(prompt, business_type=business_type)

    # -- site -----------------------------------------------------------------------------
    def generate_site(self, prompt: str, business_type: str | None = None, style: str | None = None,
                      pages: int | None = None, progress: Progress | None = None, *, brief: Brief | None = None) -> dict:
        from bubblegum.services.ai.writer import write_site

        prompt = check_prompt(prompt)
        brief = brief or self.offline.extract_brief(prompt, business_type=business_type)  # the parser's facts; the model reads the description too
        draft = write_site(brief, pages=pages, style=style)  # the offline writer's site: structure, and any section left unwritten
        sections = {f"{p['slug'] or 'home'}/{b['id']}": (p, b) for p in draft["pages"] for b in p["doc"]["content"]}
        data = {"customer_description": prompt, "facts": brief.model_dump(mode="json", exclude={"prompt"}, exclude_defaults=True),
                "sections": [{"section_id": sid, "page": p["title"], "type": b["type"], "draft": b["props"]} for sid, (p, b) in sections.items()]}
        messages = [{"role": "user", "content": [{"type": "text", "text": "<brief>\n" + json.dumps(data, ensure_ascii=False) + "\n</brief>"}]}]
        done: dict[str, dict] = {}
        errors: dict[str, str] = {}
        total = len(sections)

        def on_tool(block) -> None:
            sid, props, problem = _unpack(block, sections)
            if problem:
                errors[sid or block.id] = problem
                return
            done[sid] = props
            errors.pop(sid, None)
            if progress:
                page, b = sections[sid]
                progress(f"Wrote {b['type'].replace('_', ' ')} on {page['title']}", min(0.95, len(done) / total))

        if progress:
            progress("Asking Claude to write your site", 0.02)
        types = sorted({b["type"] for _, b in sections.values()})
        first = self._call("generate_site", tools=self._tools(types), messages=messages, tool_choice={"type": "any"}, on_tool=on_tool, stream=True)
        missing = [sid for sid in sections if sid not in done]
        if missing:  # one repair round: tell the model what was wrong
            results = []
            for block in first.content:
                if block.type == "tool_use":
                    sid = (block.input or {}).get("section_id") if isinstance(block.input, dict) else None
                    problem = errors.get(sid or block.id)
                    results.append({"type": "tool_result", "tool_use_id": block.id, "is_error": bool(problem),
                                    "content": f"Invalid: {problem}. Call the tool again with corrected props." if problem else "Saved."})
            results.append({"type": "text", "text": "These sections still need valid props: " + ", ".join(missing)})
            repair = messages + [{"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in first.content]},
                                 {"role": "user", "content": results}]
            if progress:
                progress(f"Repairing {len(missing)} section(s)", 0.9)
            self._call("generate_site", tools=self._tools(types), messages=repair, tool_choice={"type": "any"}, on_tool=on_tool, stream=True)
        for sid, (page, block) in sections.items():
            if sid in done:
                block["props"] = _keep_media(done[sid], block["props"])
        site = clean_site(draft)  # offline drafts stay for any section still missing
        if progress:
            fallback = total - len(done)
            progress("Site ready" + (f" ({fallback} section(s) from the offline writer)" if fallback else ""), 1.0)
        return site

    # -- blocks and text ------------------------------------------------------------------
    def _one_block(self, operation: str, draft: dict, instruction: str) -> dict:
        tool = schema.block_tool(draft["type"], strict=self.strict, section_ids=[draft["id"]])
        data = {"instruction": instruction, "sections": [{"section_id": draft["id"], "type": draft["type"], "draft": draft["props"]}]}
        messages = [{"role": "user", "content": "<brief>\n" + json.dumps(data, ensure_ascii=False) + "\n</brief>"}]
        choice = {"type": "tool", "name": tool["name"]}
        message = self._call(operation, tools=[tool], messages=messages, tool_choice=choice)
        use = next((b for b in message.content if b.type == "tool_use"), None)
        props = (use.input or {}).get("props") if use and isinstance(use.input, dict) else None
        problem = props_error(draft["type"], props) if props is not None else "no props"
        if problem and use is not None:
            retry = messages + [{"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in message.content]},
                                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": use.id, "is_error": True,
                                                              "content": f"Invalid: {problem}. Call the tool again with corrected props."}]}]
            message = self._call(operation, tools=[tool], messages=retry, tool_choice=choice)
            use = next((b for b in message.content if b.type == "tool_use"), None)
            props = (use.input or {}).get("props") if use and isinstance(use.input, dict) else None
            problem = props_error(draft["type"], props) if props is not None else "no props"
        if problem:
            return clean_block(draft)
        return clean_block({**draft, "props": _keep_media(props, draft["props"])})

    def generate_block(self, block_type: str, hint: str, site_context: dict | None = None) -> dict:
        check_prompt(hint)
        draft = self.offline.generate_block(block_type, hint, site_context)
        return self._one_block("generate_block", draft, f"Write this section for the business. Hint from the customer: {hint}")

    def regenerate_block(self, block: dict, site_context: dict | None = None) -> dict:
        return self._one_block("regenerate_block", clean_block(block), "Write a fresh alternative version of this section, same type and purpose.")

    def _ask(self, operation: str, tool: dict, data: dict) -> dict:
        messages = [{"role": "user", "content": "<brief>\n" + json.dumps(data, ensure_ascii=False) + "\n</brief>"}]
        message = self._call(operation, tools=[tool if self.strict else _unstrict(tool)], messages=messages,
                             tool_choice={"type": "tool", "name": tool["name"]})
        use = next((b for b in message.content if b.type == "tool_use"), None)
        if use is None or not isinstance(use.input, dict):
            raise AIError("The AI service gave no usable answer. Please try again.")
        return use.input

    def rewrite_text(self, text: str, tone: str = "friendly", length: str = "same", *, role: str = "body",
                     language: str = "en", facts: list[str] | tuple[str, ...] = ()) -> str:
        from bubblegum.services.ai.base import LENGTHS, TONES

        check_prompt(text)
        if tone not in TONES or length not in LENGTHS:
            return self.offline.rewrite_text(text, tone, length)  # raises the same clear error
        tool = schema.simple_tool("rewritten", "The rewritten text", {"text": {"type": "string"}}, ["text"])
        task = (f"Rewrite in a {tone} tone, length: {length}, in the language '{language}'. Keep every fact; add none "
                "that is not in 'facts'. " + ("It is a heading or label: keep it one short line without a full stop."
                                              if role == "title" else "Whole sentences only."))
        out = self._ask("rewrite_text", tool, {"task": task, "text": text, "facts": list(facts)})
        answer = str(out.get("text", "")).strip()
        return answer or self.offline.rewrite_text(text, tone, length, role=role, language=language, facts=facts)

    def seo_meta(self, page: dict, site: dict) -> tuple[str, str]:
        tool = schema.simple_tool("seo_meta", "Search title and description", {"title": {"type": "string"}, "description": {"type": "string"}}, ["title", "description"])
        text = " ".join(str(b.get("props", {}).get(k, "")) for b in page.get("doc", {}).get("content", [])[:4] for k in ("title", "subtitle", "text"))
        out = self._ask("seo_meta", tool, {"task": "Title max 60 characters, description max 155.", "site": site.get("site", {}).get("name"),
                                           "page": page.get("title"), "text": text[:3000]})
        fallback = self.offline.seo_meta(page, site)
        return fit(out.get("title") or fallback[0], 60), fit(out.get("description") or fallback[1], 155)

    def alt_text(self, block: dict, site_context: dict | None = None) -> list[dict]:
        return alt_suggestions(block, site_context)  # images are not sent to the model

    def suggestions(self, site: dict) -> list[Finding]:
        tool = schema.simple_tool("suggest", "Improvement suggestions", {"items": {"type": "array", "items": {
            "type": "object", "properties": {"message": {"type": "string"}, "page": {"type": "string"}}, "required": ["message", "page"],
            "additionalProperties": False}}}, ["items"])
        outline = [{"page": p["slug"], "sections": [{"type": b["type"], "props": b["props"]} for b in p["doc"]["content"]]} for p in site.get("pages", [])[:6]]
        out = self._ask("suggestions", tool, {"task": "Suggest up to 8 concrete improvements to this site's copy and structure.", "site": outline})
        items = out.get("items") if isinstance(out.get("items"), list) else []
        return [Finding("model-suggestion", "info", fit(str(i.get("message", "")), 300), page=str(i.get("page", "")) or None, source="anthropic")
                for i in items[:8] if isinstance(i, dict) and i.get("message")] + self.offline.suggestions(site)


def _unstrict(tool: dict) -> dict:
    return {k: v for k, v in tool.items() if k != "strict"}


def _reason(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        return str((body.get("error") or {}).get("message") or body)[:200]
    return str(exc)[:200]


def _unpack(block, sections: dict) -> tuple[str | None, dict | None, str | None]:
    data = block.input if isinstance(block.input, dict) else None
    if data is None:
        return None, None, "tool input is not a JSON object"
    sid = data.get("section_id")
    if sid not in sections:
        return None, None, f"unknown section_id {sid!r}"
    _, draft = sections[sid]
    if block.name != f"write_{draft['type']}":
        return sid, None, f"section {sid} is a {draft['type']}; use write_{draft['type']}"
    problem = props_error(draft["type"], data.get("props"))
    return (sid, None, problem) if problem else (sid, data["props"], None)


def _keep_media(props: Any, draft: Any) -> Any:
    """Image sources come from the draft (or the built-in samples), never from the model."""
    if isinstance(props, dict):
        out = {k: _keep_media(v, draft.get(k) if isinstance(draft, dict) else None) for k, v in props.items()}
        if "src" in out and not str(out["src"]).startswith("asset:"):
            out["src"] = draft.get("src") if isinstance(draft, dict) and draft.get("src") else "asset:sample/photo-1"
        return out
    if isinstance(props, list):
        return [_keep_media(v, draft[i] if isinstance(draft, list) and i < len(draft) else None) for i, v in enumerate(props)]
    return props
