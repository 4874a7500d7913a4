"""Errors raised by services. Each has a stable `code` (the REST envelope's error code),
a message a person can read, and the form `field` it concerns when there is one.

A service that raises one of these has changed nothing.
"""

from __future__ import annotations


class ServiceError(Exception):
    code = "ERROR"
    status = 400

    def __init__(self, message: str, *, field: str | None = None, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.details = details or {}


class InvalidInput(ServiceError):
    code = "INVALID_INPUT"
    status = 422


class NotAuthenticated(ServiceError):
    code = "NOT_AUTHENTICATED"
    status = 401

    def __init__(self, message: str = "Please log in to continue.", **kwargs):
        super().__init__(message, **kwargs)


class PermissionDenied(ServiceError):
    code = "FORBIDDEN"
    status = 403

    def __init__(self, message: str = "Your role in this organization does not allow that.", **kwargs):
        super().__init__(message, **kwargs)


class NotFound(ServiceError):
    code = "NOT_FOUND"
    status = 404


class Conflict(ServiceError):
    code = "CONFLICT"
    status = 409


class RateLimited(ServiceError):
    code = "RATE_LIMITED"
    status = 429

    def __init__(self, message: str = "Too many attempts. Please wait a few minutes and try again.",
                 *, retry_after: int = 0, **kwargs):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class UpstreamError(ServiceError):
    """An outside service (an image provider) did not answer as it should."""

    code = "UPSTREAM_ERROR"
    status = 502
