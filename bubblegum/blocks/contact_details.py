"""Contact details: address, phone, email and a map link."""

from pydantic import Field

from bubblegum.blocks.base import BlockProps, BlockType, Email, Phone, Text
from bubblegum.blocks.safety import SafeUrl


class Props(BlockProps):
    eyebrow: Text(60) = ""
    title: Text(120) = "Get in touch"
    subtitle: Text(300) = ""
    address: Text(300) = Field("", description="One line per address line")
    phone: Phone = ""
    email: Email = ""
    map_url: SafeUrl | None = Field(None, description="Link to a map (opens in the map app)")


def tel_href(phone: str) -> str:
    return "tel:" + "".join(c for c in phone if c.isdigit() or c == "+")


TEMPLATE = """<section class="sec b-contact-details t-{{ p.tone }}"><div class="wrap">
{{ head(p) }}
<address><ul class="cards">
{% if p.address %}<li class="card">{{ icon('map-pin') }}<span class="k">{{ tr('contact_visit') }}</span><span>{% for line in p.address.split('\\n') %}{{ line }}{% if not loop.last %}<br>{% endif %}{% endfor %}</span>{% if p.map_url %}<a href="{{ url(p.map_url) }}">{{ tr('contact_maps') }}</a>{% endif %}</li>{% endif %}
{% if p.phone %}<li class="card">{{ icon('phone') }}<span class="k">{{ tr('contact_call') }}</span><a href="{{ tel(p.phone) }}">{{ p.phone }}</a></li>{% endif %}
{% if p.email %}<li class="card">{{ icon('mail') }}<span class="k">{{ tr('contact_email') }}</span><a href="mailto:{{ p.email }}">{{ p.email }}</a></li>{% endif %}
</ul></address>
</div></section>"""

CSS = """
.b-contact-details address{font-style:normal}
.b-contact-details .cards{display:grid;gap:1.25rem;list-style:none;margin:0;padding:0}
.b-contact-details .card{display:flex;flex-direction:column;gap:.35rem;padding:1.75rem}
.b-contact-details .ico{color:var(--lnk);margin-bottom:.5rem}
.b-contact-details .k{font-weight:700;font-family:var(--font-h)}
.b-contact-details a{color:var(--lnk);font-weight:500;padding:.25rem 0;overflow-wrap:anywhere}
@media(min-width:768px){.b-contact-details .cards{grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}}
"""

BLOCK = BlockType(
    type="contact_details",
    label="Contact details",
    icon="contact",
    category="contact",
    Props=Props,
    template=TEMPLATE,
    css=CSS,
    description="Where to find you and how to reach you.",
    extra={"helpers": {"tel": tel_href}},
    example={
        "title": "Come and see us",
        "address": "14 Harbour Street\nPortsmouth PO1 2AB",
        "phone": "+44 23 9200 1234",
        "email": "hello@harborandpine.example",
        "map_url": "https://www.openstreetmap.org/search?query=14%20Harbour%20Street%20Portsmouth",
    },
)
