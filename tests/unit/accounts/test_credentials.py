"""E-mail syntax, password strength and hashing, token hashing, slugs, the role table."""

from __future__ import annotations

import pytest

from bubblegum.models import Role
from bubblegum.services import credentials, policy, slugs, tokens
from bubblegum.services.errors import InvalidInput


@pytest.mark.parametrize("email", ["", "plain", "a@", "@b.com", "a b@c.com"])
def test_bad_email(email):
    with pytest.raises(InvalidInput) as error:
        credentials.normalize_email(email)
    assert error.value.field == "email"


def test_email_is_normalized():
    assert credentials.normalize_email("  Ada.Lovelace@Example.COM ") == "ada.lovelace@example.com"


@pytest.mark.parametrize("password", ["short", "1234567890", "password123", "qwertyuiop12", "x" * 257])
def test_weak_passwords_are_refused_with_a_reason(password):
    with pytest.raises(InvalidInput) as error:
        credentials.check_password_strength(password)
    assert error.value.field == "password" and len(error.value.message) > 20


def test_password_built_from_the_email_is_refused():
    with pytest.raises(InvalidInput):
        credentials.check_password_strength("ada.lovelace2024", user_inputs=["ada.lovelace@example.com"])


def test_strong_password_hashes_with_argon2id():
    credentials.check_password_strength("mauve kettle orbit lantern")
    hashed = credentials.hash_password("mauve kettle orbit lantern")
    assert hashed.startswith("$argon2id$")
    assert credentials.verify_password(hashed, "mauve kettle orbit lantern")
    assert not credentials.verify_password(hashed, "mauve kettle orbit lanterns")
    assert not credentials.verify_password(None, "anything")
    assert not credentials.verify_password("garbage", "anything")


def test_tokens_are_random_and_hashed():
    first, second = tokens.new_token(), tokens.new_token()
    assert first != second and len(first) >= 43
    assert tokens.token_hash(first) != first and len(tokens.token_hash(first)) == 64


def test_slugify():
    assert slugs.slugify("Ça Marche — Bäckerei Köln!") == "ca-marche-backerei-koln"
    assert slugs.slugify("---") == "site"
    assert len(slugs.slugify("a" * 200)) == 63


def test_roles_are_ordered():
    owner_actions = policy.allowed_actions(Role.owner)
    assert owner_actions == set(policy.Action)
    assert policy.allowed_actions(Role.viewer) < policy.allowed_actions(Role.editor) \
        < policy.allowed_actions(Role.admin) < owner_actions
    assert policy.allowed_actions(None) == set()
