"""Portuguese fixed strings of published pages."""

STRINGS = {
    "sample_marker": "Exemplo — substitua ou remova",
}
