"""German fixed strings of published pages."""

STRINGS = {
    "sample_marker": "Beispiel — ersetzen oder entfernen",
}
