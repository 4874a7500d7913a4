"""Mail without SMTP waits in an outbox the operator reads (files 0600, not the log, not the
screen); with SMTP_HOST it goes out through STARTTLS, tried against aiosmtpd on loopback."""

from __future__ import annotations

import json
import logging
import socket
import stat
import subprocess

import pytest
from typer.testing import CliRunner

from bubblegum.cli import app
from bubblegum.config import get_settings
from bubblegum.services import mail, mail_outbox


def test_outbox_keeps_mail_for_the_operator_only(outbox, caplog):
    caplog.set_level(logging.DEBUG)
    mail.send("ada@example.com", "Reset your password", "Here: http://localhost:3000/reset?token=SECRET123")
    [kept] = outbox()
    folder = mail_outbox.outbox_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / f"{kept.id}.json").stat().st_mode) == 0o600
    assert kept.to == "ada@example.com" and "SECRET123" in kept.body
    assert "SECRET123" not in caplog.text and kept.id in caplog.text


def test_cli_lists_and_shows_the_outbox(outbox):
    for number in range(3):
        mail.send(f"p{number}@example.com", f"Message {number}", f"body {number}")
    listed = CliRunner().invoke(app, ["mail", "outbox", "--json", "--limit", "2"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert [row["subject"] for row in rows] == ["Message 2", "Message 1"]
    table = CliRunner().invoke(app, ["mail", "outbox"])
    assert "p0@example.com" in table.output
    shown = CliRunner().invoke(app, ["mail", "show", rows[0]["id"]])
    assert shown.exit_code == 0 and "body 2" in shown.output
    missing = CliRunner().invoke(app, ["mail", "show", "../secret_key"])
    assert missing.exit_code == 1 and "No message" in missing.output


def test_empty_outbox_says_so(outbox):
    assert "empty" in CliRunner().invoke(app, ["mail", "outbox"]).output


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_links_are_off_screen_in_every_environment_by_default(monkeypatch, env):
    monkeypatch.setenv("BUBBLEGUM_ENV", env)
    get_settings.cache_clear()
    assert mail.shows_links_on_screen() is False
    monkeypatch.setenv("BUBBLEGUM_DEV_SHOW_LINKS", "1")
    get_settings.cache_clear()
    assert mail.shows_links_on_screen() is True
    get_settings.cache_clear()


@pytest.fixture
def tls_files(tmp_path):
    """A self-signed certificate for 127.0.0.1, trusted through SSL_CERT_FILE."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope, session.ssl is not None))
        return "250 OK"


def smtp_server(**kwargs):
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    return controller, inbox


def use_smtp(monkeypatch, port: int) -> None:
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(port))
    get_settings.cache_clear()


def test_smtp_sends_through_starttls(monkeypatch, tls_files, outbox):
    import ssl

    cert, key = tls_files
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    controller, inbox = smtp_server(tls_context=context, require_starttls=True)
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        use_smtp(monkeypatch, controller.port)
        mail.send("ada@example.com", "Hello", "Over TLS")
    finally:
        controller.stop()
        get_settings.cache_clear()
    [(envelope, encrypted)] = inbox.messages
    assert encrypted and envelope.rcpt_tos == ["ada@example.com"] and b"Over TLS" in envelope.content
    assert outbox() == []  # sent, not kept


def test_plain_smtp_only_to_a_relay_on_this_machine(monkeypatch):
    controller, inbox = smtp_server()
    try:
        use_smtp(monkeypatch, controller.port)
        mail.send("ada@example.com", "Hello", "Local relay")
        assert len(inbox.messages) == 1
        monkeypatch.setattr(mail, "is_loopback", lambda host: False)  # as if the server were on the network
        with pytest.raises(mail.MailError, match="does not offer STARTTLS"):
            mail.send("ada@example.com", "Hello", "Not in clear")
        assert len(inbox.messages) == 1
    finally:
        controller.stop()
        get_settings.cache_clear()


def test_the_outbox_keeps_the_newest_messages_only(outbox, monkeypatch):
    monkeypatch.setattr(mail_outbox, "MAX_KEPT", 3)
    for number in range(5):
        mail.send("ada@example.com", f"Message {number}", "body")
    assert [message.subject for message in outbox()] == ["Message 2", "Message 3", "Message 4"]
