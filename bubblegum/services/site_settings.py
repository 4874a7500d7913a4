"""Site-wide look, as the editor's theme panel changes it: `Project.theme`.

`update_theme` requires `Action.PAGE_EDIT`, not `PROJECT_CONFIGURE`: restyling a site is
part of editing it (designers in Webflow and Framer change colours and fonts without admin
rights), while domains, language and other configuration stay with admins. The theme is
validated with the `Theme` model and stored with `None` overrides dropped; the contrast
engine (`render.themes.resolve_theme`) may still nudge colours to reach WCAG AA, and
`contrast_adjustments` reports where it did, so the panel can say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError
from sqlmodel import Session

from bubblegum.db import utcnow
from bubblegum.models import Project
from bubblegum.blocks.theme import PRESETS, Theme
from bubblegum.render.themes import resolve_theme
from bubblegum.services import audit, policy
from bubblegum.services.errors import InvalidInput
from bubblegum.services.policy import Action


@dataclass(frozen=True)
class Adjustment:
    """A colour the engine changed for legibility: what was asked, what is used, why."""

    name: str
    requested: str
    used: str
    reason: str


@dataclass(frozen=True)
class ThemeUpdate:
    project: Project
    theme: dict
    adjustments: list[Adjustment]


FIELD_MESSAGES = {
    "preset": "Choose one of the presets.",
    "heading_font": "Choose one of the listed heading fonts.",
    "body_font": "Choose one of the listed body fonts.",
}


def clean_theme(theme: dict) -> dict:
    """The stored form of a theme (overrides that are None dropped); InvalidInput naming the field."""
    if not isinstance(theme, dict):
        raise InvalidInput("A theme is an object of design settings.", field="theme")
    try:
        model = Theme.model_validate(theme)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = str(error["loc"][0]) if error["loc"] else "theme"
        if error["type"] == "string_pattern_mismatch":
            message = "Enter a colour as # and six hex digits, e.g. #4f46e5."
        elif error["type"] == "extra_forbidden":
            message = f"{field} is not a theme setting."
        else:
            message = FIELD_MESSAGES.get(field) or error["msg"].removeprefix("Value error, ")
        raise InvalidInput(message, field=field) from None
    return model.model_dump(mode="json", exclude_none=True)


def contrast_adjustments(theme: dict) -> list[Adjustment]:
    """Where the resolved tokens differ from the colours asked for (to reach 4.5:1)."""
    clean = Theme.model_validate(theme)
    preset = PRESETS[clean.preset]
    tokens = resolve_theme(clean)
    text, primary, accent = (clean.text or preset.text, clean.primary or preset.primary,
                             clean.accent or preset.accent)
    checks = [
        ("Text", text, tokens.fg, "darkened or lightened to stay readable on the background"),
        ("Brand (buttons)", primary, tokens.primary, "adjusted so button text stays readable"),
        ("Brand (links)", primary, tokens.link, "links use a stronger shade to stay readable"),
        ("Accent", accent, tokens.accent, "adjusted so text on accent tiles stays readable"),
    ]
    return [Adjustment(name, asked.lower(), used.lower(), reason)
            for name, asked, used, reason in checks if asked.lower() != used.lower()]


def theme_of(session: Session, user_id: int, project_id: int) -> dict:
    """The stored theme of a project the caller may read."""
    project = policy.require_project(session, user_id, project_id, Action.PROJECT_READ)
    return clean_theme(project.theme or {})


def update_theme(session: Session, user_id: int, project_id: int, theme_dict: dict) -> ThemeUpdate:
    """Validate and store a project's theme (editors and up); nothing changes on bad input."""
    project = policy.require_project(session, user_id, project_id, Action.PAGE_EDIT)
    clean = clean_theme(theme_dict)
    if clean != (project.theme or {}):
        project.theme = clean
        project.updated_at = utcnow()
        audit.record(session, "project.theme", org_id=project.organization_id, actor_id=user_id,
                     target_type="project", target_id=project.id, preset=clean["preset"])
        session.flush()
    return ThemeUpdate(project, clean, contrast_adjustments(clean))
