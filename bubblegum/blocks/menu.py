"""Menu or service list with prices, in sections."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Model, Text


class Item(Model):
    name: Text(100, 1)
    description: Text(300) = ""
    price: Text(20) = ""
    tag: Text(24) = Field("", description="Small label, e.g. 'Vegan' or 'New'")


class Section(Model):
    name: Text(80) = ""
    items: list[Item] = Field(min_length=1, max_length=40)


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = ""
    subtitle: Text(300) = ""
    sections: list[Section] = Field(min_length=1, max_length=12)


TEMPLATE = """<section class="sec b-menu t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<div class="secs">{% for s in p.sections %}<div class="grp">{% if s.name %}<h3>{{ s.name }}</h3>{% endif %}
<ul>{% for it in s.items %}<li><div class="top"><span class="nm">{{ it.name }}</span>{% if it.tag %}<span class="tag">{{ it.tag }}</span>{% endif %}<span class="dots" aria-hidden="true"></span>{% if it.price %}<span class="pr">{{ it.price }}</span>{% endif %}</div>{% if it.description %}<p>{{ it.description }}</p>{% endif %}</li>{% endfor %}</ul></div>{% endfor %}</div>
</div></section>"""

CSS = """
.b-menu .secs{display:grid;gap:2.5rem 4rem}
.b-menu .grp h2,.b-menu .grp h3{font-size:1.35rem;margin-bottom:1rem;padding-bottom:.5rem;border-bottom:2px solid var(--primary);display:inline-block}
.b-menu ul{list-style:none;margin:0;padding:0}
.b-menu li{margin-bottom:1.25rem}
.b-menu .top{display:flex;align-items:baseline;gap:.5rem}
.b-menu .nm{font-weight:600;font-size:1.05rem}
.b-menu .dots{flex:1;border-bottom:1px dotted var(--bd);min-width:1rem;transform:translateY(-.25rem)}
.b-menu .pr{font-weight:700;font-variant-numeric:tabular-nums}
.b-menu .tag{font-size:.75rem;font-weight:600;padding:.1rem .5rem;border-radius:999px;background:var(--accent);color:var(--on-accent)}
.b-menu li p{margin:.2rem 0 0;color:var(--mut);font-size:.95rem;max-width:40ch}
@media(min-width:900px){.b-menu .secs{grid-template-columns:1fr 1fr}}
"""

BLOCK = BlockType(
    type="menu",
    label="Menu or price list",
    icon="utensils",
    category="commerce",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Dishes, treatments or services with prices.",
    example={
        "eyebrow": "Menu",
        "title": "Baked this morning",
        "sections": [
            {"name": "Breads", "items": [
                {"name": "Country sourdough", "description": "36-hour ferment, crackling crust.", "price": "$7.50"},
                {"name": "Seeded rye", "description": "Sunflower, flax and pumpkin seeds.", "price": "$8.00", "tag": "Vegan"},
                {"name": "Milk loaf", "description": "Soft, sweet and perfect for toast.", "price": "$6.00"},
            ]},
            {"name": "Pastries", "items": [
                {"name": "Butter croissant", "description": "Three days of lamination.", "price": "$3.80"},
                {"name": "Cardamom bun", "description": "Our bestseller since day one.", "price": "$4.20", "tag": "New"},
                {"name": "Seasonal fruit tart", "description": "Ask what's in today.", "price": "$5.50"},
            ]},
        ],
    },
)
