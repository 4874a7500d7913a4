"""custom domain verification: a TXT token per site and when it was proved

Revision ID: 0005_domain_verification
Revises: 0002_ai_usage
"""

import secrets

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0005_domain_verification"
down_revision = "0003_asset_credit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("project") as batch:
        batch.add_column(sa.Column("domain_token", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch.add_column(sa.Column("domain_verified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    # Domains claimed before verification existed must now be proved: each gets its token.
    connection = op.get_bind()
    project = sa.table("project", sa.column("id", sa.Integer), sa.column("custom_domain", sa.String),
                       sa.column("domain_token", sa.String))
    for (project_id,) in connection.execute(sa.select(project.c.id).where(project.c.custom_domain.is_not(None))):
        connection.execute(sa.update(project).where(project.c.id == project_id)
                           .values(domain_token=secrets.token_urlsafe(24)))


def downgrade() -> None:
    with op.batch_alter_table("project") as batch:
        batch.drop_column("domain_verified_at")
        batch.drop_column("domain_token")
