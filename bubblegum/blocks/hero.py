"""Hero, centered: a big headline, a short supporting line, up to two buttons."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Button, Image, Text


class Props(BlockProps):
    eyebrow: Text(60) = Field("", description="Small line above the headline")
    title: Text(120, 1) = Field(description="The page's main headline (h1)")
    subtitle: Text(400) = ""
    buttons: list[Button] = Field(default_factory=list, max_length=2)
    note: Text(120) = Field("", description="Small print under the buttons")
    image: Image | None = Field(None, description="Optional wide image under the text")


TEMPLATE = """<section class="sec b-hero t-{{ p.tone }}"><div class="wrap">
{% if p.eyebrow %}<p class="eyebrow">{{ p.eyebrow }}</p>{% endif %}
<h1>{{ p.title }}</h1>
{% if p.subtitle %}<p class="lead">{{ p.subtitle }}</p>{% endif %}
{{ buttons(p.buttons, 'center') }}
{% if p.note %}<p class="note">{{ p.note }}</p>{% endif %}
{% if p.image %}<div class="shot">{{ img(p.image, '(min-width: 1120px) 1080px, 92vw', eager=True) }}</div>{% endif %}
</div></section>"""

CSS = """
.b-hero{text-align:center;padding:calc(5.5rem*var(--sp)) 0 calc(5rem*var(--sp))}
.b-hero h1{font-size:clamp(2.3rem,6vw,4.2rem);max-width:18ch;margin:0 auto .4em}
.b-hero .lead{max-width:40rem;margin:0 auto 2rem}
.b-hero .note{margin-top:1rem;font-size:.9rem;color:var(--mut)}
.b-hero .shot{margin-top:3rem}
.b-hero .shot img{width:100%;border-radius:var(--r);box-shadow:var(--shadow);object-fit:cover;aspect-ratio:3/2}
"""

BLOCK = BlockType(
    type="hero",
    label="Hero (centered)",
    icon="sparkles",
    category="hero",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Opening section with a centered headline and buttons.",
    example={
        "eyebrow": "Neighbourhood bakery since 2009",
        "title": "Fresh bread, baked before sunrise",
        "subtitle": "Sourdough, pastries and celebration cakes made by hand with local flour. Order ahead or drop in for a warm loaf.",
        "buttons": [
            {"label": "Order for pickup", "href": "#order", "style": "primary"},
            {"label": "See today's menu", "href": "#menu", "style": "secondary"},
        ],
        "note": "Open every day from 7 am",
    },
)
