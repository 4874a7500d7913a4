"""Call-to-action banner: a short pitch and one or two buttons on a brand-colored band."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Button, Text, Tone


class Props(BlockProps):
    tone: Tone = "accent"
    title: Text(120, 1)
    text: Text(300) = ""
    buttons: list[Button] = Field(default_factory=list, max_length=2)


TEMPLATE = """<section class="sec b-cta t-{{ p.tone }}"><div class="wrap">
<div class="box"><h2>{{ p.title }}</h2>{% if p.text %}<p class="lead">{{ p.text }}</p>{% endif %}
{{ buttons(p.buttons, 'center') }}</div>
</div></section>"""

CSS = """
.b-cta{text-align:center}
.b-cta h1,.b-cta h2{font-size:clamp(1.9rem,4vw,2.8rem);max-width:22ch;margin:0 auto .5em}
.b-cta .lead{max-width:36rem;margin:0 auto 1.75rem}
"""

BLOCK = BlockType(
    type="cta",
    label="Call to action",
    icon="megaphone",
    category="content",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="A bold band that asks the visitor to act.",
    example={
        "title": "Ready when you are",
        "text": "Tell us about your project today and get a fixed quote within 48 hours.",
        "buttons": [{"label": "Get my free quote", "href": "#contact", "style": "primary"}],
    },
)
