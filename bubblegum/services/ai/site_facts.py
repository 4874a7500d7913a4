"""Whole sentences that are true of a site, in its language, made from the facts the
owner gave (site settings' business details): what an AI action may add to copy without
inventing anything."""

from __future__ import annotations

FRAMES = {  # (phone, town, email)
    "en": ("Call us on {phone}.", "You'll find us in {town}.", "Write to us at {email}."),
    "de": ("Rufen Sie uns an: {phone}.", "Sie finden uns in {town}.", "Schreiben Sie uns: {email}."),
    "es": ("Llámanos al {phone}.", "Estamos en {town}.", "Escríbenos a {email}."),
    "fr": ("Appelez-nous au {phone}.", "Vous nous trouverez à {town}.", "Écrivez-nous à {email}."),
    "pt": ("Ligue-nos para o {phone}.", "Estamos em {town}.", "Escreva-nos para {email}."),
    "it": ("Chiamaci al {phone}.", "Ci trovi a {town}.", "Scrivici a {email}."),
    "nl": ("Bel ons op {phone}.", "Je vindt ons in {town}.", "Mail ons via {email}."),
}


def site_facts(site: dict) -> list[str]:
    """Sentences for ``site`` (a site document or its ``site`` part), most useful first."""
    info = site.get("site", site)
    business = info.get("business") or {}
    phone_frame, town_frame, email_frame = FRAMES.get(info.get("language") or "en", FRAMES["en"])
    town = (business.get("address") or {}).get("locality", "")
    out = []
    if business.get("phone"):
        out.append(phone_frame.format(phone=business["phone"]))
    if town:
        out.append(town_frame.format(town=town))
    if business.get("email"):
        out.append(email_frame.format(email=business["email"]))
    return out
