"""The editor's side panels: pages (with page settings), theme, and version history."""
