"""Outgoing webhooks: endpoints per organization (`endpoints`), where they may point
(`targets`), and signed delivery with retries on the job queue (`delivery`)."""

from bubblegum.services.webhooks.delivery import emit, replay
from bubblegum.services.webhooks.endpoints import EVENTS

__all__ = ["EVENTS", "emit", "replay"]
