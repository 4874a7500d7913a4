"""The public URL a site is built for and served at."""

from __future__ import annotations

from urllib.parse import urlparse

from bubblegum.blocks.safety import WEB_SCHEMES, check_url
from bubblegum.config import get_settings
from bubblegum.models import Project
from bubblegum.services.domains import domain_url


def site_base_url(project: Project) -> str:
    """The site's verified custom domain (over HTTPS only when this installation provides it),
    else BUBBLEGUM_SITES_BASE_URL for its slug."""
    if project.custom_domain and project.domain_verified_at is not None:
        return domain_url(project.custom_domain)
    url = get_settings().effective_sites_base_url.format(slug=project.slug)
    url = check_url(url, schemes=WEB_SCHEMES, field="BUBBLEGUM_SITES_BASE_URL")
    return url if url.endswith("/") else url + "/"


def slug_from_host(host: str) -> str | None:
    """`bakery` for the Host `bakery.localhost:3000` when sites are served by host name."""
    pattern = urlparse(get_settings().effective_sites_base_url.replace("{slug}", "slug-marker")).hostname or ""
    if not pattern.startswith("slug-marker."):
        return None
    suffix = pattern.removeprefix("slug-marker")
    name = host.rsplit(":", 1)[0].lower() if not host.startswith("[") else ""
    label = name.removesuffix(suffix) if name.endswith(suffix) else ""
    return label if label and "." not in label else None
