"""The `bubblegum` command. Sub-commands live in bubblegum/commands/, one file per area.

Imports stay lazy: file-based commands (export, blocks, generate) must not pay for
the database layer, so only the commands that need it import it.
"""

from __future__ import annotations

import os
import sys

import typer

from bubblegum import __version__, commands, log_redaction
from bubblegum.commands import ai as ai_commands
from bubblegum.commands import analytics as analytics_commands
from bubblegum.commands import api_keys as api_keys_commands
from bubblegum.commands import assets as assets_commands
from bubblegum.commands import backup as backup_commands
from bubblegum.commands import billing as billing_commands
from bubblegum.commands import db as db_commands
from bubblegum.commands import leads as leads_commands
from bubblegum.commands import mail as mail_commands
from bubblegum.commands import orgs as orgs_commands
from bubblegum.commands import users as users_commands
from bubblegum.commands import worker as worker_commands
from bubblegum.commands import projects
from bubblegum.commands import site_files

app = typer.Typer(
    name="bubblegum",
    help="Bubble Gum: describe a business, get a website, edit it, publish it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command()
def version() -> None:
    """Print the Bubble Gum version."""
    typer.echo(f"bubblegum {__version__}")


app.add_typer(db_commands.app, name="db")
app.add_typer(assets_commands.app, name="assets")
app.add_typer(users_commands.app, name="users")
app.add_typer(orgs_commands.app, name="orgs")
app.add_typer(leads_commands.app, name="leads")
app.command("analytics")(analytics_commands.analytics)
app.add_typer(mail_commands.app, name="mail")
app.add_typer(billing_commands.app, name="billing")
app.add_typer(api_keys_commands.app, name="api-keys")
app.command("worker")(worker_commands.worker)
app.command()(backup_commands.backup)
app.command()(backup_commands.restore)
app.add_typer(projects.project_app, name="project")
app.command()(projects.publish)
app.command()(projects.deployments)
app.command()(projects.rollback)
app.command()(projects.download)
app.command()(site_files.blocks)
app.command()(site_files.export)
app.command()(ai_commands.generate)
app.command()(ai_commands.audit)


def main() -> None:
    """The `bubblegum` program. A command that leaves a large heap behind (a 1,000-page
    export: ~0.1 s of freeing objects one by one at interpreter exit) sets
    ``commands.skip_teardown`` once its output is written; the process then ends at once."""
    # Bubble Gum uses no pydantic plugins; looking for them reads the entry points of every
    # installed package (~40 ms, before the first model is validated)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    log_redaction.install()
    try:
        app()
    except SystemExit as done:
        if not commands.skip_teardown:
            raise
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    main()
