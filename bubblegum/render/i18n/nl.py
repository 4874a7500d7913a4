"""Dutch fixed strings of published pages."""

STRINGS = {
    "sample_marker": "Voorbeeld — vervang of verwijder",
}
