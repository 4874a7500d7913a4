"""A published showcase site, a client on its own origin, and a clean view buffer and salt cache."""

from __future__ import annotations

import pytest

from ..people import org_with_people
from ..publishing.conftest import host, project_id, showcase, site_client  # noqa: F401  (fixtures)

CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/131.0.0.0 Safari/537.36")
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.5 Mobile/15E148 Safari/604.1")


@pytest.fixture(autouse=True)
def clean_analytics(database_url):
    from bubblegum.api.site_views import forget_sites
    from bubblegum.services import rate_limit
    from bubblegum.services.analytics.ingest import BUFFER
    from bubblegum.services.analytics.metrics import forget_live
    from bubblegum.services.analytics.visitors import forget_cached_salts

    rate_limit.reset_all()
    forget_cached_salts()
    forget_sites()
    forget_live()
    BUFFER.flush()
    yield
    BUFFER.flush()
    forget_cached_salts()
    forget_live()
    rate_limit.reset_all()


@pytest.fixture
def people_site(project_id):  # noqa: F811
    """The site moved into an organization with a member of every role (and an outsider)."""
    from bubblegum.db import session_scope
    from bubblegum.models import Project

    with session_scope() as db:
        org, people = org_with_people(db)
        db.get(Project, project_id).organization_id = org.id
    return project_id, {role: user.id for role, user in people.items()}


@pytest.fixture
def published(project_id) -> int:  # noqa: F811
    from bubblegum.services.publishing.deploy import publish

    publish(project_id)
    return project_id


def beacon(client, body: dict | str, *, agent: str = CHROME, **headers):
    """Post a page view as the beacon does (form-encoded, from the site's own origin)."""
    from urllib.parse import urlencode

    data = body if isinstance(body, str) else urlencode(body)
    client_headers = {**host(), "user-agent": agent, "content-type": "application/x-www-form-urlencoded",
                      "sec-fetch-site": "same-origin", **headers}
    return client.post("/_bg/view", content=data, headers=client_headers)


def client_at(address: str):
    """The site server (body limit in front, as the app mounts it) seen from one client address."""
    from fastapi.testclient import TestClient

    from bubblegum.api import create_api, serve_site_hosts
    from bubblegum.api.body_limit import BodyLimitMiddleware

    return TestClient(BodyLimitMiddleware(serve_site_hosts(create_api())), client=(address, 5000))


def flushed_views():
    from sqlmodel import select

    from bubblegum.db import session_scope
    from bubblegum.models import PageView
    from bubblegum.services.analytics.ingest import BUFFER
    from bubblegum.services.analytics.metrics import forget_live

    BUFFER.flush()
    forget_live()  # today's figures are reused for 30 s; tests read them at once
    with session_scope() as session:
        return session.exec(select(PageView).order_by(PageView.id)).all()
