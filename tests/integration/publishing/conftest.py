"""A published-site fixture: the showcase example imported into a fresh organization."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[3]
SHOWCASE = json.loads((ROOT / "examples" / "showcase.json").read_text())


@pytest.fixture
def showcase() -> dict:
    return copy.deepcopy(SHOWCASE)


@pytest.fixture
def project_id(database_url, showcase, monkeypatch, tmp_path) -> int:
    from bubblegum.config import get_settings
    from bubblegum.db import session_scope
    from bubblegum.models import Organization
    from bubblegum.services.publishing.serving import forget_everything
    from bubblegum.services.publishing.site_documents import import_site

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    forget_everything()  # deployment ids restart with every test database
    with session_scope() as session:
        org = Organization(name="Harbor", slug="harbor")
        session.add(org)
        session.flush()
        return import_site(session, showcase, organization_id=org.id).id


@pytest.fixture
def site_client() -> TestClient:
    """The API with the Host-based site server in front, as the app mounts it."""
    from bubblegum.api import create_api, serve_site_hosts

    return TestClient(serve_site_hosts(create_api()))


def host(slug: str = "harbor-pine") -> dict:
    return {"host": f"{slug}.localhost:3000"}


def edit_page(project_id: int, slug: str, change) -> None:
    """Append a new version of one page with `change(document)` applied."""
    from sqlmodel import select

    from bubblegum.db import session_scope
    from bubblegum.models import Page, PageVersion
    from bubblegum.services.publishing.site_documents import latest_versions

    with session_scope() as session:
        page = session.exec(select(Page).where(Page.project_id == project_id, Page.slug == slug)).one()
        latest = latest_versions(session, [page.id])[page.id]
        document = copy.deepcopy(latest.document)
        change(document)
        session.add(PageVersion(page_id=page.id, number=latest.number + 1, document=document))
