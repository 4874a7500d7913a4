"""Pricing tiers: 1–4 plans with price, features and a button; one can be featured."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Button, Model, Text


class Tier(Model):
    name: Text(40, 1)
    price: Text(20, 1) = Field(description="Displayed price, e.g. '$29' or 'Free'")
    period: Text(20) = Field("", description="e.g. '/month'")
    description: Text(200) = ""
    features: list[Text(120, 1)] = Field(default_factory=list, max_length=12)
    button: Button | None = None
    featured: bool = False


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = ""
    subtitle: Text(300) = ""
    tiers: list[Tier] = Field(min_length=1, max_length=4)
    note: Text(200) = ""


TEMPLATE = """<section class="sec b-pricing t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<ul class="tiers n{{ p.tiers | length }}">{% for t in p.tiers %}<li class="card{% if t.featured %} feat{% endif %}">
{% if t.featured %}<p class="badge">{{ tr('most_popular') }}</p>{% endif %}
<h3>{{ t.name }}</h3>
<p class="price"><span class="amt">{{ t.price }}</span>{% if t.period %} <span class="per">{{ t.period }}</span>{% endif %}</p>
{% if t.description %}<p class="desc">{{ t.description }}</p>{% endif %}
{% if t.features %}<ul class="ticks">{% for f in t.features %}<li>{{ icon('check', 20) }}{{ f }}</li>{% endfor %}</ul>{% endif %}
{% if t.button %}<a class="btn{% if not t.featured %} btn-2{% endif %}" href="{{ url(t.button.href) }}">{{ t.button.label }}<span class="vh"> ({{ t.name }})</span></a>{% endif %}
</li>{% endfor %}</ul>
{% if p.note %}<p class="pnote">{{ p.note }}</p>{% endif %}
</div></section>"""

CSS = """
.b-pricing .tiers{display:grid;gap:1.25rem;list-style:none;margin:0;padding:0;align-items:stretch}
.b-pricing .card{display:flex;flex-direction:column;padding:2rem;position:relative}
.b-pricing .feat{border:2px solid var(--primary);box-shadow:var(--shadow)}
.b-pricing .badge{position:absolute;top:-.85rem;left:2rem;margin:0;padding:.15rem .75rem;border-radius:999px;background:var(--primary);color:var(--on-primary);font-size:.8rem;font-weight:600}
.b-pricing .card h2,.b-pricing .card h3{font-size:1.15rem;margin:0 0 .75rem}
.b-pricing .price{margin:0 0 .5rem}
.b-pricing .amt{font:var(--hw) 2.6rem/1 var(--font-h);letter-spacing:-.02em}
.b-pricing .per,.b-pricing .desc,.b-pricing .pnote{color:var(--mut)}
.b-pricing .ticks{flex:1;margin:1rem 0 1.75rem}
.b-pricing .btn{width:100%}
.b-pricing .pnote{text-align:center;margin:2rem 0 0;font-size:.92rem}
@media(min-width:768px){.b-pricing .n2{grid-template-columns:repeat(2,1fr);max-width:52rem;margin:0 auto}.b-pricing .n3,.b-pricing .n4{grid-template-columns:repeat(2,1fr)}}
@media(min-width:1024px){.b-pricing .n3{grid-template-columns:repeat(3,1fr)}.b-pricing .n4{grid-template-columns:repeat(4,1fr)}}
"""

BLOCK = BlockType(
    type="pricing",
    label="Pricing tiers",
    icon="badge-dollar-sign",
    category="commerce",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Plans or packages side by side, one highlighted.",
    example={
        "eyebrow": "Pricing",
        "title": "Simple plans, no surprises",
        "subtitle": "Pay monthly, cancel any time.",
        "tiers": [
            {"name": "Starter", "price": "$19", "period": "/month", "description": "For trying things out.", "features": ["One class a week", "Open gym access", "Free intro session"], "button": {"label": "Start Starter", "href": "#contact"}},
            {"name": "Regular", "price": "$49", "period": "/month", "description": "Our most loved plan.", "features": ["Unlimited classes", "Open gym access", "Monthly progress check", "Bring a friend free"], "button": {"label": "Start Regular", "href": "#contact"}, "featured": True},
            {"name": "Coached", "price": "$129", "period": "/month", "description": "With a personal coach.", "features": ["Everything in Regular", "Weekly 1:1 coaching", "Nutrition plan"], "button": {"label": "Start Coached", "href": "#contact"}},
        ],
        "note": "All prices include tax. Student discount on request.",
    },
)
