"""CLI sub-commands, grouped by area; registered in bubblegum/cli.py."""

# Set by a command whose work is done and written: the `bubblegum` program then exits
# without the interpreter's teardown (see bubblegum.cli.main).
skip_teardown = False
