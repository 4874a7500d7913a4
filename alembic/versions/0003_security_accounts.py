"""sign-up confirmations; custom domains released by a deleted organization

Revision ID: 0003_security_accounts
Revises: 0002_ai_usage
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0003_security_accounts"
down_revision = "0005_domain_verification"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signuprequest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("used_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signuprequest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signuprequest_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_signuprequest_token_hash"), ["token_hash"], unique=True)
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(sa.Column("released_domain", sqlmodel.sql.sqltypes.AutoString(length=253), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("released_domain")
    with op.batch_alter_table("signuprequest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signuprequest_token_hash"))
        batch_op.drop_index(batch_op.f("ix_signuprequest_email"))
    op.drop_table("signuprequest")
