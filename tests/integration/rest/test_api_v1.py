"""The REST API v1 through HTTP: keys and scopes, sites, pages, content with ETag/If-Match,
block types, publishing as a job, rollback, the error envelope for every error, rate limits
and Idempotency-Key."""

from __future__ import annotations

from bubblegum.services import jobs

from .conftest import auth

V1 = "/api/v1"


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is False and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_a_key_is_required_and_checked(world, client) -> None:
    _error(client.get(f"{V1}/sites"), 401, "NOT_AUTHENTICATED")
    _error(client.get(f"{V1}/sites", headers=auth("bg_live_" + "x" * 36)), 401, "NOT_AUTHENTICATED")
    answer = client.get(f"{V1}/sites", headers=auth(world.keys["read"]))
    assert answer.status_code == 200
    assert [site["name"] for site in answer.json()["data"]] == ["Harbor Bakery"]
    assert int(answer.headers["RateLimit-Remaining"]) < int(answer.headers["RateLimit-Limit"])


def test_framework_errors_use_the_envelope(world, client) -> None:
    read = auth(world.keys["read"])
    _error(client.get(f"{V1}/nowhere", headers=read), 404, "NOT_FOUND")
    _error(client.put(f"{V1}/sites", headers=read), 405, "METHOD_NOT_ALLOWED")
    error = _error(client.get(f"{V1}/sites?limit=500", headers=read), 422, "INVALID_INPUT")
    assert error["details"]["errors"][0]["field"] == "query.limit"
    error = _error(client.post(f"{V1}/sites", json={"name": 3}, headers=auth(world.keys["write"])), 422,
                   "INVALID_INPUT")
    assert error["details"]["errors"][0]["field"] == "body.name"


def test_sites_lifecycle(world, client) -> None:
    write = auth(world.keys["write"])
    made = client.post(f"{V1}/sites", json={"name": "Second"}, headers=write)
    assert made.status_code == 201, made.text
    site = made.json()
    assert site["slug"] and site["language"] == "en" and site["theme"] == {} or isinstance(site["theme"], dict)
    changed = client.patch(f"{V1}/sites/{site['id']}", json={"description": "Fresh bread daily",
                                                              "theme": {"preset": "bold"}}, headers=write)
    assert changed.status_code == 200, changed.text
    assert changed.json()["description"] == "Fresh bread daily" and changed.json()["theme"]["preset"] == "bold"
    assert client.delete(f"{V1}/sites/{site['id']}", headers=write).json()["deleted_at"]
    _error(client.get(f"{V1}/sites/{site['id']}", headers=write), 404, "NOT_FOUND")
    assert [s["id"] for s in client.get(f"{V1}/sites?trashed=true", headers=write).json()["data"]] == [site["id"]]
    assert client.post(f"{V1}/sites/{site['id']}/restore", headers=write).json()["deleted_at"] is None
    _error(client.post(f"{V1}/sites", json={"name": "No"}, headers=auth(world.keys["read"])), 403, "FORBIDDEN")


def test_cursor_pagination(world, client) -> None:
    write = auth(world.keys["write"])
    for n in range(4):
        client.post(f"{V1}/sites", json={"name": f"Site {n}"}, headers=write)
    seen, cursor = [], None
    while True:
        answer = client.get(f"{V1}/sites", params={"limit": 2, **({"cursor": cursor} if cursor else {})},
                            headers=write).json()
        seen += [site["id"] for site in answer["data"]]
        cursor = answer["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 5 and seen == sorted(seen, reverse=True)
    _error(client.get(f"{V1}/sites?cursor=bogus", headers=write), 422, "INVALID_INPUT")


def test_pages_and_content_with_etags(world, client) -> None:
    write, base = auth(world.keys["write"]), f"{V1}/sites/{world.site_id}/pages"
    page = client.post(base, json={"title": "About us", "slug": "about"}, headers=write)
    assert page.status_code == 201, page.text
    page_id = page.json()["id"]
    assert client.patch(f"{base}/{page_id}", json={"title": "About"}, headers=write).json()["title"] == "About"
    read = client.get(f"{base}/{world.home_id}/content", headers=write)
    etag, document = read.headers["ETag"], read.json()["document"]
    document["content"].append({"id": "b_test01", "type": "cta", "props": {"title": "Visit us"}})
    _error(client.put(f"{base}/{world.home_id}/content", json={"document": document}, headers=write), 428,
           "PRECONDITION_REQUIRED")
    saved = client.put(f"{base}/{world.home_id}/content", json={"document": document},
                       headers={**write, "If-Match": etag})
    assert saved.status_code == 200, saved.text
    assert saved.headers["ETag"] != etag
    _error(client.put(f"{base}/{world.home_id}/content", json={"document": document},
                      headers={**write, "If-Match": etag}), 412, "PRECONDITION_FAILED")
    patched = client.patch(f"{base}/{world.home_id}/content/blocks/b_test01", json={"props": {"title": "Come in"}},
                           headers=write)
    assert patched.status_code == 200, patched.text
    assert patched.json()["document"]["content"][-1]["props"]["title"] == "Come in"
    _error(client.patch(f"{base}/{world.home_id}/content/blocks/b_test01", json={"props": {"title": 5}},
                        headers=write), 422, "INVALID_INPUT")
    _error(client.patch(f"{base}/{world.home_id}/content/blocks/b_none", json={"props": {}}, headers=write),
           404, "NOT_FOUND")
    order = [page_id, world.home_id]
    assert [p["id"] for p in client.put(f"{base}/order", json={"page_ids": order}, headers=write).json()] == order
    assert client.delete(f"{base}/{page_id}", headers=write).status_code == 204
    _error(client.delete(f"{base}/{world.home_id}", headers=write), 422, "INVALID_INPUT")


def test_block_types_and_schemas(world, client) -> None:
    read = auth(world.keys["read"])
    types = client.get(f"{V1}/block-types", headers=read).json()
    assert "hero" in [t["type"] for t in types]
    hero = client.get(f"{V1}/block-types/hero", headers=read).json()
    assert hero["json_schema"]["type"] == "object" and "title" in hero["json_schema"]["properties"]
    _error(client.get(f"{V1}/block-types/nope", headers=read), 404, "NOT_FOUND")


def test_publish_is_a_job_merged_while_queued_and_rollback(world, client) -> None:
    publish, base = auth(world.keys["publish"]), f"{V1}/sites/{world.site_id}/deployments"
    _error(client.post(base, headers=auth(world.keys["write"])), 403, "FORBIDDEN")
    first = client.post(base, headers=publish)
    assert first.status_code == 202 and first.json()["status"] == "queued"
    assert client.post(base, headers=publish).json()["id"] == first.json()["id"]  # merged
    assert jobs.run_job_now(first.json()["id"]).status == jobs.DONE
    job = client.get(f"{V1}/jobs/{first.json()['id']}", headers=publish).json()
    assert job["status"] == "done" and job["progress"] == 1.0
    second = client.post(base, headers=publish).json()
    jobs.run_job_now(second["id"])
    listed = client.get(base, headers=publish).json()["data"]
    assert [d["live"] for d in listed] == [True, False] and all(d["status"] == "ready" for d in listed)
    back = client.post(f"{base}/{listed[1]['id']}/rollback", headers=publish)
    assert back.status_code == 200 and back.json()["live"]
    assert client.get(f"{base}/{listed[1]['id']}", headers=publish).json()["live"] is True


def test_another_organizations_ids_are_not_found(world, client) -> None:
    foreign = auth(world.keys["foreign"])
    site = f"{V1}/sites/{world.site_id}"
    for method, path in [("get", site), ("patch", site), ("delete", site), ("get", f"{site}/pages"),
                         ("get", f"{site}/pages/{world.home_id}/content"), ("post", f"{site}/deployments"),
                         ("get", f"{site}/deployments"), ("get", f"{site}/assets")]:
        answer = client.request(method.upper(), path, headers=foreign, **({"json": {}} if method == "patch" else {}))
        _error(answer, 404, "NOT_FOUND")
    assert [s["id"] for s in client.get(f"{V1}/sites", headers=foreign).json()["data"]] == [world.foreign_site_id]


def test_rate_limit_answers_429_with_retry_after(world, client, monkeypatch) -> None:
    from bubblegum.config import get_settings

    monkeypatch.setenv("BUBBLEGUM_API_RATE_LIMIT", "3/minute")
    get_settings.cache_clear()
    read = auth(world.keys["read"])
    remaining = [client.get(f"{V1}/block-types", headers=read).headers["RateLimit-Remaining"] for _ in range(3)]
    assert remaining == ["2", "1", "0"]
    refused = client.get(f"{V1}/block-types", headers=read)
    _error(refused, 429, "RATE_LIMITED")
    assert int(refused.headers["Retry-After"]) >= 1
    assert client.get(f"{V1}/block-types", headers=auth(world.keys["write"])).status_code == 200  # per key


def test_idempotency_key_replays_the_first_answer(world, client) -> None:
    write = {**auth(world.keys["write"]), "Idempotency-Key": "create-1"}
    first = client.post(f"{V1}/sites", json={"name": "Once"}, headers=write)
    again = client.post(f"{V1}/sites", json={"name": "Once"}, headers=write)
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert [s["name"] for s in client.get(f"{V1}/sites", headers=write).json()["data"]].count("Once") == 1
    _error(client.post(f"{V1}/sites", json={"name": "Other"}, headers=write), 422, "INVALID_INPUT")


def test_revoked_key_is_refused_at_once(world, client) -> None:
    from bubblegum.db import session_scope
    from bubblegum.services import api_keys

    read = auth(world.keys["read"])
    assert client.get(f"{V1}/sites", headers=read).status_code == 200
    with session_scope() as db:
        key_id = next(k.id for k in api_keys.list_keys(db, *_owner(db, world)) if k.scope == "read")
        api_keys.revoke(db, *_owner(db, world), key_id)
    _error(client.get(f"{V1}/sites", headers=read), 401, "NOT_AUTHENTICATED")


def _owner(db, world) -> tuple[int, int]:
    from sqlmodel import select

    from bubblegum.models import User

    return db.exec(select(User.id).where(User.email == "owner@example.com")).one(), world.org_id


def test_nul_characters_are_refused_not_stored(world, client) -> None:
    """PostgreSQL cannot store NUL in text: refused with 422 before any service (schemathesis found it)."""
    write = auth(world.keys["write"])
    _error(client.post(f"{V1}/sites/generate", content='{"prompt": "\\u0000"}',
                       headers={**write, "content-type": "application/json"}), 422, "INVALID_INPUT")
    _error(client.get(f"{V1}/sites/{world.site_id}/assets?search=%00", headers=write), 422, "INVALID_INPUT")
    assert client.get(f"{V1}/sites/{world.site_id}/assets?search=bread", headers=write).status_code == 200
