"""Structured data (JSON-LD), sitemap.xml and robots.txt."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:  # pragma: no cover
    from bubblegum.blocks.document import SiteInfo

_DAYS = {"Mo": "Monday", "Tu": "Tuesday", "We": "Wednesday", "Th": "Thursday",
         "Fr": "Friday", "Sa": "Saturday", "Su": "Sunday"}


def json_for_script(data: Any) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' survive to close the element."""
    return (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def organization_jsonld(info: "SiteInfo", url: str | None, logo_url: str | None = None) -> dict[str, Any]:
    b = info.business
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": b.type if b else "Organization",
        "name": info.name,
    }
    if url and url.startswith("http"):
        data["url"] = url
    if info.description:
        data["description"] = info.description
    if b is None:
        return data
    if b.phone:
        data["telephone"] = b.phone
    if b.email:
        data["email"] = b.email
    if b.price_range:
        data["priceRange"] = b.price_range
    if b.same_as:
        data["sameAs"] = list(b.same_as)
    if logo_url:
        data["logo"] = logo_url
    if b.address:
        a = b.address
        addr = {"@type": "PostalAddress"}
        for key, value in (("streetAddress", a.street), ("addressLocality", a.locality),
                           ("addressRegion", a.region), ("postalCode", a.postal_code),
                           ("addressCountry", a.country)):
            if value:
                addr[key] = value
        data["address"] = addr
    if b.hours:
        data["openingHoursSpecification"] = [
            {"@type": "OpeningHoursSpecification", "dayOfWeek": [_DAYS[d] for d in h.days],
             "opens": h.opens, "closes": h.closes}
            for h in b.hours
        ]
    return data


def sitemap_xml(urls: list[str]) -> str:
    rows = Markup("").join(Markup("<url><loc>{}</loc></url>").format(u) for u in urls)
    return str(Markup(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>\n'
    ).format(rows))


def robots_txt(base_url: str | None, disallow: list[str]) -> str:
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {d}" for d in disallow]
    if base_url and base_url.startswith("http"):
        lines.append(f"Sitemap: {base_url}sitemap.xml")
    return "\n".join(lines) + "\n"
