"""Navigation bar: brand (name and optional logo), page links, one call-to-action button."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Button, Image, Link, Text


class Props(BlockProps):
    brand: Text(60, 1) = Field(description="Business name shown at the left")
    logo: Image | None = Field(None, description="Optional logo shown before the name")
    links: list[Link] = Field(default_factory=list, max_length=8)
    cta: Button | None = Field(None, description="Optional button at the right")


TEMPLATE = """<header class="sec b-navbar t-{{ p.tone }}"><div class="wrap nav-in">
<a class="brand" href="{{ url('/') }}">{% if p.logo %}{{ img(p.logo, '40px', eager=True, cls='logo') }}{% endif %}<span>{{ p.brand }}</span></a>
{% if p.links %}<nav aria-label="{{ tr('nav_label') }}"><ul>{% for l in p.links %}<li><a href="{{ url(l.href) }}" aria-current="{{ 'page' if current(l.href) else 'false' }}">{{ l.label }}</a></li>{% endfor %}</ul></nav>{% endif %}
{% if p.cta %}<a class="btn btn-sm{% if p.cta.style == 'secondary' %} btn-2{% endif %}" href="{{ url(p.cta.href) }}">{{ p.cta.label }}</a>{% endif %}
</div></header>"""

CSS = """
.b-navbar{padding:.75rem 0;border-bottom:1px solid var(--bd)}
.b-navbar .nav-in{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}
.b-navbar .btn-sm{padding:.5rem .9rem;font-size:.9375rem}
.b-navbar .brand{display:flex;align-items:center;gap:.6rem;font:var(--hw) 1.25rem/1.2 var(--font-h);color:var(--fg);text-decoration:none;margin-right:auto;min-height:44px}
.b-navbar .logo{width:auto;height:32px}
.b-navbar nav{order:3;width:100%;overflow-x:auto}
.b-navbar ul{display:flex;gap:.25rem 1.25rem;list-style:none;margin:0;padding:0;white-space:nowrap}
.b-navbar nav a{display:inline-block;padding:.6rem 0;color:var(--fg);text-decoration:none;font-weight:500}
.b-navbar nav a:hover,.b-navbar nav a[aria-current=page]{color:var(--lnk);text-decoration:underline;text-underline-offset:.3em}
@media(min-width:768px){.b-navbar .nav-in{column-gap:1.5rem}.b-navbar nav{order:0;width:auto}.b-navbar .btn-sm{padding:.5rem 1.1rem;font-size:1rem}}
"""

BLOCK = BlockType(
    type="navbar",
    label="Navigation bar",
    icon="menu",
    category="navigation",
    region="header",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Top bar with the business name, links to pages or sections and a button.",
    example={
        "brand": "Harbor & Pine",
        "links": [
            {"label": "Services", "href": "#services"},
            {"label": "Pricing", "href": "#pricing"},
            {"label": "About", "href": "/about"},
            {"label": "Contact", "href": "#contact"},
        ],
        "cta": {"label": "Book a visit", "href": "#contact", "style": "primary"},
    },
)
