"""POST /api/webhooks/stripe: Stripe's events (services/billing/webhooks.py does the work).

200 for an event applied, ignored or seen before (so Stripe stops sending it); 400 for a bad,
missing or old signature; 404 when billing is off; 502 when Stripe could not be re-read
(Stripe retries, and the event is applied then)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bubblegum.services.billing.webhooks import receive
from bubblegum.services.errors import ServiceError

router = APIRouter()


@router.post("/api/webhooks/stripe")
async def stripe_webhook(request: Request) -> JSONResponse:
    payload = await request.body()
    try:
        outcome = await run_in_threadpool(receive, payload, request.headers.get("stripe-signature"))
    except ServiceError as error:
        return JSONResponse({"success": False, "error": {"code": error.code, "message": error.message,
                                                         "details": error.details}}, status_code=error.status)
    return JSONResponse({"success": True, "data": {"event": outcome.event_id, "type": outcome.type,
                                                   "result": outcome.result}})
