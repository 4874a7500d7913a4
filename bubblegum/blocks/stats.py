"""Stats: a few big numbers with labels."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Model, Text


class Stat(Model):
    value: Text(20, 1) = Field(description="The figure, e.g. '4.9/5' or '12k'")
    label: Text(80, 1)


class Props(BlockProps):
    title: Text(120) = ""
    subtitle: Text(300) = ""
    stats: list[Stat] = Field(min_length=1, max_length=6)


TEMPLATE = """<section class="sec b-stats t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<dl>{% for s in p.stats %}<div><dt>{{ s.label }}</dt><dd>{{ s.value }}</dd></div>{% endfor %}</dl>
</div></section>"""

CSS = """
.b-stats dl{display:grid;grid-template-columns:repeat(2,1fr);gap:2rem 1.5rem;margin:0;text-align:center}
.b-stats dl div{display:flex;flex-direction:column-reverse;justify-content:flex-end}
.b-stats dd{margin:0;font:var(--hw) clamp(2.2rem,5vw,3.25rem)/1.1 var(--font-h);letter-spacing:-.02em}
.b-stats dt{color:var(--mut);margin-top:.35rem}
@media(min-width:768px){.b-stats dl{grid-template-columns:repeat(auto-fit,minmax(10rem,1fr))}}
"""

BLOCK = BlockType(
    type="stats",
    label="Stats",
    icon="bar-chart-3",
    category="social proof",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Key numbers: customers served, years in business, ratings.",
    example={
        "stats": [
            {"value": "12 yrs", "label": "serving the neighbourhood"},
            {"value": "4.9/5", "label": "average from 640 reviews"},
            {"value": "3,200+", "label": "happy customers"},
            {"value": "48 h", "label": "to your written quote"},
        ],
        "tone": "alt",
    },
)
