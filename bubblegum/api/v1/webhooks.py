"""/api/v1/webhooks: the organization's webhook endpoints (CRUD, rotate the secret), their
deliveries and replay. Keys with the write scope, made by an admin."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from bubblegum.api.v1 import idempotency, paging
from bubblegum.api.v1.auth import Caller
from bubblegum.api.v1.schemas import (WebhookCreate, WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret,
                                      WebhookUpdate)
from bubblegum.db import session_scope
from bubblegum.services.webhooks import delivery, endpoints

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _out(endpoint, *, secret: bool = False) -> dict:
    model = WebhookEndpointWithSecret if secret else WebhookEndpoint
    return model(id=endpoint.id, url=endpoint.url, description=endpoint.description, events=endpoint.events,
                 enabled=endpoint.enabled, disabled_reason=endpoint.disabled_reason, created_at=endpoint.created_at,
                 **({"secret": endpoint.secret} if secret else {})).model_dump(mode="json")


def _delivery(row) -> dict:
    return WebhookDelivery(**row.model_dump(include=set(WebhookDelivery.model_fields))).model_dump(mode="json")


@router.get("", response_model=paging.Paged[WebhookEndpoint], summary="List webhook endpoints")
def list_endpoints(actor: Caller, cursor: paging.Cursor = None, limit: paging.Limit = 50) -> dict:
    with session_scope() as db:
        return paging.page(endpoints.list_endpoints(db, actor, actor.org_id), cursor, limit, _out)


@router.post("", response_model=WebhookEndpointWithSecret, status_code=201, summary="Add a webhook endpoint",
             description="Private, loopback and link-local targets are refused unless the operator allows them.")
def create_endpoint(actor: Caller, body: WebhookCreate, key: idempotency.IdempotencyKey = None):
    def run() -> tuple[int, dict]:
        with session_scope() as db:
            endpoint = endpoints.create(db, actor, actor.org_id, body.url, events=body.events,
                                        description=body.description)
            return 201, _out(endpoint, secret=True)
    return idempotency.respond(actor, key, ("POST", "/webhooks", body.model_dump()), run)


@router.get("/{endpoint_id}", response_model=WebhookEndpoint, summary="Read a webhook endpoint")
def read_endpoint(actor: Caller, endpoint_id: Id) -> dict:
    with session_scope() as db:
        return _out(endpoints.get(db, actor, actor.org_id, endpoint_id))


@router.patch("/{endpoint_id}", response_model=WebhookEndpoint, summary="Change a webhook endpoint")
def update_endpoint(actor: Caller, endpoint_id: Id, body: WebhookUpdate) -> dict:
    with session_scope() as db:
        return _out(endpoints.update(db, actor, actor.org_id, endpoint_id, **body.model_dump(exclude_unset=True)))


@router.delete("/{endpoint_id}", status_code=204, response_class=Response, summary="Delete a webhook endpoint")
def delete_endpoint(actor: Caller, endpoint_id: Id) -> Response:
    with session_scope() as db:
        endpoints.delete(db, actor, actor.org_id, endpoint_id)
    return Response(status_code=204)


@router.post("/{endpoint_id}/rotate-secret", response_model=WebhookEndpointWithSecret,
             summary="Rotate the signing secret", description="The old secret keeps signing beside it for 24 hours.")
def rotate_secret(actor: Caller, endpoint_id: Id) -> dict:
    with session_scope() as db:
        return _out(endpoints.rotate_secret(db, actor, actor.org_id, endpoint_id), secret=True)


@router.get("/{endpoint_id}/deliveries", response_model=paging.Paged[WebhookDelivery], summary="Delivery log")
def list_deliveries(actor: Caller, endpoint_id: Id, cursor: paging.Cursor = None, limit: paging.Limit = 50) -> dict:
    with session_scope() as db:
        return paging.page(endpoints.deliveries(db, actor, actor.org_id, endpoint_id), cursor, limit, _delivery)


@router.post("/{endpoint_id}/deliveries/{delivery_id}/replay", response_model=WebhookDelivery, status_code=202,
             summary="Send a delivery again", description="A new delivery with the same webhook-id.")
def replay(actor: Caller, endpoint_id: Id, delivery_id: Id) -> dict:
    with session_scope() as db:
        return _delivery(delivery.replay(db, actor, actor.org_id, endpoint_id, delivery_id))
