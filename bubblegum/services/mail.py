"""Outgoing mail through one small interface: SMTP when SMTP_HOST is set, otherwise the
outbox the operator reads (services.mail_outbox). A message body never goes to the log: it
carries single-use links.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

from bubblegum.config import get_settings, is_loopback
from bubblegum.services import mail_outbox

log = logging.getLogger("bubblegum.mail")


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str


class MailError(RuntimeError):
    """The message could not be handed to the mail server."""


class Mailer(Protocol):
    def send(self, mail: Mail) -> None: ...


class OutboxMailer:
    """The default with no mail server: the message waits in the outbox (`bubblegum mail outbox`)."""

    def send(self, mail: Mail) -> None:
        stored = mail_outbox.store(mail.to, mail.subject, mail.body)
        log.info("mail kept in the outbox (no SMTP_HOST): id=%s subject=%r", stored.id, mail.subject)


class SmtpMailer:
    """SMTP with STARTTLS (or TLS on 465) and optional login. Without TLS it sends only to a
    relay on this machine (loopback): never a password or a link in clear over a network."""

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
            client.ehlo()  # has_extn reads the features this answer lists
            if self.port != 465:
                if client.has_extn("starttls"):
                    client.starttls(context=context)
                    client.ehlo()
                elif not is_loopback(self.host):
                    raise MailError(f"The mail server {self.host}:{self.port} does not offer STARTTLS; "
                                    f"Bubble Gum sends mail in clear only to a relay on this machine.")
            if self.user:
                client.login(self.user, self.password or "")
            client.send_message(message)


def get_mailer() -> Mailer:
    settings = get_settings()
    if settings.smtp_host:
        return SmtpMailer(settings.smtp_host, settings.smtp_port, settings.smtp_user,
                          settings.smtp_password, settings.mail_from)
    return OutboxMailer()


def send(to: str, subject: str, body: str) -> None:
    get_mailer().send(Mail(to=to, subject=subject, body=body))


def shows_links_on_screen() -> bool:
    """Only with the local-development opt-in (BUBBLEGUM_DEV_SHOW_LINKS, loopback only) does a
    screen show the link a mail carried; whatever BUBBLEGUM_ENV says, it is never on otherwise."""
    return get_settings().dev_show_links


def app_link(path: str) -> str:
    return get_settings().app_url.rstrip("/") + path
