"""0006_leads_inbox gives posts stored before the inbox their sender and search text."""

from __future__ import annotations

import sqlalchemy as sa

from bubblegum.services.migrations import upgrade


def test_existing_posts_become_searchable_leads(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade("0002_ai_usage", url=url)
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("INSERT INTO organization (name, slug, plan, created_at) "
                                   "VALUES ('A', 'a', 'self_hosted', '2026-01-01 00:00:00')"))
        connection.execute(sa.text("INSERT INTO project (organization_id, name, slug, theme, settings, language, "
                                   "created_at, updated_at) VALUES (1, 'S', 's', '{}', '{}', 'en', "
                                   "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        connection.execute(sa.text("INSERT INTO submission (project_id, kind, page_slug, data, ip_hash, created_at) "
                                   "VALUES (1, 'contact', 'contact', :data, '', '2026-01-01 00:00:00')"),
                           {"data": '{"name": "Ada", "email": "Ada@Example.com", "message": "Kitchen in May?"}'})
    engine.dispose()
    upgrade("head", url=url)
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        row = connection.execute(sa.text("SELECT sender, search_text, spam_reason, starred FROM submission")).one()
    engine.dispose()
    assert tuple(row) == ("ada@example.com", "ada ada@example.com kitchen in may? contact", "", 0)
