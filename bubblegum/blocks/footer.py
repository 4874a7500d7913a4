"""Footer: brand and tagline, link columns, social links and the small print."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Link, Model, Text


class Column(Model):
    title: Text(40, 1)
    links: list[Link] = Field(default_factory=list, max_length=8)


class Props(BlockProps):
    brand: Text(60, 1)
    tagline: Text(200) = ""
    columns: list[Column] = Field(default_factory=list, max_length=4)
    social: list[Link] = Field(default_factory=list, max_length=8)
    copyright: Text(200) = Field("", description="Small print, e.g. '© 2025 Harbor & Pine'")


TEMPLATE = """<footer class="sec b-footer t-{{ p.tone }}"><div class="wrap">
<div class="top"><div class="about"><p class="brand">{{ p.brand }}</p>{% if p.tagline %}<p class="tag">{{ p.tagline }}</p>{% endif %}</div>
{% for c in p.columns %}<nav class="col" aria-label="{{ c.title }}"><h2>{{ c.title }}</h2><ul>{% for l in c.links %}<li><a href="{{ url(l.href) }}">{{ l.label }}</a></li>{% endfor %}</ul></nav>{% endfor %}</div>
<div class="bottom">{% if p.copyright %}<p>{{ p.copyright }}</p>{% endif %}{% if p.social %}<ul class="social">{% for l in p.social %}<li><a href="{{ url(l.href) }}">{{ l.label }}</a></li>{% endfor %}</ul>{% endif %}</div>
</div></footer>"""

CSS = """
.b-footer{padding:calc(3.5rem*var(--sp)) 0 1.5rem;border-top:1px solid var(--bd);font-size:.95rem}
.b-footer .top{display:grid;gap:2rem;grid-template-columns:repeat(2,1fr)}
.b-footer .about{grid-column:1/-1}
.b-footer .brand{font:var(--hw) 1.3rem var(--font-h);margin:0 0 .5rem}
.b-footer .tag{color:var(--mut);max-width:28rem;margin:0}
.b-footer h2{font:700 .8rem/1.4 var(--font-b);text-transform:uppercase;letter-spacing:.08em;color:var(--mut);margin:0 0 .5rem}
.b-footer ul{list-style:none;margin:0;padding:0}
.b-footer a{display:inline-block;padding:.4rem 0;color:var(--fg);text-decoration:none}
.b-footer a:hover{color:var(--lnk);text-decoration:underline}
.b-footer .bottom{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:1rem;margin-top:2.5rem;padding-top:1.25rem;border-top:1px solid var(--bd);color:var(--mut)}
.b-footer .bottom p{margin:0}
.b-footer .social{display:flex;flex-wrap:wrap;gap:0 1.25rem}
@media(min-width:900px){.b-footer .top{grid-template-columns:2fr repeat(4,1fr)}.b-footer .about{grid-column:auto}}
"""

BLOCK = BlockType(
    type="footer",
    label="Footer",
    icon="panel-bottom",
    category="navigation",
    region="footer",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Bottom of every page: links, social profiles and the small print.",
    example={
        "brand": "Harbor & Pine",
        "tagline": "Carpentry and home repairs in Portsmouth since 2012.",
        "columns": [
            {"title": "Company", "links": [{"label": "About us", "href": "/about"}, {"label": "Services", "href": "/services"}, {"label": "Menu", "href": "/menu"}]},
            {"title": "Help", "links": [{"label": "Contact", "href": "/contact"}, {"label": "Opening hours", "href": "/menu#hours"}, {"label": "FAQ", "href": "/services#faq"}]},
        ],
        "social": [{"label": "Instagram", "href": "https://instagram.com/"}, {"label": "Facebook", "href": "https://facebook.com/"}],
        "copyright": "© 2025 Harbor & Pine Ltd.",
    },
)
