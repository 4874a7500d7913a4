"""leads inbox: submission state and spam reason, per-site inbox settings, notification choices

Revision ID: 0006_leads_inbox
Revises: 0002_ai_usage
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
from sqlalchemy.dialects import postgresql

revision = "0006_leads_inbox"
down_revision = "0003_security_accounts"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sender", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("starred", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("spam_reason", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("spam_detail", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False,
                                      server_default=""))
        batch_op.create_index(batch_op.f("ix_submission_sender"), ["sender"], unique=False)
    _fill_sender_and_search_text()

    op.create_table(
        "leadinboxsettings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=False),
        sa.Column("blocked_senders", JSON, nullable=False),
        sa.Column("allowed_senders", JSON, nullable=False),
        sa.Column("word_weights", JSON, nullable=False),
        sa.Column("digest_sent_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("leadinboxsettings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leadinboxsettings_project_id"), ["project_id"], unique=True)

    op.create_table(
        "leadsubscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("mode", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("project_id", "user_id", name="uq_leadsubscription_project_user"),
    )
    with op.batch_alter_table("leadsubscription", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leadsubscription_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_leadsubscription_user_id"), ["user_id"], unique=False)


def _fill_sender_and_search_text() -> None:
    """Posts stored before the inbox: their sender and search text from their fields."""
    submission = sa.table("submission", sa.column("id", sa.Integer), sa.column("page_slug", sa.String),
                          sa.column("data", JSON), sa.column("sender", sa.String), sa.column("search_text", sa.Text))
    connection = op.get_bind()
    for row in connection.execute(sa.select(submission.c.id, submission.c.page_slug, submission.c.data)).all():
        data = row.data or {}
        fields = [str(data[key]) for key in ("name", "email", "phone", "message") if data.get(key)]
        connection.execute(submission.update().where(submission.c.id == row.id).values(
            sender=str(data.get("email", "")).lower()[:320], search_text=" ".join([*fields, row.page_slug or ""]).lower()))


def downgrade() -> None:
    with op.batch_alter_table("leadsubscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leadsubscription_user_id"))
        batch_op.drop_index(batch_op.f("ix_leadsubscription_project_id"))
    op.drop_table("leadsubscription")
    with op.batch_alter_table("leadinboxsettings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leadinboxsettings_project_id"))
    op.drop_table("leadinboxsettings")
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_submission_sender"))
        for column in ("spam_detail", "spam_reason", "archived", "starred", "search_text", "sender"):
            batch_op.drop_column(column)
