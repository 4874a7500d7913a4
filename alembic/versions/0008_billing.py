"""billing: each organization's Stripe subscription as last read, and Stripe event ids seen once

Revision ID: 0008_billing
Revises: 0004_bounded_resources
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0008_billing"
down_revision = "0004_bounded_resources"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "billingsubscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("stripe_subscription_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("plan", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("current_period_end", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("cancel_at_period_end", sa.Boolean(), nullable=False),
        sa.Column("trial_end", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("past_due_since", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("grace_ends_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("action_url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("synced_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("billingsubscription", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_billingsubscription_organization_id"), ["organization_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_billingsubscription_stripe_subscription_id"), ["stripe_subscription_id"],
                              unique=False)
    op.create_table(
        "stripeevent",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("type", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("received_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stripeevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stripeevent_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stripeevent_received_at"), ["received_at"], unique=False)


def downgrade() -> None:
    op.drop_table("stripeevent")
    op.drop_table("billingsubscription")
