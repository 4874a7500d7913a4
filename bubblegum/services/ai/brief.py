"""The brief: the facts of a description, extracted before anything is written.

Generation starts here (DESIGN.md, "AI"): both providers produce this one model (the
offline parser in ``brief_parser``, Anthropic through a strict tool schema derived from it),
the dashboard shows it for correction, and the writer may not contradict it or go beyond
it as fact. Empty strings and lists mean "the person did not say" — never a guess.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LANGUAGES = ("en", "de", "es", "fr", "pt", "it", "nl")  # written offline; others through Anthropic
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# What kind of site a business needs; decides pages and sections (a photographer gets a
# portfolio, software a product page with pricing). One value per brief.
Category = Literal[
    "food",          # restaurant, café, bakery, bar, food truck, catering
    "shop",          # a shop people walk into
    "online_shop",   # sells and ships products online
    "trades",        # plumber, electrician, HVAC, builder, roofer, locksmith, cleaner, removals
    "health",        # dentist, physio, clinic, therapist, vet, pharmacy
    "beauty",        # salon, barber, spa, nails, tattoo
    "fitness",       # gym, yoga, pilates, personal trainer, martial arts, climbing
    "creative",      # photographer, designer, artist, architect, videographer, studio: portfolio
    "music",         # band, musician, DJ, music teacher, choir
    "professional",  # lawyer, accountant, consultant, agency, financial adviser, estate agent
    "software",      # SaaS, app, developer tool: product, features, pricing, integrations
    "hospitality",   # hotel, B&B, guest house, campsite, holiday rental
    "education",     # school, tutor, language school, courses, driving school, nursery
    "events",        # wedding planner, venue, caterer for events, tours, experiences
    "community",     # charity, club, church, association, care, volunteer group
    "pets",          # grooming, dog walking, boarding, pet shop
    "automotive",    # garage, mechanic, car wash, bike shop and repair
    "local_service", # anything else people come to or call
]
Audience = Literal["local", "online", "b2b"]
Constraint = Literal[
    "vegan", "vegetarian", "halal", "kosher", "gluten_free", "dairy_free", "organic",
    "open_24_7", "by_appointment", "online_only", "ships_nationwide", "ships_worldwide",
    "delivery", "takeaway", "mobile_service", "home_visits", "family_run", "wheelchair_accessible",
    "dog_friendly", "kid_friendly", "women_only", "emergency",
]
Tone = Literal["friendly", "professional", "playful", "luxury", "calm", "bold"]


class Offering(BaseModel):
    """Something the business offers, with the price only when the person gave one."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., min_length=1, max_length=120, description="In the description's words and language")
    price: str = Field("", max_length=40, description="Exactly as given, with its currency ('$89', '12,50 €'); empty if none given")
    amount: float | None = Field(None, description="The price as a number, when one was given")
    unit: str = Field("", max_length=30, description="What the price is per ('hour', 'class', 'night'), when said")
    note: str = Field("", max_length=200, description="Anything the description says about this offering")


class OpeningHours(BaseModel):
    """One stretch of opening time, e.g. Mon–Fri 08:30–16:00."""

    model_config = ConfigDict(extra="forbid")

    days: list[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]] = Field(..., min_length=1)
    opens: str = Field(..., pattern=r"^\d\d:\d\d$", description="24-hour HH:MM")
    closes: str = Field(..., pattern=r"^\d\d:\d\d$", description="24-hour HH:MM; 24:00 for midnight")


class Brief(BaseModel):
    """The facts of one description. Everything optional but the prompt itself."""

    model_config = ConfigDict(extra="forbid")

    prompt: str = Field(..., max_length=2000, description="The description as the person typed it")
    language: str = Field("en", pattern=r"^[a-z]{2}$", description="ISO 639-1 code of the description's language")
    name: str = Field("", max_length=80, description="The business's own name, exactly as written; empty if not given")
    kind: str = Field("", max_length=80, description="What the business is, in the description's words ('gluten-free café')")
    category: Category = "local_service"
    audience_type: Audience = "local"
    town: str = Field("", max_length=80, description="Town or city as written")
    region: str = Field("", max_length=80, description="State, county or region as written")
    country: str = Field("", pattern=r"^([A-Z]{2})?$", description="ISO 3166-1 alpha-2 code, when known")
    service_area: list[str] = Field(default_factory=list, description="Other places served, as written")
    currency: str = Field("", pattern=r"^([A-Z]{3})?$", description="ISO 4217 code of prices, when known")
    phone: str = Field("", max_length=40, description="As written")
    email: str = Field("", max_length=254)
    website: str = Field("", max_length=200)
    address: str = Field("", max_length=200, description="Street address as written")
    hours: list[OpeningHours] = Field(default_factory=list)
    hours_text: str = Field("", max_length=200, description="Opening hours as written, when they could not be read as times")
    offerings: list[Offering] = Field(default_factory=list, max_length=24)
    audience: str = Field("", max_length=120, description="Who it is for, as written ('families', 'small law firms')")
    differentiators: list[str] = Field(default_factory=list, max_length=12,
                                       description="What sets it apart, each a short phrase in the description's words")
    constraints: list[Constraint] = Field(default_factory=list)
    founded: int | None = Field(None, ge=1000, le=2100, description="Founding year, only when stated")
    people: list[str] = Field(default_factory=list, max_length=6, description="Named people (owner, chef), only when stated")
    tone: Tone = "friendly"

    def has(self, constraint: str) -> bool:
        return constraint in self.constraints

    @property
    def is_local(self) -> bool:
        return self.audience_type == "local"

    def missing(self) -> list[str]:
        """What a site cannot do without, in the order to ask: ``kind``, ``name``, ``town``."""
        out = []
        if not self.kind and self.category == "local_service" and not self.offerings:
            out.append("kind")
        if not self.name:
            out.append("name")
        if self.is_local and not self.town and not self.address:
            out.append("town")
        return out
