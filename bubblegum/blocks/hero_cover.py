"""Hero over a background image: headline on a full-width photo with a dark overlay."""

from typing import Literal

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Button, Image, Text


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120, 1)
    subtitle: Text(400) = ""
    buttons: list[Button] = Field(default_factory=list, max_length=2)
    image: Image
    align: Literal["center", "left"] = "center"
    height: Literal["medium", "tall"] = "medium"


TEMPLATE = """<section class="b-hero-cover {{ p.align }} {{ p.height }}">
{{ img(p.image, '100vw', eager=True, cls='bg') }}
<div class="wrap inner">
{% if p.eyebrow %}<p class="eyebrow">{{ p.eyebrow }}</p>{% endif %}
<h1>{{ p.title }}</h1>
{% if p.subtitle %}<p class="lead">{{ p.subtitle }}</p>{% endif %}
{{ buttons(p.buttons, 'center' if p.align == 'center' else '') }}
</div></section>"""

CSS = """
.b-hero-cover{position:relative;display:flex;align-items:center;min-height:32rem;background:var(--img-bg);color:var(--on-img);overflow:hidden;isolation:isolate}
.b-hero-cover.tall{min-height:min(44rem,92vh)}
.b-hero-cover .bg{position:absolute;inset:0;width:100%;height:100%;object-fit:cover;z-index:-2}
.b-hero-cover::before{content:"";position:absolute;inset:0;background:var(--scrim);z-index:-1}
.b-hero-cover .inner{padding-top:5rem;padding-bottom:5rem;width:100%}
.b-hero-cover.center .inner{text-align:center}
.b-hero-cover h1{font-size:clamp(2.4rem,6vw,4.4rem);max-width:16ch;color:var(--on-img)}
.b-hero-cover.center h1,.b-hero-cover.center .lead{margin-left:auto;margin-right:auto}
.b-hero-cover .lead{max-width:38rem;color:var(--on-img);margin-bottom:2rem}
.b-hero-cover .eyebrow{color:var(--on-img)}
.b-hero-cover .btn{--btn-bg:var(--on-img);--btn-fg:var(--ink)}
.b-hero-cover .btn-2{color:var(--on-img);border-color:var(--on-img)}
"""

BLOCK = BlockType(
    type="hero_cover",
    label="Hero (over background image)",
    icon="image",
    category="hero",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Opening section with the headline over a full-width photo.",
    example={
        "eyebrow": "Coastal kitchen & wine bar",
        "title": "Seasonal plates by the harbour",
        "subtitle": "Small plates, natural wines and the best sunset table in town.",
        "buttons": [
            {"label": "Reserve a table", "href": "#contact", "style": "primary"},
            {"label": "View the menu", "href": "#menu", "style": "secondary"},
        ],
        "image": {"src": "asset:sample/cover", "alt": "Evening light over the dining room"},
        "height": "tall",
    },
)
