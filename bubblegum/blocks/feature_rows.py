"""Alternating feature rows: image and text side by side, switching sides each row."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Button, Image, Model, Text


class Row(Model):
    eyebrow: Text(60) = ""
    title: Text(120, 1)
    text: Text(600) = ""
    bullets: list[Text(100, 1)] = Field(default_factory=list, max_length=5)
    image: Image
    button: Button | None = None


class Props(BlockProps):
    title: Text(120) = ""
    subtitle: Text(300) = ""
    rows: list[Row] = Field(min_length=1, max_length=6)


TEMPLATE = """<section class="sec b-feature-rows t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
{% for r in p.rows %}<div class="row{% if loop.index is even %} flip{% endif %}">
<div class="media">{{ img(r.image, '(min-width: 900px) 520px, 92vw') }}</div>
<div class="txt">{% if r.eyebrow %}<p class="eyebrow">{{ r.eyebrow }}</p>{% endif %}{% if p.title %}<h3>{{ r.title }}</h3>{% else %}<h2>{{ r.title }}</h2>{% endif %}{% if r.text %}<p>{{ r.text }}</p>{% endif %}
{% if r.bullets %}<ul class="ticks">{% for b in r.bullets %}<li>{{ icon('check', 20) }}{{ b }}</li>{% endfor %}</ul>{% endif %}
{% if r.button %}{{ buttons([r.button]) }}{% endif %}</div>
</div>{% endfor %}
</div></section>"""

CSS = """
.b-feature-rows .row{display:grid;gap:2rem;align-items:center;margin-bottom:4rem}
.b-feature-rows .row:last-child{margin-bottom:0}
.b-feature-rows .txt h2,.b-feature-rows .txt h3{font-size:clamp(1.5rem,3vw,2.1rem)}
.b-feature-rows .txt p{color:var(--mut)}
.b-feature-rows .media img{width:100%;aspect-ratio:4/3;object-fit:cover;border-radius:var(--r);box-shadow:var(--shadow)}
@media(min-width:900px){.b-feature-rows .row{grid-template-columns:1fr 1fr;gap:4.5rem}.b-feature-rows .flip .media{order:2}}
"""

BLOCK = BlockType(
    type="feature_rows",
    label="Alternating feature rows",
    icon="rows-3",
    category="features",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Two or three highlights, each with an image, alternating sides.",
    example={
        "title": "How we work",
        "subtitle": "",
        "rows": [
            {"eyebrow": "Plan", "title": "A clear quote before we start", "text": "We visit, measure and listen, then send a fixed, itemised quote within 48 hours.", "bullets": ["No hidden extras", "Flexible start dates"], "image": {"src": "asset:sample/photo-1", "alt": "Warm abstract shapes in orange and red"}},
            {"eyebrow": "Build", "title": "Tidy, careful craftsmanship", "text": "A dedicated lead keeps you updated daily and leaves the site clean every evening.", "image": {"src": "asset:sample/photo-2", "alt": "Soft green abstract shapes"}, "button": {"label": "See recent projects", "href": "#gallery", "style": "secondary"}},
        ],
    },
)
