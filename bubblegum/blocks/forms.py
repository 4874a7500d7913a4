"""What the two form blocks submit: field names, limits and the honeypot.

The submission endpoint (built elsewhere) validates posts against ``FORM_SPECS`` so the
rules live next to the blocks that render the fields. Every form also posts:

- ``_hp``: the honeypot. A visually hidden, labelled text field; humans leave it empty,
  bots fill it. A non-empty value means spam (kept in the inbox's Spam view).
- ``_page``: the page slug the form was on ("" for the home page).
- ``_block``: the block id, so the inbox can show which form was used.

The action URL is a renderer option (``form_action``); by default
``{base_path}_forms/{kind}`` where ``kind`` is ``contact`` or ``newsletter``.
"""

from __future__ import annotations

from dataclasses import dataclass

HONEYPOT_FIELD = "_hp"
META_FIELDS = ("_page", "_block")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # text | email | tel | textarea
    required: bool
    max_length: int
    autocomplete: str


FORM_SPECS: dict[str, tuple[FieldSpec, ...]] = {
    "contact": (
        FieldSpec("name", "Your name", "text", True, 100, "name"),
        FieldSpec("email", "Email address", "email", True, 200, "email"),
        FieldSpec("phone", "Phone (optional)", "tel", False, 40, "tel"),
        FieldSpec("message", "Message", "textarea", True, 5000, "off"),
    ),
    "newsletter": (FieldSpec("email", "Email address", "email", True, 200, "email"),),
}


def default_form_action(base_path: str, kind: str) -> str:
    """``/`` + ``_forms/contact`` → ``/_forms/contact``; ``/sites/x/`` → ``/sites/x/_forms/contact``."""
    if not base_path.endswith("/"):
        base_path += "/"
    return f"{base_path}_forms/{kind}"


HONEYPOT_HTML = (
    '<div class="hp"><label for="{id}-hp">{label}</label>'
    '<input id="{id}-hp" name="_hp" type="text" tabindex="-1" autocomplete="off"></div>'
)
