"""CLI sub-commands, grouped by area; registered in bubblegum/cli.py."""
