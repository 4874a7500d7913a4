"""A safety net for the logs: bearer tokens never reach them.

No code path logs a token on purpose (mail bodies go to the outbox, not the log); this catches
what slips through anyway: a link in an exception message, a framework's traceback, an access
log line (uvicorn logs `GET /reset?token=...` when the prod app serves the page). `install()`
wraps the process's log-record factory, so every record of every logger and handler is
redacted once, when it is made: its template, its arguments and its traceback text.

Redacted: the values of link parameters that carry secrets (`?token=`, `invite=`, `confirm=`…),
`Bearer …` credentials, the session cookie, and any other token-shaped word (32 or more URL-safe
characters mixing upper case, lower case and digits: `secrets.token_urlsafe` output).
"""

from __future__ import annotations

import logging
import re

REDACTED = "[redacted]"
SECRET_PARAMETERS = re.compile(
    r"(?i)\b((?:token|invite|confirm|code|key|secret|password|api_key|access_token|bg_session)=)[^&\s\"'<>;,%]+")
BEARER = re.compile(r"(?i)\b(bearer\s+)[^\s\"'<>;,%]+")  # no "%": a template's placeholder stays
TOKEN_SHAPED = re.compile(r"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[0-9])"
                          r"[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])")

_installed = False


def redact(text: str) -> str:
    text = SECRET_PARAMETERS.sub(lambda match: match.group(1) + REDACTED, text)
    text = BEARER.sub(lambda match: match.group(1) + REDACTED, text)
    return TOKEN_SHAPED.sub(REDACTED, text)


def _redact_value(value):
    """A string redacted; any other value as it is, unless its text carries a secret."""
    if isinstance(value, (int, float)) or value is None:
        return value
    text = value if isinstance(value, str) else str(value)
    clean = redact(text)
    return value if clean == text else clean


def _redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Redact the template and each argument in place, so formatters that read `record.args`
    themselves (uvicorn's access log) keep working; a secret only the whole message shows
    ("token=%s" with a short value) flattens the record into its redacted message."""
    if isinstance(record.msg, str):
        record.msg = redact(record.msg)
    if isinstance(record.args, dict):
        record.args = {key: _redact_value(value) for key, value in record.args.items()}
    elif record.args:
        record.args = tuple(_redact_value(value) for value in record.args)
    try:
        message = record.getMessage()
    except (TypeError, ValueError, KeyError):  # a broken template: logging reports it as usual
        message = None
    if message is not None and redact(message) != message:
        record.msg, record.args = redact(message), ()
    if record.exc_info and not record.exc_text:
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


def install() -> None:
    """Redact every log record this process makes from now on (idempotent)."""
    global _installed
    if _installed:
        return
    make_record = logging.getLogRecordFactory()
    logging.setLogRecordFactory(lambda *args, **kwargs: _redact_record(make_record(*args, **kwargs)))
    _installed = True
