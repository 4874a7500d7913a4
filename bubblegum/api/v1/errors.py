"""One error envelope for everything under /api/v1, framework errors included:
`{"success": false, "error": {"code", "message", "details"}}`. Validation errors name each
field's path (`body.name`, `query.limit`) in `details.errors`."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from bubblegum.services.errors import RateLimited, ServiceError

log = logging.getLogger(__name__)

HTTP_CODES = {400: "BAD_REQUEST", 401: "NOT_AUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND",
              405: "METHOD_NOT_ALLOWED", 406: "NOT_ACCEPTABLE", 409: "CONFLICT", 412: "PRECONDITION_FAILED",
              413: "PAYLOAD_TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE", 428: "PRECONDITION_REQUIRED",
              429: "RATE_LIMITED"}


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: dict[str, Any]


class ErrorEnvelope(BaseModel):
    success: bool = False
    error: ErrorDetail


class ApiError(ServiceError):
    """An HTTP-level refusal of the API itself (a precondition, a header)."""

    def __init__(self, status: int, message: str, *, code: str | None = None, **kwargs):
        super().__init__(message, **kwargs)
        self.status, self.code = status, code or HTTP_CODES.get(status, "ERROR")


def envelope(status: int, code: str, message: str, details: dict | None = None,
             headers: dict | None = None) -> JSONResponse:
    body = {"success": False, "error": {"code": code, "message": message, "details": details or {}}}
    return JSONResponse(body, status_code=status, headers=headers)


def _field_path(loc: tuple) -> str:
    return ".".join(str(part) for part in loc)


async def _service_error(_request: Request, error: ServiceError) -> JSONResponse:
    details = dict(error.details)
    if error.field:
        details["field"] = error.field
    headers = {"Retry-After": str(max(1, error.retry_after))} if isinstance(error, RateLimited) else None
    return envelope(error.status, error.code, error.message, details, headers)


async def _validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
    errors = [{"field": _field_path(item.get("loc", ())), "message": item.get("msg", "Invalid value.")}
              for item in error.errors()]
    first = errors[0] if errors else {"field": "", "message": "Invalid request."}
    return envelope(422, "INVALID_INPUT", f"{first['field']}: {first['message']}", {"errors": errors})


async def _http_error(_request: Request, error: HTTPException) -> JSONResponse:
    message = error.detail if isinstance(error.detail, str) else "The request could not be answered."
    if error.status_code == 404:
        message = "There is nothing at this address."
    return envelope(error.status_code, HTTP_CODES.get(error.status_code, "ERROR"), message,
                    headers=getattr(error, "headers", None))


async def _unexpected(_request: Request, error: Exception) -> JSONResponse:
    log.exception("API request failed", exc_info=error)
    return envelope(500, "INTERNAL_ERROR", "Something went wrong on our side; the error was logged.")


URL_NUL, BODY_NUL = (b"%00", b"\x00"), (b"\x00", b"\\u0000")  # raw or escaped in JSON


async def refuse_nul(request: Request, call_next):
    """HTTP middleware: text with a NUL character (in the path, the query or a JSON body) is
    refused with 422, as no database column can store it."""
    raw = request.scope.get("raw_path", b"") + b"?" + request.scope.get("query_string", b"")
    body = await request.body() if request.method in ("POST", "PUT", "PATCH") else b""
    if any(marker in raw for marker in URL_NUL) or any(marker in body for marker in BODY_NUL):
        return envelope(422, "INVALID_INPUT", "Text may not contain NUL characters.", {"errors": []})
    return await call_next(request)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
    app.middleware("http")(refuse_nul)


def install_on_parent(app: FastAPI, prefix: str) -> None:
    """The enclosing app answers some paths under `prefix` itself (the mount's pattern does not
    match a newline): those get the envelope too; every other path keeps the app's handler."""
    from fastapi.exception_handlers import http_exception_handler

    async def handler(request: Request, error: HTTPException):
        if request.url.path.startswith(prefix + "/"):
            return await _http_error(request, error)
        return await http_exception_handler(request, error)

    app.add_exception_handler(HTTPException, handler)


def _doc(description: str) -> dict:
    return {"model": ErrorEnvelope, "description": description}


# Documented on every operation (the OpenAPI must match what the API answers).
COMMON_RESPONSES: dict[int | str, dict] = {
    401: _doc("Missing, malformed, unknown or revoked API key."),
    403: _doc("The key's scope or its creator's role does not allow this."),
    404: _doc("Not found, or it belongs to another organization."),
    422: _doc("Invalid input; details.errors names each field path."),
    429: {**_doc("Rate limit exceeded; retry after Retry-After seconds."),
          "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}}},
}
CONFLICT = _doc("It is in use or changed meanwhile; details say where.")
