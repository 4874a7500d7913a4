"""Feature grid: icon, title and text in 2–4 columns."""

from typing import Literal

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Model, Text
from bubblegum.blocks.icons import IconName


class Feature(Model):
    icon: IconName = "check"
    title: Text(80, 1)
    text: Text(300) = ""


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = ""
    subtitle: Text(300) = ""
    columns: Literal[2, 3, 4] = 3
    items: list[Feature] = Field(min_length=1, max_length=12)


TEMPLATE = """<section class="sec b-feature-grid t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<ul class="cols c{{ p.columns }}">{% for f in p.items %}<li class="card"><span class="ic">{{ icon(f.icon) }}</span><h3>{{ f.title }}</h3>{% if f.text %}<p>{{ f.text }}</p>{% endif %}</li>{% endfor %}</ul>
</div></section>"""

CSS = """
.b-feature-grid .cols{display:grid;gap:1.25rem;list-style:none;margin:0;padding:0}
.b-feature-grid .card{padding:1.75rem}
.b-feature-grid li h3,.b-feature-grid li h2{font-size:1.2rem;margin:1rem 0 .4rem}
.b-feature-grid li p{margin:0;color:var(--mut)}
.b-feature-grid .ic{display:inline-flex;align-items:center;justify-content:center;width:3rem;height:3rem;border-radius:calc(var(--r)*.75);background:var(--accent);color:var(--on-accent)}
@media(min-width:640px){.b-feature-grid .cols{grid-template-columns:repeat(2,1fr)}}
@media(min-width:960px){.b-feature-grid .c3{grid-template-columns:repeat(3,1fr)}.b-feature-grid .c4{grid-template-columns:repeat(4,1fr)}}
"""

BLOCK = BlockType(
    type="feature_grid",
    label="Feature grid",
    icon="layout-grid",
    category="features",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Benefits or services as a grid of cards with icons.",
    example={
        "eyebrow": "Why choose us",
        "title": "Everything you need, nothing you don't",
        "subtitle": "Straightforward service from people who care about the details.",
        "columns": 3,
        "items": [
            {"icon": "zap", "title": "Same-week appointments", "text": "Book online in under a minute and get seen within days, not months."},
            {"icon": "shield", "title": "Fully insured", "text": "Every job is covered, and our work carries a two-year guarantee."},
            {"icon": "heart", "title": "Friendly experts", "text": "Ten years of experience and a team that explains every step."},
            {"icon": "leaf", "title": "Local and sustainable", "text": "We source materials nearby and recycle what we can."},
            {"icon": "clock", "title": "On time, every time", "text": "We arrive when we say we will, or your call-out is free."},
            {"icon": "smile", "title": "Happiness promise", "text": "Not delighted? We come back and make it right at no cost."},
        ],
    },
)
