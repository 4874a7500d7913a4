"""Site-wide settings written from the brief: structured business facts and the theme."""

from __future__ import annotations

from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.writer.context import Ctx, fit

SCHEMA_TYPES = {
    "food": "Restaurant", "shop": "Store", "online_shop": "Store", "trades": "HomeAndConstructionBusiness",
    "health": "MedicalBusiness", "beauty": "HealthAndBeautyBusiness", "fitness": "SportsActivityLocation",
    "creative": "ProfessionalService", "music": "EntertainmentBusiness", "professional": "ProfessionalService",
    "software": "Organization", "hospitality": "LodgingBusiness", "education": "EducationalOrganization",
    "events": "LocalBusiness", "community": "Organization", "pets": "LocalBusiness", "automotive": "AutomotiveBusiness",
    "local_service": "LocalBusiness",
}
TONE_PRESETS = {
    "friendly": ["warm", "modern", "fresh", "playful", "classic"], "professional": ["corporate", "classic", "minimal", "modern"],
    "playful": ["playful", "fresh", "bold"], "luxury": ["elegant", "dark", "classic"], "calm": ["fresh", "minimal", "elegant"],
    "bold": ["bold", "dark", "modern"],
}
_DAY_CODES = {"mon": "Mo", "tue": "Tu", "wed": "We", "thu": "Th", "fri": "Fr", "sat": "Sa", "sun": "Su"}


def business(brief: Brief) -> dict:
    """Facts for structured data, exactly as the brief has them."""
    facts: dict = {"type": SCHEMA_TYPES[brief.category]}
    address = {k: fit(v, limit) for k, v, limit in (("street", brief.address, 200), ("locality", brief.town, 100),
                                                     ("region", brief.region, 100), ("country", brief.country, 60)) if v}
    if address:
        facts["address"] = address
    if brief.phone:
        facts["phone"] = brief.phone
    if brief.email:
        facts["email"] = brief.email
    if brief.has("open_24_7"):
        facts["hours"] = [{"days": list(_DAY_CODES.values()), "opens": "00:00", "closes": "24:00"}]
    else:
        facts["hours"] = [{"days": [_DAY_CODES[d] for d in h.days], "opens": h.opens, "closes": h.closes} for h in brief.hours][:14]
    return facts


def preset(ctx: Ctx, style: str | None) -> str:
    from bubblegum.blocks.theme import PRESETS

    wanted = (style or "").strip().lower()
    if wanted in PRESETS:
        return wanted
    options = ["modern", "minimal", "dark", "corporate"] if ctx.brief.category == "software" else TONE_PRESETS[ctx.brief.tone]
    return ctx.rng.choice(options)
