"""Image with caption."""

from typing import Literal

from bubblegum.blocks.base import BlockProps, BlockType, Image, Text


class Props(BlockProps):
    image: Image
    caption: Text(300) = ""
    width: Literal["narrow", "wide", "full"] = "wide"


TEMPLATE = """<section class="sec b-image t-{{ p.tone }} w-{{ p.width }}"><figure class="{{ 'wrap ' ~ p.width if p.width != 'full' else '' }}">
{{ img(p.image, '100vw' if p.width == 'full' else ('(min-width: 760px) 720px, 92vw' if p.width == 'narrow' else '(min-width: 1120px) 1080px, 92vw')) }}
{% if p.caption %}<figcaption>{{ p.caption }}</figcaption>{% endif %}
</figure></section>"""

CSS = """
.b-image figure{margin:0 auto}
.b-image img{width:100%;border-radius:var(--r)}
.b-image.w-full img{border-radius:0}
.b-image figcaption{text-align:center;color:var(--mut);font-size:.95rem;margin-top:.75rem;padding:0 1.25rem}
"""

BLOCK = BlockType(
    type="image",
    label="Image with caption",
    icon="image",
    category="media",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="One large image with an optional caption.",
    example={
        "image": {"src": "asset:sample/photo-3", "alt": "Blue abstract composition"},
        "caption": "Our new studio opens in spring.",
    },
)
