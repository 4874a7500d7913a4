"""Outgoing mail through one small interface: SMTP when SMTP_HOST is set, otherwise the
message is written to the log (and kept in a short in-memory outbox, which development
screens and tests read).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections import deque
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

from bubblegum.config import get_settings

log = logging.getLogger("bubblegum.mail")


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str


class Mailer(Protocol):
    def send(self, mail: Mail) -> None: ...


class LogMailer:
    """Development default: no mail server, the message goes to the log."""

    outbox: deque[Mail] = deque(maxlen=50)

    def send(self, mail: Mail) -> None:
        self.outbox.append(mail)
        log.warning("mail (no SMTP_HOST configured) to=%s subject=%r\n%s", mail.to, mail.subject, mail.body)


class SmtpMailer:
    """SMTP with STARTTLS on 587 (or TLS on 465) and optional login."""

    def __init__(self, host: str, port: int, user: str | None, password: str | None, sender: str):
        self.host, self.port, self.user, self.password, self.sender = host, port, user, password, sender

    def send(self, mail: Mail) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, mail.to, mail.subject
        message.set_content(mail.body)
        context = ssl.create_default_context()
        if self.port == 465:
            client = smtplib.SMTP_SSL(self.host, self.port, timeout=15, context=context)
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=15)
        with client:
            if self.port != 465 and client.has_extn("starttls"):
                client.starttls(context=context)
            if self.user:
                client.login(self.user, self.password or "")
            client.send_message(message)


def get_mailer() -> Mailer:
    settings = get_settings()
    if settings.smtp_host:
        return SmtpMailer(settings.smtp_host, settings.smtp_port, settings.smtp_user,
                          settings.smtp_password, settings.mail_from)
    return LogMailer()


def send(to: str, subject: str, body: str) -> None:
    get_mailer().send(Mail(to=to, subject=subject, body=body))


def shows_links_on_screen() -> bool:
    """In development without SMTP, screens show the link a mail would have carried."""
    settings = get_settings()
    return not settings.is_production and not settings.smtp_host


def app_link(path: str) -> str:
    return get_settings().app_url.rstrip("/") + path
