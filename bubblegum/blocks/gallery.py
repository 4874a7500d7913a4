"""Gallery: a grid of images with optional captions."""

from typing import Literal

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Image, Model, Text


class Item(Model):
    image: Image
    caption: Text(200) = ""


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = ""
    subtitle: Text(300) = ""
    columns: Literal[2, 3, 4] = 3
    items: list[Item] = Field(min_length=1, max_length=24)


TEMPLATE = """<section class="sec b-gallery t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<ul class="grid c{{ p.columns }}">{% for it in p.items %}<li><figure>{{ img(it.image, '(min-width: 960px) ' ~ (1080 // p.columns) ~ 'px, 46vw') }}{% if it.caption %}<figcaption>{{ it.caption }}</figcaption>{% endif %}</figure></li>{% endfor %}</ul>
</div></section>"""

CSS = """
.b-gallery .grid{display:grid;grid-template-columns:repeat(2,1fr);gap:1rem;list-style:none;margin:0;padding:0}
.b-gallery figure{margin:0}
.b-gallery img{width:100%;aspect-ratio:4/3;object-fit:cover;border-radius:var(--r)}
.b-gallery figcaption{font-size:.92rem;color:var(--mut);margin-top:.5rem}
@media(min-width:960px){.b-gallery .c3{grid-template-columns:repeat(3,1fr)}.b-gallery .c4{grid-template-columns:repeat(4,1fr)}}
"""

BLOCK = BlockType(
    type="gallery",
    label="Gallery",
    icon="images",
    category="media",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Photos of your work, space or products.",
    example={
        "title": "Recent work",
        "columns": 3,
        "items": [
            {"image": {"src": f"asset:sample/photo-{i}", "alt": alt}, "caption": cap}
            for i, (alt, cap) in enumerate(
                [
                    ("Warm abstract composition in orange", "Kitchen refit, Old Town"),
                    ("Green abstract composition", "Garden studio"),
                    ("Blue abstract composition", "Loft conversion"),
                    ("Pink abstract composition", "Shop front"),
                    ("Violet abstract composition", "Bathroom renovation"),
                    ("Amber abstract composition", "Oak staircase"),
                ],
                1,
            )
        ],
    },
)
