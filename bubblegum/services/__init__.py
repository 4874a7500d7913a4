"""Use cases shared by the editor, the API, the CLI and background jobs (no reflex here)."""
