"""Checking and hashing what people type: e-mail syntax, password strength (zxcvbn),
argon2id hashes. Pure functions, no database."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from zxcvbn import zxcvbn

from bubblegum.services.errors import InvalidInput

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256
MIN_ZXCVBN_SCORE = 3  # "safely unguessable: moderate protection from offline slow-hash scenario"

_hasher = PasswordHasher()  # argon2id with argon2-cffi's RFC 9106 low-memory profile
# Verified against when an e-mail has no account, so a miss costs as long as a hit.
_DUMMY_HASH = _hasher.hash("not a real password, only here for timing")


def normalize_email(email: str, field: str = "email") -> str:
    """The address in canonical form (lower-cased), or InvalidInput."""
    email = (email or "").strip()
    if not email:
        raise InvalidInput("Enter your email address.", field=field)
    try:
        valid = validate_email(email, check_deliverability=False)
    except EmailNotValidError as error:
        raise InvalidInput(f"That email address is not valid: {error}", field=field) from None
    return valid.normalized.lower()


def check_password_strength(password: str, *, user_inputs: list[str] = (), field: str = "password") -> None:
    """Refuse short, long, weak and common passwords, saying why."""
    password = password or ""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"Use at least {MIN_PASSWORD_LENGTH} characters.", field=field)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(f"Use at most {MAX_PASSWORD_LENGTH} characters.", field=field)
    inputs = [value.lower() for value in user_inputs if value]
    personal = inputs + [value.split("@")[0] for value in inputs if "@" in value]
    if any(len(value) >= 4 and value in password.lower() for value in personal):
        raise InvalidInput("Do not use your email address or name in your password.", field=field)
    inputs += [part for value in inputs for part in value.replace("@", " ").replace(".", " ").split()]
    result = zxcvbn(password[:100], user_inputs=inputs)
    if result["score"] < MIN_ZXCVBN_SCORE:
        feedback = result.get("feedback") or {}
        hint = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
        message = "This password is too easy to guess."
        raise InvalidInput(f"{message} {hint}".strip() if hint else
                           f"{message} Try a longer phrase of unrelated words.", field=field)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant work whether or not there is a hash to check."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password or "") and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
