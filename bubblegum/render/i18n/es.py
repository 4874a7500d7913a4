"""Spanish fixed strings of published pages."""

STRINGS = {
    "sample_marker": "Ejemplo — sustitúyelo o elimínalo",
}
