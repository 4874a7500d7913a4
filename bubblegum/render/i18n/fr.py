"""French fixed strings of published pages."""

STRINGS = {
    "sample_marker": "Exemple — à remplacer ou supprimer",
}
