"""bounded resources: published page versions are kept; generation leases per organization

Revision ID: 0004_bounded_resources
Revises: 0002_ai_usage
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0004_bounded_resources"
down_revision = "0006_leads_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pageversion", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.create_table(
        "aigenerationlease",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("holder", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organization_id", "slot", name="uq_aigenerationlease_org_slot"),
    )
    with op.batch_alter_table("aigenerationlease", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_aigenerationlease_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_aigenerationlease_holder"), ["holder"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("aigenerationlease", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aigenerationlease_holder"))
        batch_op.drop_index(batch_op.f("ix_aigenerationlease_organization_id"))
    op.drop_table("aigenerationlease")
    with op.batch_alter_table("pageversion", schema=None) as batch_op:
        batch_op.drop_column("published_at")
