"""Navigation bar: brand (name and optional logo), page links, one call-to-action button.

On phones more than three links fold into a menu button: a `<details>` disclosure, so it
works without JavaScript; the inline list and the folded one are never both displayed."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Button, Image, Link, Text


class Props(BlockProps):
    brand: Text(60, 1) = Field(description="Business name shown at the left")
    logo: Image | None = Field(None, description="Optional logo shown before the name")
    links: list[Link] = Field(default_factory=list, max_length=8)
    cta: Button | None = Field(None, description="Optional button at the right")


TEMPLATE = """<header class="sec b-navbar t-{{ p.tone }}"><div class="wrap nav-in">
<a class="brand" href="{{ url('/') }}">{% if p.logo %}{{ img(p.logo, '40px', eager=True, cls='logo') }}{% endif %}<span>{{ p.brand }}</span></a>
{% macro links() %}<nav aria-label="{{ tr('nav_label') }}"><ul>{% for l in p.links %}<li><a href="{{ url(l.href) }}" aria-current="{{ 'page' if current(l.href) else 'false' }}">{{ l.label }}</a></li>{% endfor %}</ul></nav>{% endmacro %}
{% if p.links|length > 3 %}<details class="fold"><summary>{{ tr('nav_menu') }}</summary>{{ links() }}</details><div class="inline">{{ links() }}</div>{% elif p.links %}{{ links() }}{% endif %}
{% if p.cta %}<a class="btn btn-sm{% if p.cta.style == 'secondary' %} btn-2{% endif %}" href="{{ url(p.cta.href) }}">{{ p.cta.label }}</a>{% endif %}
</div></header>"""

CSS = """
.b-navbar{padding:.75rem 0;border-bottom:1px solid var(--bd)}
.b-navbar .nav-in{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}
.b-navbar .btn-sm{padding:.5rem .9rem;font-size:.9375rem}
.b-navbar .brand{display:flex;align-items:center;gap:.6rem;font:var(--hw) 1.25rem/1.2 var(--font-h);color:var(--fg);text-decoration:none;margin-right:auto;min-height:44px;min-width:0;overflow-wrap:anywhere}
.b-navbar .logo{width:auto;height:32px}
.b-navbar nav{order:3;width:100%;overflow-x:auto}
.b-navbar ul{display:flex;gap:.25rem 1.25rem;list-style:none;margin:0;padding:0;white-space:nowrap}
.b-navbar nav a{display:inline-block;padding:.6rem 0;color:var(--fg);text-decoration:none;font-weight:500}
.b-navbar nav a:hover,.b-navbar nav a[aria-current=page]{color:var(--lnk);text-decoration:underline;text-underline-offset:.3em}
.b-navbar .inline{display:none}
.b-navbar .fold{order:3;width:100%}
.b-navbar summary{display:inline-flex;align-items:center;gap:.5rem;min-height:44px;padding:0 .9rem;border:1px solid var(--bd);border-radius:var(--rb);font-weight:500;cursor:pointer;list-style:none}
.b-navbar summary::-webkit-details-marker{display:none}
.b-navbar summary::after{content:"";width:.5em;height:.5em;border:solid currentColor;border-width:0 2px 2px 0;transform:translateY(-.15em) rotate(45deg)}
.b-navbar .fold[open] summary::after{transform:translateY(.1em) rotate(-135deg)}
.b-navbar .fold ul{flex-direction:column;gap:0;padding:.25rem 0}
.b-navbar .fold nav a{display:block;padding:.75rem 0;border-bottom:1px solid var(--bd)}
@media(min-width:768px){.b-navbar .nav-in{column-gap:1.5rem}.b-navbar nav{order:0;width:auto}.b-navbar .btn-sm{padding:.5rem 1.1rem;font-size:1rem}
.b-navbar .fold{display:none}.b-navbar .inline{display:block}}
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
