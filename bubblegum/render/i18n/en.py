"""English fixed strings of published pages (the reference table: other languages have the same keys)."""

STRINGS = {
    "sample_marker": "Sample — replace or remove",
}
