"""Steps: a numbered how-it-works sequence."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Model, Text


class Step(Model):
    title: Text(80, 1)
    text: Text(300) = ""


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = ""
    subtitle: Text(300) = ""
    steps: list[Step] = Field(min_length=1, max_length=8)


TEMPLATE = """<section class="sec b-steps t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<ol>{% for s in p.steps %}<li><span class="num" aria-hidden="true">{{ loop.index }}</span><h3>{{ s.title }}</h3>{% if s.text %}<p>{{ s.text }}</p>{% endif %}</li>{% endfor %}</ol>
</div></section>"""

CSS = """
.b-steps ol{display:grid;gap:2rem;list-style:none;margin:0;padding:0;counter-reset:s}
.b-steps li{position:relative}
.b-steps .num{display:inline-flex;align-items:center;justify-content:center;width:2.75rem;height:2.75rem;border-radius:50%;background:var(--primary);color:var(--on-primary);font:700 1.1rem var(--font-h)}
.b-steps li h2,.b-steps li h3{font-size:1.2rem;margin:1rem 0 .35rem}
.b-steps li p{margin:0;color:var(--mut)}
@media(min-width:768px){.b-steps ol{grid-template-columns:repeat(auto-fit,minmax(12rem,1fr))}}
"""

BLOCK = BlockType(
    type="steps",
    label="Steps",
    icon="list-ordered",
    category="features",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="How it works, in three or four numbered steps.",
    example={
        "eyebrow": "How it works",
        "title": "From first call to finished job",
        "steps": [
            {"title": "Tell us what you need", "text": "Fill in the short form or call us; we reply the same day."},
            {"title": "Get a fixed quote", "text": "We visit, measure and send a clear price within 48 hours."},
            {"title": "Relax while we work", "text": "A dedicated lead keeps you posted until the job is done."},
        ],
    },
)
