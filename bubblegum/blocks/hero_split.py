"""Hero, split: text on one side, an image on the other."""

from typing import Literal

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Button, Image, Text


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120, 1)
    subtitle: Text(400) = ""
    bullets: list[Text(100, 1)] = Field(default_factory=list, max_length=5)
    buttons: list[Button] = Field(default_factory=list, max_length=2)
    image: Image
    image_side: Literal["right", "left"] = "right"


TEMPLATE = """<section class="sec b-hero-split t-{{ p.tone }}"><div class="wrap grid{% if p.image_side == 'left' %} flip{% endif %}">
<div class="txt">
{% if p.eyebrow %}<p class="eyebrow">{{ p.eyebrow }}</p>{% endif %}
<h1>{{ p.title }}</h1>
{% if p.subtitle %}<p class="lead">{{ p.subtitle }}</p>{% endif %}
{% if p.bullets %}<ul class="ticks">{% for b in p.bullets %}<li>{{ icon('check', 20) }}{{ b }}</li>{% endfor %}</ul>{% endif %}
{{ buttons(p.buttons) }}
</div>
<div class="media">{{ img(p.image, '(min-width: 900px) 540px, 92vw', eager=True) }}</div>
</div></section>"""

CSS = """
.b-hero-split{padding:calc(4.5rem*var(--sp)) 0}
.b-hero-split .grid{display:grid;gap:2.5rem;align-items:center}
.b-hero-split h1{font-size:clamp(2.2rem,5vw,3.6rem)}
.b-hero-split .lead{margin-bottom:1.5rem}
.b-hero-split .media img{width:100%;aspect-ratio:4/3;object-fit:cover;border-radius:var(--r);box-shadow:var(--shadow)}
@media(min-width:900px){.b-hero-split .grid{grid-template-columns:1.05fr 1fr;gap:4rem}.b-hero-split .flip .media{order:-1}}
"""

BLOCK = BlockType(
    type="hero_split",
    label="Hero (split with image)",
    icon="layout-panel-left",
    category="hero",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Opening section with the headline beside a large image.",
    example={
        "eyebrow": "Physiotherapy clinic",
        "title": "Move without pain again",
        "subtitle": "One-to-one treatment plans from chartered physiotherapists, with same-week appointments.",
        "bullets": ["Sports injuries and back pain", "Evening and Saturday slots", "Covered by most insurers"],
        "buttons": [
            {"label": "Book an assessment", "href": "#contact", "style": "primary"},
            {"label": "Meet the team", "href": "#team", "style": "secondary"},
        ],
        "image": {"src": "asset:sample/hero", "alt": "Bright treatment room with an exercise mat"},
    },
)
