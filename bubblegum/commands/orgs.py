"""`bubblegum orgs ...`: organizations, for self-hosters."""

from __future__ import annotations

import typer

app = typer.Typer(help="Organizations.", no_args_is_help=True)


@app.command("list")
def list_orgs() -> None:
    """Every organization with its members, projects and owners."""
    from rich.console import Console
    from rich.table import Table
    from sqlmodel import func, select

    from bubblegum.db import session_scope
    from bubblegum.models import Membership, Organization, Project, User

    table = Table("id", "slug", "name", "members", "projects", "owners", "deleted")
    with session_scope() as session:
        for org in session.exec(select(Organization).order_by(Organization.id)).all():
            members = session.exec(select(func.count()).select_from(Membership)
                                   .where(Membership.organization_id == org.id)).one()
            projects = session.exec(select(func.count()).select_from(Project).where(
                Project.organization_id == org.id, Project.deleted_at.is_(None))).one()
            owners = session.exec(select(User.email).join(Membership, Membership.user_id == User.id).where(
                Membership.organization_id == org.id, Membership.role == "owner")).all()
            table.add_row(str(org.id), org.slug, org.name, str(members), str(projects), ", ".join(owners),
                          org.deleted_at.strftime("%Y-%m-%d") if org.deleted_at else "")
    Console(width=160).print(table)
