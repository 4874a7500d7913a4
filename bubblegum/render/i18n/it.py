"""Italian fixed strings of published pages."""

STRINGS = {
    "sample_marker": "Esempio — sostituisci o rimuovi",
}
