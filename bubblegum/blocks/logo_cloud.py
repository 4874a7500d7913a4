"""Logo cloud: a row of customer or partner logos (or names)."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Image, Model, Text


class Logo(Model):
    name: Text(60, 1) = Field(description="Company name (used as alt text)")
    image: Image | None = None


class Props(BlockProps):
    title: Text(120) = "Trusted by teams at"
    logos: list[Logo] = Field(min_length=1, max_length=12)


TEMPLATE = """<section class="sec b-logo-cloud t-{{ p.tone }}"><div class="wrap">
{% if p.title %}<h2 class="lc-title">{{ p.title }}</h2>{% endif %}
<ul>{% for l in p.logos %}<li>{% if l.image %}{{ img(l.image, '160px', alt=l.name) }}{% else %}<span>{{ l.name }}</span>{% endif %}</li>{% endfor %}</ul>
</div></section>"""

CSS = """
.b-logo-cloud{padding:calc(2.5rem*var(--sp)) 0;text-align:center}
.b-logo-cloud .lc-title{font:600 .85rem/1.4 var(--font-b);letter-spacing:.08em;text-transform:uppercase;color:var(--mut);margin-bottom:1.5rem}
.b-logo-cloud ul{display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:1.25rem 2.75rem;list-style:none;margin:0;padding:0}
.b-logo-cloud img{height:32px;width:auto;opacity:.85}
.b-logo-cloud span{font:var(--hw) 1.25rem var(--font-h);color:var(--mut)}
"""

BLOCK = BlockType(
    type="logo_cloud",
    label="Logo cloud",
    icon="building-2",
    category="social proof",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="A row of customer, partner or press logos.",
    example={
        "title": "Trusted by teams at",
        "logos": [{"name": n, "image": {"src": f"asset:sample/logo-{i}", "alt": n}} for i, n in enumerate(["Northwind", "Acme Co", "Globex", "Initech", "Umbrella"], 1)],
    },
)
