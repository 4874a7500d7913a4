"""Page history is bounded: one person's consecutive autosaves coalesce, and the oldest
autosaves are pruned past the per-page limits; named and published versions always stay."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import select

from bubblegum.config import get_settings
from bubblegum.db import session_scope, utcnow
from bubblegum.models import PageVersion
from bubblegum.services import page_history, pages
from bubblegum.services.errors import Conflict

from .test_pages_service import hero, site  # noqa: F401  (fixture)


def save(site, who: str, title: str, *, note: str = "") -> PageVersion:
    with session_scope() as session:
        base = pages.latest(session, site["home"]).number
        return pages.save(session, site[who], site["project"], site["home"], hero(title), base_version=base,
                          note=note)


def numbers(site) -> list[int]:
    with session_scope() as session:
        return [v.number for v in pages.history(session, site["owner"], site["project"], site["home"])]


def titles(site) -> list[str]:
    with session_scope() as session:
        rows = session.exec(select(PageVersion).where(PageVersion.page_id == site["home"])
                            .order_by(PageVersion.number)).all()
        return [(v.document["content"] or [{"props": {"title": "(empty)"}}])[0]["props"]["title"] for v in rows]


@pytest.fixture
def limits(monkeypatch):
    def set_limits(**values):
        for name, value in values.items():
            monkeypatch.setenv(f"BUBBLEGUM_{name.upper()}", str(value))
        get_settings.cache_clear()

    yield set_limits
    get_settings.cache_clear()


def test_consecutive_autosaves_by_one_person_replace_each_other(site):
    for title in ("A", "AB", "ABC"):
        latest = save(site, "editor", title)
    assert numbers(site) == [4, 1] and latest.number == 4
    assert titles(site) == ["(empty)", "ABC"]


def test_an_editor_holding_a_replaced_number_gets_a_conflict(site):
    save(site, "editor", "A")
    save(site, "editor", "AB")  # version 2 became version 3
    with pytest.raises(Conflict), session_scope() as session:
        pages.save(session, site["owner"], site["project"], site["home"], hero("stale"), base_version=2)
    assert titles(site) == ["(empty)", "AB"]


def test_another_person_a_named_version_or_a_published_one_are_never_replaced(site):
    save(site, "editor", "mine")
    save(site, "owner", "theirs")
    save(site, "owner", "named", note="Before the launch")
    save(site, "owner", "after the name")
    with session_scope() as session:
        page_history.mark_published(session, [pages.latest(session, site["home"]).id])
    save(site, "owner", "after the publish")
    assert titles(site) == ["(empty)", "mine", "theirs", "named", "after the name", "after the publish"]


def test_an_autosave_after_the_window_starts_a_new_version(site):
    save(site, "editor", "morning")
    with session_scope() as session:
        pages.latest(session, site["home"]).created_at = utcnow() - timedelta(minutes=11)
    save(site, "editor", "later")
    assert titles(site) == ["(empty)", "morning", "later"]


def test_pruning_by_count_keeps_named_published_and_newest(site, limits):
    limits(autosave_coalesce_seconds=0, page_history_max_versions=5)
    save(site, "editor", "first autosave")
    save(site, "editor", "named", note="Spring menu")
    save(site, "editor", "published")
    with session_scope() as session:
        page_history.mark_published(session, [pages.latest(session, site["home"]).id])
    for n in range(6):
        save(site, "editor", f"autosave {n}")
    assert titles(site) == ["named", "published", "autosave 3", "autosave 4", "autosave 5"]


def test_pruning_by_bytes(site, limits):
    limits(autosave_coalesce_seconds=0)
    one = len(json.dumps(save(site, "editor", "autosave " + "x" * 100).document))
    limits(autosave_coalesce_seconds=0, page_history_max_bytes=int(one * 3.5))
    for n in range(10):
        save(site, "editor", f"autosave {n} " + "x" * 100)
    kept = titles(site)
    assert kept[-1].startswith("autosave 9") and len(kept) == 3


def test_a_publish_keeps_the_versions_it_rendered(site):
    from bubblegum.services.publishing.deploy import publish

    save(site, "editor", "live text")
    publish(site["project"], user_id=site["owner"])
    save(site, "editor", "next edit")  # would have replaced "live text" without the publish
    assert titles(site) == ["(empty)", "live text", "next edit"]
