"""REST API: organization API keys, stored Idempotency-Key answers, outgoing webhooks

Revision ID: 0009_api
Revises: 0004_bounded_resources
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
from sqlalchemy.dialects import postgresql

revision = "0009_api"
down_revision = "0007_analytics"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
String = sqlmodel.sql.sqltypes.AutoString
Time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "apikey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("name", String(length=80), nullable=False),
        sa.Column("prefix", String(length=20), nullable=False),
        sa.Column("token_hash", String(length=64), nullable=False),
        sa.Column("scope", String(length=10), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", Time(), nullable=False),
        sa.Column("last_used_at", Time(), nullable=True),
        sa.Column("revoked_at", Time(), nullable=True),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_id"], ["user.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("apikey", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_apikey_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_apikey_token_hash"), ["token_hash"], unique=True)
        batch_op.create_index(batch_op.f("ix_apikey_created_by_id"), ["created_by_id"], unique=False)
    op.create_table(
        "apiidempotency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("api_key_id", sa.Integer(), nullable=False),
        sa.Column("key", String(length=255), nullable=False),
        sa.Column("fingerprint", String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("body", JSON, nullable=False),
        sa.Column("created_at", Time(), nullable=False),
        sa.ForeignKeyConstraint(["api_key_id"], ["apikey.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("api_key_id", "key", name="uq_apiidempotency_key"),
    )
    with op.batch_alter_table("apiidempotency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_apiidempotency_api_key_id"), ["api_key_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_apiidempotency_created_at"), ["created_at"], unique=False)


    op.create_table(
        "webhookendpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("url", String(length=2000), nullable=False),
        sa.Column("description", String(length=200), nullable=False),
        sa.Column("events", JSON, nullable=False),
        sa.Column("secret", String(length=100), nullable=False),
        sa.Column("previous_secret", String(length=100), nullable=False),
        sa.Column("previous_secret_until", Time(), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("disabled_reason", String(length=300), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", Time(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_id"], ["user.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("webhookendpoint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_webhookendpoint_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_webhookendpoint_created_by_id"), ["created_by_id"], unique=False)
    op.create_table(
        "webhookdelivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("endpoint_id", sa.Integer(), nullable=False),
        sa.Column("message_id", String(length=40), nullable=False),
        sa.Column("event_type", String(length=40), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("status", String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_error", String(length=500), nullable=False),
        sa.Column("next_attempt_at", Time(), nullable=True),
        sa.Column("created_at", Time(), nullable=False),
        sa.Column("delivered_at", Time(), nullable=True),
        sa.ForeignKeyConstraint(["endpoint_id"], ["webhookendpoint.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("webhookdelivery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_webhookdelivery_endpoint_id"), ["endpoint_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_webhookdelivery_message_id"), ["message_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_webhookdelivery_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_webhookdelivery_next_attempt_at"), ["next_attempt_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_webhookdelivery_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_table("webhookdelivery")
    op.drop_table("webhookendpoint")
    op.drop_table("apiidempotency")
    op.drop_table("apikey")
