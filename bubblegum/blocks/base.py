"""Shared pieces of block declarations: the ``BlockType`` record, the props base class and
the small value types many blocks use (image, link, button).

Every block module declares one ``BLOCK = BlockType(...)``; ``registry.py`` lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from bubblegum.blocks.fields import TEXT, text_kind
from bubblegum.blocks.safety import ImageSrc, SafeUrl


def Text(max_length: int, min_length: int = 0) -> Any:  # noqa: N802 - reads like a type
    """A plain, single-line-or-paragraph text field (escaped at render time)."""
    return Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length),
        text_kind(max_length),
    ]


Anchor = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,40}$")]
Tone = Literal["default", "alt", "accent"]


class Model(BaseModel):
    """Strict base: unknown keys are an error (so typos surface), strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class BlockProps(Model):
    """Fields every block has."""

    anchor: Anchor | None = Field(
        None, description="Optional section id for in-page links, e.g. 'pricing' for #pricing"
    )
    tone: Tone = Field(
        "default",
        description="Section background: default (page), alt (subtle surface), accent (brand color)",
    )


class Image(Model):
    """An image: a URL or an asset reference (``asset:<key>``) plus alt text and size."""

    src: ImageSrc
    alt: Text(300) = Field("", description="Describes the image; empty only if decorative")
    width: int | None = Field(None, ge=1, le=10000)
    height: int | None = Field(None, ge=1, le=10000)


class Link(Model):
    label: Text(80, 1)
    href: SafeUrl


class Button(Model):
    label: Text(60, 1) = Field(description="Button text; say what happens, e.g. 'Book a table'")
    href: SafeUrl
    style: Literal["primary", "secondary"] = "primary"


@dataclass(frozen=True)
class BlockType:
    """One block type, declared once."""

    type: str
    label: str
    icon: str  # a lucide icon name
    category: str
    Props: type[BlockProps]
    template: str  # Jinja2 source; receives p (props dict), h (heading level), helpers
    css: str  # scoped to .b-<type>, theme custom properties only
    example: dict[str, Any]
    description: str = ""
    # "header" blocks render before <main>, "footer" blocks after it; the rest inside.
    region: Literal["main", "header", "footer"] = "main"
    extra: dict[str, Any] = field(default_factory=dict)
    # The props whose first non-empty text tells blocks of this type apart (layers list).
    summary_keys: tuple[str, ...] = ("title", "brand", "quote", "body", "text")

    @property
    def css_class(self) -> str:
        return "b-" + self.type.replace("_", "-")

    def summary(self, props: dict[str, Any]) -> str:
        """A short line for the layers list, as Puck's ``getItemSummary``."""
        for key in self.summary_keys:
            value = props.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:60]
        return ""

    def json_schema(self) -> dict[str, Any]:
        return self.Props.model_json_schema()


Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, max_length=200, pattern=r"^$|^[^@\s<>\"'`]+@[^@\s<>\"'`]+\.[^@\s<>\"'`]+$"
    ),
    TEXT,
]
Phone = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=40, pattern=r"^$|^[0-9+()./ \-]{3,40}$"), TEXT
]
