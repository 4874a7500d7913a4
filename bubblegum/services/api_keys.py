"""API keys of an organization: created and revoked by its admins, shown once.

A key reads `bg_live_` + 30 random base62 characters + 6 characters of CRC32 checksum over
them (as GitHub's tokens): secret scanners can recognise it, and a mistyped key is refused
without a database look-up. Only its SHA-256 is stored. Authenticating a key yields a
`policy.KeyActor`: the person who created the key, held to the key's organization and scope,
so every service checks an API caller exactly as it checks that person in the editor.
"""

from __future__ import annotations

import secrets
import string
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from bubblegum.db import utcnow
from bubblegum.models import ApiKey, User
from bubblegum.services import audit
from bubblegum.services.errors import InvalidInput, NotAuthenticated, NotFound
from bubblegum.services.policy import SCOPES, Action, KeyActor, require
from bubblegum.services.tokens import as_aware, token_hash

PREFIX = "bg_live_"
BASE62 = string.digits + string.ascii_letters
RANDOM_LENGTH, CHECKSUM_LENGTH = 30, 6
MAX_NAME = 80
LAST_USED_EVERY = timedelta(minutes=1)  # last-used time is written at most this often


@dataclass(frozen=True)
class KeyInfo:
    id: int
    name: str
    prefix: str
    scope: str
    created_by: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def _base62(number: int, width: int) -> str:
    digits = []
    for _ in range(width):
        number, digit = divmod(number, 62)
        digits.append(BASE62[digit])
    return "".join(reversed(digits))


def _checksum(body: str) -> str:
    return _base62(zlib.crc32(body.encode()), CHECKSUM_LENGTH)


def new_key() -> str:
    body = "".join(secrets.choice(BASE62) for _ in range(RANDOM_LENGTH))
    return PREFIX + body + _checksum(body)


def well_formed(key: str) -> bool:
    """Whether `key` has our prefix, length and a matching checksum."""
    if not key.startswith(PREFIX) or len(key) != len(PREFIX) + RANDOM_LENGTH + CHECKSUM_LENGTH:
        return False
    body, checksum = key[len(PREFIX):-CHECKSUM_LENGTH], key[-CHECKSUM_LENGTH:]
    return all(c in BASE62 for c in body) and secrets.compare_digest(_checksum(body), checksum)


def _info(key: ApiKey, email: str | None) -> KeyInfo:
    return KeyInfo(key.id, key.name, key.prefix, key.scope, email or "", as_aware(key.created_at),
                   as_aware(key.last_used_at), as_aware(key.revoked_at))


def create(session: Session, user_id: int, org_id: int, name: str, scope: str) -> tuple[KeyInfo, str]:
    """A new key (admins); the key itself is returned this once and never again."""
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(f"Give the key a name of at most {MAX_NAME} characters.", field="name")
    if scope not in SCOPES:
        raise InvalidInput("Choose the scope read, write or publish.", field="scope")
    require(session, user_id, org_id, Action.API_KEY_MANAGE)
    secret = new_key()
    key = ApiKey(organization_id=org_id, name=name, prefix=secret[:len(PREFIX) + 4], token_hash=token_hash(secret),
                 scope=scope, created_by_id=user_id)
    session.add(key)
    session.flush()
    audit.record(session, "api_key.created", org_id=org_id, actor_id=user_id, target_type="api_key",
                 target_id=key.id, name=name, scope=scope)
    return _info(key, session.get(User, user_id).email), secret


def list_keys(session: Session, user_id: int, org_id: int) -> list[KeyInfo]:
    require(session, user_id, org_id, Action.API_KEY_MANAGE)
    rows = session.exec(select(ApiKey, User.email).join(User, User.id == ApiKey.created_by_id, isouter=True)
                        .where(ApiKey.organization_id == org_id).order_by(ApiKey.id.desc())).all()
    return [_info(key, email) for key, email in rows]


def revoke(session: Session, user_id: int, org_id: int, key_id: int) -> KeyInfo:
    """Revoke at once: the next request with the key is refused."""
    require(session, user_id, org_id, Action.API_KEY_MANAGE)
    key = session.get(ApiKey, key_id) if isinstance(key_id, int) else None
    if key is None or key.organization_id != org_id:
        raise NotFound("That API key was not found.")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        audit.record(session, "api_key.revoked", org_id=org_id, actor_id=user_id, target_type="api_key",
                     target_id=key.id, name=key.name)
    return _info(key, None)


def authenticate(session: Session, secret: str) -> KeyActor:
    """The actor a key acts as; NotAuthenticated for a malformed, unknown or revoked key, or one
    whose creator is gone (the policy then checks their membership on every use)."""
    if not well_formed(secret or ""):
        raise NotAuthenticated("Send a valid API key as Authorization: Bearer bg_live_….")
    key = session.exec(select(ApiKey).where(ApiKey.token_hash == token_hash(secret))).first()
    if key is None or key.revoked_at is not None or key.created_by_id is None:
        raise NotAuthenticated("This API key is not valid (unknown or revoked).")
    now = utcnow()
    if key.last_used_at is None or as_aware(key.last_used_at) < now - LAST_USED_EVERY:
        key.last_used_at = now
    return KeyActor(key.created_by_id, key_id=key.id, org_id=key.organization_id, scope=key.scope)
