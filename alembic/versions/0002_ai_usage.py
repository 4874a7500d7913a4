"""ai usage metering

Revision ID: 0002_ai_usage
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0002_ai_usage"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "aiusage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("operation", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("model", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_micros", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("aiusage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_aiusage_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_aiusage_user_id"), ["user_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_aiusage_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("aiusage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aiusage_created_at"))
        batch_op.drop_index(batch_op.f("ix_aiusage_user_id"))
        batch_op.drop_index(batch_op.f("ix_aiusage_organization_id"))
    op.drop_table("aiusage")
