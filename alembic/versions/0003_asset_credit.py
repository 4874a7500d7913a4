"""asset credit: attribution of photos taken from an image provider

Revision ID: 0003_asset_credit
Revises: 0002_ai_usage
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0003_asset_credit"
down_revision = "0002_ai_usage"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("asset") as batch:
        batch.add_column(sa.Column("credit", JSON, nullable=False, server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table("asset") as batch:
        batch.drop_column("credit")
