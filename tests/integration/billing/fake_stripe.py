"""Stripe for the tests, on loopback: localstripe (PyPI, a stateful fake of customers, plans,
subscriptions, invoices, payment methods, signed webhooks) behind a small front of our own
for the three things localstripe lacks, in Stripe's wire format:

- Prices (`GET /v1/prices?lookup_keys[]=...`): each paid plan's price, backed by a localstripe
  plan of the same id, so subscriptions made from it carry that id;
- Checkout Sessions (`POST /v1/checkout/sessions`) and, for the test playing the customer,
  `FakeStripe.pay`: attach a card (4242…, or a declining one), create the
  subscription in localstripe (which then sends its own signed webhooks) and send a signed
  `checkout.session.completed`, as Stripe does once a customer has paid;
- Billing Portal sessions (`POST /v1/billing_portal/sessions`) and `FakeStripe.cancel_in_portal`
  (the customer cancels in the portal: the subscription is deleted in localstripe).

Both have a small page for a browser (`GET /_test/checkout/<id>`: "Pay", `GET /_test/portal/<customer>`:
"Cancel subscription") that does the above and returns to the app, for the e2e test and by hand.

Everything else is passed through to localstripe. Every request is recorded, so a test can
check that each POST carried an Idempotency-Key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import httpx

API_KEY = "sk_test_bubblegum"
PRICES = {"bubblegum_pro_monthly": ("price_pro_monthly", 1900, "month"), "bubblegum_pro_yearly": ("price_pro_yearly", 19000, "year"),
          "bubblegum_business_monthly": ("price_business_monthly", 7900, "month")}
DECLINING_CARD = "4000000000000341"  # attaches, then every charge fails


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen | None = None) -> None:
    for _ in range(200):
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"localstripe exited with {process.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


def sign(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def event(kind: str, obj: dict, *, event_id: str | None = None, created: int | None = None) -> bytes:
    return json.dumps({"id": event_id or f"evt_{secrets.token_hex(8)}", "object": "event", "type": kind,
                       "created": created or int(time.time()), "data": {"object": obj}}).encode()


class FakeStripe:
    """localstripe as a subprocess plus the front server; ``url`` is STRIPE_API_BASE."""

    def __init__(self, workdir) -> None:
        self.local_port, self.port = free_port(), free_port()
        self.local = f"http://127.0.0.1:{self.local_port}"
        self.process = subprocess.Popen([sys.executable, "-m", "localstripe", "--port", str(self.local_port),
                                         "--from-scratch"], cwd=workdir, stdout=subprocess.DEVNULL,
                                        stderr=open(workdir / "localstripe.log", "wb"))
        wait_for_port(self.local_port, self.process)
        self.requests: list[tuple[str, str, str | None]] = []  # (method, path, Idempotency-Key)
        self.sessions: dict[str, dict] = {}
        self.portal_returns: dict[str, str] = {}
        self.webhook_url = self.webhook_secret = ""
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), _handler(self))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.port}"
        self.http = httpx.Client(base_url=self.local, auth=(API_KEY, ""), timeout=10)
        for lookup_key, (price_id, amount, interval) in PRICES.items():
            product = self.call("POST", "/v1/products", {"name": lookup_key, "type": "service"})
            self.call("POST", "/v1/plans", {"id": price_id, "amount": amount, "currency": "usd", "interval": interval,
                                            "product": product["id"], "nickname": lookup_key})

    def close(self) -> None:
        self.server.shutdown()
        self.process.terminate()
        self.process.wait(10)

    def call(self, method: str, path: str, data: dict | None = None) -> dict:
        """localstripe's API directly (the test acting as Stripe itself)."""
        answer = self.http.request(method, path, data=data)
        answer.raise_for_status()
        return answer.json() if answer.content else {}

    def register_webhook(self, url: str, secret: str) -> None:
        self.webhook_url, self.webhook_secret = url, secret
        self.call("POST", "/_config/webhooks/bubblegum", {"url": url, "secret": secret})

    def mute_webhooks(self) -> None:
        """Stripe's deliveries go nowhere (a missed event)."""
        self.call("POST", "/_config/webhooks/bubblegum", {"url": "http://127.0.0.1:9/", "secret": self.webhook_secret})

    def send(self, payload: bytes, *, secret: str | None = None, timestamp: int | None = None) -> httpx.Response:
        signature = sign(payload, secret or self.webhook_secret, timestamp)
        return httpx.post(self.webhook_url, content=payload, headers={"Stripe-Signature": signature,
                                                                      "Content-Type": "application/json"})

    # --- the customer's side of Checkout and the portal -------------------------------------
    def attach_card(self, customer: str, number: str = "4242424242424242") -> None:
        method = self.call("POST", "/v1/payment_methods", {"type": "card", "card[number]": number,
                                                           "card[exp_month]": "12", "card[exp_year]": "2035",
                                                           "card[cvc]": "123"})
        self.call("POST", f"/v1/payment_methods/{method['id']}/attach", {"customer": customer})
        self.call("POST", f"/v1/customers/{customer}", {"invoice_settings[default_payment_method]": method["id"]})

    def pay(self, session_id: str, *, card: str = "4242424242424242") -> dict:
        checkout = self.sessions[session_id]
        self.attach_card(checkout["customer"], card)
        # localstripe models no trials (a subscription with one stays "incomplete"), so the paid
        # subscription starts at once; the trial Checkout asked for is in ``params``.
        data = {"customer": checkout["customer"], "items[0][plan]": checkout["price"]}
        subscription = self.call("POST", "/v1/subscriptions", data)
        checkout.update(status="complete", subscription=subscription["id"])
        self.send(event("checkout.session.completed", self._session_object(checkout)))
        return subscription

    def switch_in_portal(self, subscription: dict, price_id: str) -> dict:
        """The customer picks another price in the portal (charged at once when the interval changes)."""
        item = subscription["items"]["data"][0]["id"]
        return self.call("POST", f"/v1/subscriptions/{subscription['id']}", {"items[0][id]": item,
                                                                             "items[0][plan]": price_id})

    def cancel_in_portal(self, customer: str) -> None:
        for subscription in self.call("GET", "/v1/subscriptions", {"customer": customer})["data"]:
            self.call("DELETE", f"/v1/subscriptions/{subscription['id']}")

    def _session_object(self, checkout: dict) -> dict:
        return {"id": checkout["id"], "object": "checkout.session", "mode": "subscription",
                "customer": checkout["customer"], "client_reference_id": checkout["client_reference_id"],
                "subscription": checkout.get("subscription"), "status": checkout.get("status", "open"),
                "url": f"{self.url}/_test/checkout/{checkout['id']}", "allow_promotion_codes": checkout["promotion_codes"]}


def _handler(fake: FakeStripe):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _reply(self, status: int, body: dict | bytes, content_type: str = "application/json") -> None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path.startswith("/_test/"):
                return self._page(path)
            if not path.startswith("/v1/"):  # a browser's /favicon.ico: nothing, and no error
                return self._reply(204, b"", "text/plain")
            self._route("GET")

        def do_POST(self) -> None:
            path = urlsplit(self.path).path
            if path.startswith("/_test/"):
                return self._act(path)
            self._route("POST")

        def _page(self, path: str) -> None:
            _, _, kind, ident = path.split("/")[:4]
            if kind == "checkout" and ident in fake.sessions:
                title, button = "Pay for your subscription", f"Pay ({fake.sessions[ident]['price']})"
            elif kind == "portal":
                title, button = "Your subscription", "Cancel subscription"
            else:
                return self._reply(404, b"not found", "text/plain")
            html = (f"<!doctype html><title>Fake Stripe</title><h1>{title}</h1>"
                    f"<form method='post' action='{path}'><button id='fake-stripe-submit'>{button}</button></form>")
            self._reply(200, html.encode(), "text/html")

        def _act(self, path: str) -> None:
            self._body()
            _, _, kind, ident = path.split("/")[:4]
            if kind == "checkout" and ident in fake.sessions:
                fake.pay(ident)
                back = fake.sessions[ident]["params"]["success_url"]
            elif kind == "portal":
                fake.cancel_in_portal(ident)
                back = fake.portal_returns.get(ident, "/")
            else:
                return self._reply(404, b"not found", "text/plain")
            self.send_response(303)
            self.send_header("Location", back)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_DELETE(self) -> None:
            self._route("DELETE")

        def _route(self, method: str) -> None:
            body = self._body() if method == "POST" else b""
            url = urlsplit(self.path)
            fake.requests.append((method, url.path, self.headers.get("Idempotency-Key")))
            form = dict(parse_qsl(body.decode() if method == "POST" else url.query))
            if method == "GET" and url.path == "/v1/prices":
                wanted = {v for k, v in form.items() if k.startswith("lookup_keys")}
                data = [{"id": price_id, "object": "price", "lookup_key": key, "unit_amount": amount, "currency": "usd",
                         "recurring": {"interval": interval}, "active": True}
                        for key, (price_id, amount, interval) in PRICES.items() if not wanted or key in wanted]
                return self._reply(200, {"object": "list", "data": data, "has_more": False, "url": "/v1/prices"})
            if method == "POST" and url.path == "/v1/checkout/sessions":
                return self._reply(200, self._checkout(form))
            if method == "POST" and url.path == "/v1/billing_portal/sessions":
                fake.portal_returns[form["customer"]] = form.get("return_url", "/")
                return self._reply(200, {"id": f"bps_{secrets.token_hex(6)}", "object": "billing_portal.session",
                                         "customer": form["customer"], "return_url": form.get("return_url"),
                                         "url": f"{fake.url}/_test/portal/{form['customer']}"})
            self._forward(method, url, body)

        def _checkout(self, form: dict) -> dict:
            if form.get("mode") != "subscription" or "line_items[0][price]" not in form:
                return {"error": {"type": "invalid_request_error", "message": "mode and line_items are required"}}
            session_id = f"cs_test_{secrets.token_hex(8)}"
            fake.sessions[session_id] = {
                "id": session_id, "customer": form["customer"], "price": form["line_items[0][price]"],
                "client_reference_id": form.get("client_reference_id"),
                "trial_days": form.get("subscription_data[trial_period_days]"),
                "promotion_codes": form.get("allow_promotion_codes") == "true", "params": form}
            return fake._session_object(fake.sessions[session_id])

        def _forward(self, method: str, url, body: bytes) -> None:
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("authorization", "content-type")}
            answer = httpx.request(method, fake.local + url.path + (f"?{url.query}" if url.query else ""),
                                   content=body or None, headers=headers, timeout=10)
            self._reply(answer.status_code, answer.content, answer.headers.get("content-type", "application/json"))

    return Handler


if __name__ == "__main__":  # by hand: python -m tests.integration.billing.fake_stripe WEBHOOK_URL SECRET
    import pathlib
    import tempfile

    running = FakeStripe(pathlib.Path(tempfile.mkdtemp(prefix="fake-stripe-")))
    running.register_webhook(sys.argv[1], sys.argv[2])
    print(f"STRIPE_API_BASE={running.url} STRIPE_SECRET_KEY={API_KEY}", flush=True)
    try:
        threading.Event().wait()
    finally:
        running.close()
