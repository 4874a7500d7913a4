"""Settings: the one reader of the environment.

Every value has an embedded default so a fresh install runs with no external
service; setting an environment variable switches a concern to its real service.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from functools import lru_cache
from ipaddress import ip_address
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from bubblegum.private_files import private_dir

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore", case_sensitive=False)

    data_dir: Path = Field(PROJECT_ROOT / "data", alias="BUBBLEGUM_DATA_DIR")
    env: str = Field("dev", alias="BUBBLEGUM_ENV", description="dev or prod")
    app_url: str = Field("http://localhost:3000", alias="BUBBLEGUM_APP_URL")
    sites_base_url: str | None = Field(
        None,
        alias="BUBBLEGUM_SITES_BASE_URL",
        description="Public base URL of published sites; {slug} is replaced per site (without it, "
                    "each site is at <url>/<slug>/).",
    )
    secret_key: str | None = Field(None, alias="BUBBLEGUM_SECRET_KEY")
    custom_domain_https: bool = Field(
        False,
        alias="BUBBLEGUM_CUSTOM_DOMAIN_HTTPS",
        description="Set when a proxy in front gets TLS certificates for custom domains; without it, "
                    "custom domains are served (and linked) over plain HTTP.",
    )
    dns_nameservers: str = Field(
        "",
        alias="BUBBLEGUM_DNS_NAMESERVERS",
        description="Comma-separated resolver addresses for domain checks (empty: the system's resolvers).",
    )
    dns_port: int = Field(53, alias="BUBBLEGUM_DNS_PORT")
    trusted_proxies: str = Field(
        "",
        alias="BUBBLEGUM_TRUSTED_PROXIES",
        description="Comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For "
                    "is believed (none by default: the direct peer is the client).",
    )
    signup: Literal["open", "invite", "closed"] = Field(
        "invite", alias="BUBBLEGUM_SIGNUP",
        description="open: anyone (confirmed by mail); invite: invited addresses only (and the very first "
                    "account of an install); closed: nobody (operators create people with the CLI).",
    )
    dev_show_links: bool = Field(
        False, alias="BUBBLEGUM_DEV_SHOW_LINKS",
        description="Local development only: show reset, invitation and sign-up links on screen. "
                    "Refused at start-up unless the app URL and the bind host are loopback.",
    )
    bind_host: str = Field("0.0.0.0", alias="REFLEX_BACKEND_HOST",
                           description="Where `reflex run` listens (`make run HOST=...` sets it).")
    api_docs: bool = Field(False, alias="BUBBLEGUM_API_DOCS",
                           description="Serve /api/docs, /api/redoc and /api/openapi.json in production too.")
    api_rate_limit: str = Field("120/minute", alias="BUBBLEGUM_API_RATE_LIMIT",
                                description="Requests per API key, in the `limits` notation (e.g. 120/minute).")
    webhooks_allow_private: bool = Field(
        False, alias="BUBBLEGUM_WEBHOOKS_ALLOW_PRIVATE",
        description="Let webhook endpoints target private, loopback and link-local addresses (tests, intranets).",
    )
    operator_token: str | None = Field(
        None, alias="BUBBLEGUM_OPERATOR_TOKEN",
        description="Bearer token that gets the detailed /api/health answer from any address.",
    )

    database_url: str | None = Field(None, alias="DATABASE_URL")
    redis_url: str | None = Field(None, alias="REDIS_URL")

    s3_bucket: str | None = Field(None, alias="S3_BUCKET")
    s3_endpoint_url: str | None = Field(None, alias="S3_ENDPOINT_URL")
    s3_region: str = Field("us-east-1", alias="S3_REGION")
    s3_access_key_id: str | None = Field(None, alias="S3_ACCESS_KEY_ID")
    s3_secret_access_key: str | None = Field(None, alias="S3_SECRET_ACCESS_KEY")
    cdn_base_url: str | None = Field(None, alias="CDN_BASE_URL")

    anthropic_api_key: str | None = Field(None, alias="ANTHROPIC_API_KEY")
    anthropic_model: str = Field("claude-sonnet-4-5", alias="ANTHROPIC_MODEL")
    anthropic_base_url: str | None = Field(None, alias="ANTHROPIC_BASE_URL")

    stripe_secret_key: str | None = Field(None, alias="STRIPE_SECRET_KEY")
    stripe_webhook_secret: str | None = Field(None, alias="STRIPE_WEBHOOK_SECRET")
    stripe_api_base: str | None = Field(None, alias="STRIPE_API_BASE")
    stripe_automatic_tax: bool = Field(False, alias="STRIPE_AUTOMATIC_TAX",
                                       description="Ask Stripe Tax to compute tax at Checkout.")
    plans_file: Path | None = Field(None, alias="BUBBLEGUM_PLANS_FILE",
                                    description="TOML file of plans replacing the shipped ones (services/plans.toml).")
    billing_grace_days: int = Field(7, alias="BUBBLEGUM_BILLING_GRACE_DAYS", ge=0,
                                    description="Days a failed payment keeps the paid plan before Free limits apply.")
    unsplash_access_key: str | None = Field(None, alias="UNSPLASH_ACCESS_KEY")
    unsplash_api_base: str = Field("https://api.unsplash.com", alias="UNSPLASH_API_BASE")
    pexels_api_key: str | None = Field(None, alias="PEXELS_API_KEY")
    pexels_api_base: str = Field("https://api.pexels.com", alias="PEXELS_API_BASE")
    image_provider: str | None = Field(
        None, alias="BUBBLEGUM_IMAGE_PROVIDER",
        description="library, unsplash or pexels; unset: Unsplash when its key is set, else Pexels when "
                    "its key is set, else the shipped library")

    smtp_host: str | None = Field(None, alias="SMTP_HOST")
    smtp_port: int = Field(587, alias="SMTP_PORT")
    smtp_user: str | None = Field(None, alias="SMTP_USER")
    smtp_password: str | None = Field(None, alias="SMTP_PASSWORD")
    mail_from: str = Field("Bubble Gum <no-reply@localhost>", alias="MAIL_FROM")

    # Request bodies, checked before anything is buffered or spooled (api/body_limit.py).
    max_body_bytes: int = Field(1024 * 1024, alias="BUBBLEGUM_MAX_BODY_BYTES", gt=0)
    max_form_body_bytes: int = Field(16 * 1024, alias="BUBBLEGUM_MAX_FORM_BODY_BYTES", gt=0,
                                     description="Anonymous form posts on published sites")
    max_upload_body_bytes: int = Field(25 * 1024 * 1024, alias="BUBBLEGUM_MAX_UPLOAD_BODY_BYTES", gt=0,
                                       description="One upload request (all its files together)")

    # Page history (services/page_history.py).
    autosave_coalesce_seconds: int = Field(600, alias="BUBBLEGUM_AUTOSAVE_COALESCE_SECONDS", ge=0)
    page_history_max_versions: int = Field(200, alias="BUBBLEGUM_PAGE_HISTORY_MAX_VERSIONS", ge=2)
    page_history_max_bytes: int = Field(20 * 1024 * 1024, alias="BUBBLEGUM_PAGE_HISTORY_MAX_BYTES", gt=0)

    # AI spend on the self-hosted plan (services/ai/metering.py); 0 turns a cap off.
    ai_org_calls_per_month: int = Field(2_000, alias="BUBBLEGUM_AI_ORG_CALLS_PER_MONTH", ge=0)
    ai_org_tokens_per_month: int = Field(5_000_000, alias="BUBBLEGUM_AI_ORG_TOKENS_PER_MONTH", ge=0)
    ai_user_calls_per_hour: int = Field(100, alias="BUBBLEGUM_AI_USER_CALLS_PER_HOUR", ge=0)
    ai_user_tokens_per_hour: int = Field(300_000, alias="BUBBLEGUM_AI_USER_TOKENS_PER_HOUR", ge=0)
    ai_generations_per_org: int = Field(1, alias="BUBBLEGUM_AI_GENERATIONS_PER_ORG", ge=1,
                                        description="Generations running at once per organization")

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'bubblegum.db'}"

    @property
    def effective_sites_base_url(self) -> str:
        """Configured, or `<slug>.<app host>`: every site on an origin of its own (DESIGN.md)."""
        if self.sites_base_url:
            if "{slug}" not in self.sites_base_url:  # a plain prefix: each site in a folder below it
                return self.sites_base_url.rstrip("/") + "/{slug}/"
            return self.sites_base_url
        scheme, _, host = self.app_url.partition("://")
        return f"{scheme}://{{slug}}.{host.split('/')[0]}/"

    @property
    def trusted_proxy_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        networks = []
        for entry in filter(None, (part.strip() for part in self.trusted_proxies.split(","))):
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                raise ValueError(f"BUBBLEGUM_TRUSTED_PROXIES: {entry!r} is not an address or CIDR range "
                                 "(e.g. 10.0.0.0/8, 192.168.1.5, ::1).") from None
        return tuple(networks)

    @property
    def billing_enabled(self) -> bool:
        """Billing is on with a Stripe key; without one every organization has the self-hosted plan."""
        return bool(self.stripe_secret_key)

    @property
    def is_production(self) -> bool:
        return self.env == "prod"

    @property
    def serves_api_docs(self) -> bool:
        return self.api_docs or not self.is_production

    def startup_problems(self) -> list[str]:
        """Settings that make serving unsafe; the app refuses to start while any is listed."""
        if not self.dev_show_links:
            return []
        hosts = {"app URL (BUBBLEGUM_APP_URL)": urlparse(self.app_url).hostname or "",
                 "bind host (REFLEX_BACKEND_HOST)": self.bind_host}
        return [f"BUBBLEGUM_DEV_SHOW_LINKS shows password-reset and invitation links on screen, which is safe "
                f"on this machine only, but the {name} is {host!r}, not loopback. Unset BUBBLEGUM_DEV_SHOW_LINKS, "
                f"or serve on loopback only: BUBBLEGUM_APP_URL=http://localhost:3000 and "
                f"REFLEX_BACKEND_HOST=127.0.0.1 (`make run HOST=127.0.0.1` sets the latter)."
                for name, host in hosts.items() if not is_loopback(host)]

    def ensure_data_dir(self) -> Path:
        """The data folder, readable by the service user only (0700)."""
        private_dir(self.data_dir)
        return self.data_dir

    @property
    def effective_secret_key(self) -> str:
        """The configured secret, or one generated on first start and kept under data/."""
        if self.secret_key:
            return self.secret_key
        return _stored_secret(self.ensure_data_dir() / "secret_key")


def is_loopback(host: str) -> bool:
    """localhost, *.localhost, 127.0.0.0/8 or ::1 (a wildcard such as 0.0.0.0 is not)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def _stored_secret(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    value = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
