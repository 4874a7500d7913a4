"""cookie-free analytics: page views keyed by a daily salt, hourly and daily rollups

Revision ID: 0007_analytics
Revises: 0004_bounded_resources
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0007_analytics'
down_revision = '0008_billing'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('analyticssalt',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('salt', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    op.create_table('analyticsdaily',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('visitors', sa.Integer(), nullable=False),
    sa.Column('visits', sa.Integer(), nullable=False),
    sa.Column('pageviews', sa.Integer(), nullable=False),
    sa.Column('bounces', sa.Integer(), nullable=False),
    sa.Column('duration_seconds', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('project_id', 'day', name='uq_analyticsdaily_project_day')
    )
    op.create_table('analyticshourly',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('hour', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('visitors', sa.Integer(), nullable=False),
    sa.Column('visits', sa.Integer(), nullable=False),
    sa.Column('pageviews', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('project_id', 'hour', name='uq_analyticshourly_project_hour')
    )
    op.create_table('analyticstop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('dimension', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('visitors', sa.Integer(), nullable=False),
    sa.Column('visits', sa.Integer(), nullable=False),
    sa.Column('pageviews', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('analyticstop', schema=None) as batch_op:
        batch_op.create_index('ix_analyticstop_project_dimension_day', ['project_id', 'dimension', 'day'], unique=False)

    op.create_table('pageview',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('visitor', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('path', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('referrer', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('utm_source', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('utm_medium', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('utm_campaign', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('device', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('browser', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('os', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pageview', schema=None) as batch_op:
        batch_op.create_index('ix_pageview_project_created', ['project_id', 'created_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('pageview', schema=None) as batch_op:
        batch_op.drop_index('ix_pageview_project_created')

    op.drop_table('pageview')
    with op.batch_alter_table('analyticstop', schema=None) as batch_op:
        batch_op.drop_index('ix_analyticstop_project_dimension_day')

    op.drop_table('analyticstop')
    op.drop_table('analyticshourly')
    op.drop_table('analyticsdaily')
    op.drop_table('analyticssalt')
