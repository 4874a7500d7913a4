"""Property-based test of the whole API against its own OpenAPI document (schemathesis) with
a real publish-scope key: no answer is a server error, and every answer - status code,
content type, headers and body - is one the document describes.

Operations are driven one by one with hypothesis (schemathesis' pytest plugin does not run
on pytest 9); every operation's failure is collected before the test fails."""

from __future__ import annotations

from collections import Counter

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from schemathesis.specs.openapi import checks as openapi_checks

from bubblegum.api import create_api

from .conftest import auth

CHECKS = [checks.not_a_server_error, openapi_checks.status_code_conformance, openapi_checks.content_type_conformance,
          openapi_checks.response_headers_conformance, openapi_checks.response_schema_conformance]
EXAMPLES = 30


def _aim_at_real_ids(case, world) -> None:
    """Half the generated ids (the even ones) are swapped for the test site and its home page,
    so the generated bodies reach real documents, not only 404s (deleting stays random)."""
    params = case.path_parameters or {}
    if case.method == "DELETE" and case.path == "/sites/{site_id}":
        return
    for name, real in (("site_id", world.site_id), ("page_id", world.home_id)):
        if isinstance(params.get(name), int) and params[name] % 2 == 0:
            params[name] = real


def test_api_matches_its_openapi(world, monkeypatch) -> None:
    from bubblegum.config import get_settings

    monkeypatch.setenv("BUBBLEGUM_API_RATE_LIMIT", "1000000/minute")
    get_settings.cache_clear()
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_api())
    headers = auth(world.keys["publish"])
    failures, operations, statuses = {}, 0, Counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case) -> None:
            _aim_at_real_ids(case, world)
            statuses[case.call_and_validate(headers=headers, checks=CHECKS).status_code] += 1

        try:
            check()
        except Exception as failure:  # noqa: BLE001 - every operation's failure is reported
            failures[operation.label] = str(failure)[:3000]
    print("answers by status:", dict(sorted(statuses.items())))
    assert operations >= 20 and statuses[200] >= 50  # real data was reached, not only refusals
    assert not failures, "\n\n".join(f"{label}:\n{text}" for label, text in failures.items())
