"""The offline site writer: a ``Brief`` -> a site document that says what the owner said.

``write_site(brief, pages=None, style=None)`` uses every fact where it belongs, invents none
(content only the owner has is left out or marked ``"sample": true``), writes in the brief's
language from the phrase tables in ``phrases/``, lets the category choose pages and sections,
and varies layout, order, theme and wording by a seed taken from the description.
"""

from __future__ import annotations

import random

from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.copy import fit, slugify
from bubblegum.services.ai.writer.context import Ctx, seed_for


def write_site(brief: Brief, *, pages: int | None = None, style: str | None = None) -> dict:
    from bubblegum.services.ai.writer import pages as page_plan
    from bubblegum.services.ai.writer.frame import lead
    from bubblegum.services.ai.writer.site import business, preset

    ctx = Ctx(brief=brief, rng=random.Random(seed_for(brief.prompt, brief.name, brief.category)))
    ctx.pages = page_plan.plan(ctx, pages)
    theme = preset(ctx, style)
    site_pages = [page_plan.page(ctx, key) for key in ctx.pages]
    name = ctx.values["brand"]
    site = {"name": fit(name, 80), "slug": slugify(name, 63), "language": brief.language if brief.language else "en",
            "theme": {"preset": theme}, "description": fit(lead(ctx), 300), "business": business(brief)}
    return {"format": "bubblegum.site", "schema_version": 1, "site": site, "pages": site_pages}


__all__ = ["write_site"]
