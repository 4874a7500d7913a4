"""Taking a found photo into a site: a library photo is used as its ``asset:library/<key>``
reference; a remote one (Unsplash, Pexels) is downloaded once into the project's assets
through the same validation as an upload, with its credit stored on the asset, and the
provider is told it was used. Published sites so never hotlink a provider's servers.
"""

from __future__ import annotations

import httpx
from sqlmodel import Session, select

from bubblegum.models import Asset, Organization
from bubblegum.services import policy
from bubblegum.services.assets.library import MAX_ALT, Uploaded, upload_asset
from bubblegum.services.assets.validation import max_upload_bytes
from bubblegum.services.errors import InvalidInput, UpstreamError
from bubblegum.services.images.provider import ImageProvider
from bubblegum.services.images.remote import TIMEOUT
from bubblegum.services.images.results import ImageResult
from bubblegum.services.policy import Action


def import_remote(session: Session, user_id: int, project_id: int, result: ImageResult,
                  provider: ImageProvider) -> Uploaded:
    """The project's asset for a remote photo: the one imported before, or a new upload
    (its variants job queued, as for any upload)."""
    project = policy.require_project(session, user_id, project_id, Action.ASSET_UPLOAD)
    source_id = f"{result.source_name.lower()}:{result.id}"
    for asset in session.exec(select(Asset).where(Asset.project_id == project.id)).all():
        if (asset.credit or {}).get("source_id") == source_id:
            return Uploaded(asset, None)
    org = session.get(Organization, project.organization_id)
    data = download(result.full_url, max_upload_bytes(org.plan if org else None))
    uploaded = upload_asset(session, user_id, project.id, f"{result.source_name.lower()}-{result.id}.jpg", data)
    uploaded.asset.alt = result.alt[:MAX_ALT]
    uploaded.asset.credit = {"author": result.author_name, "author_url": result.author_url,
                             "source": result.source_name, "source_url": result.source_url,
                             "licence": result.licence, "source_id": source_id}
    session.add(uploaded.asset)
    session.flush()
    provider.track_download(result)
    return uploaded


def download(url: str, max_bytes: int) -> bytes:
    """The photo's bytes, refused past ``max_bytes`` (the content is checked by the upload)."""
    if not url.startswith(("https://", "http://")):
        raise InvalidInput("This image has no address to download it from.")
    chunks, size = [], 0
    try:
        with httpx.stream("GET", url, timeout=TIMEOUT, follow_redirects=True) as response:
            if response.status_code != 200:
                raise UpstreamError(f"The image could not be downloaded ({response.status_code}).")
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InvalidInput("This image is larger than your plan's upload limit.")
                chunks.append(chunk)
    except httpx.HTTPError as error:
        raise UpstreamError("The image could not be downloaded. Try again in a moment.") from error
    return b"".join(chunks)
