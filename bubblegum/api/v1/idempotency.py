"""`Idempotency-Key` on POSTs: the first answer (2xx) to a key's request is stored for 24 hours
and replayed for a repeat of the same request (marked `Idempotent-Replayed: true`); the same
Idempotency-Key with a different request is refused (422)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Annotated

from fastapi import Header
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import ApiIdempotency
from bubblegum.services.errors import InvalidInput
from bubblegum.services.policy import KeyActor

KEEP = timedelta(hours=24)
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=255,
                                              description="Repeat a POST safely: the first answer is replayed.")]


def respond(actor: KeyActor, key: str | None, request: tuple, run: Callable[[], tuple[int, dict]]) -> JSONResponse:
    """Run `run` (-> status, body) once per Idempotency-Key; `request` identifies what was asked."""
    if not key:
        status, body = run()
        return JSONResponse(body, status_code=status)
    fingerprint = hashlib.sha256(json.dumps(request, sort_keys=True, default=str).encode()).hexdigest()
    with session_scope() as db:
        db.execute(ApiIdempotency.__table__.delete().where(
            ApiIdempotency.__table__.c.created_at < utcnow() - KEEP))
        stored = db.exec(select(ApiIdempotency).where(ApiIdempotency.api_key_id == actor.key_id,
                                                      ApiIdempotency.key == key)).first()
    if stored is not None:
        if stored.fingerprint != fingerprint:
            raise InvalidInput("This Idempotency-Key was used for a different request.", field="Idempotency-Key")
        return JSONResponse(stored.body, status_code=stored.status_code, headers={"Idempotent-Replayed": "true"})
    status, body = run()
    if 200 <= status < 300:
        try:
            with session_scope() as db:
                db.add(ApiIdempotency(api_key_id=actor.key_id, key=key, fingerprint=fingerprint,
                                      status_code=status, body=body))
        except IntegrityError:  # a concurrent repeat stored its answer first
            pass
    return JSONResponse(body, status_code=status)
