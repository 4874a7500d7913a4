"""The editor's image picker: search the configured provider, then use a found photo.

Both check that the person may edit the project's images (``asset.upload``: editor or
above). A library photo is used by its ``asset:library/<key>`` reference; a remote one is
imported into the project's assets first (``importing.import_remote``).
"""

from __future__ import annotations

from sqlmodel import Session

from bubblegum.services import policy
from bubblegum.services.assets.usage import asset_ref
from bubblegum.services.errors import InvalidInput
from bubblegum.services.images.importing import import_remote
from bubblegum.services.images.provider import ImageProvider, image_provider
from bubblegum.services.images.results import ImageResult
from bubblegum.services.policy import Action

MAX_QUERY = 100


def search_photos(session: Session, user_id: int, project_id: int, query: str, *, count: int = 12,
                  page: int = 1, provider: ImageProvider | None = None) -> list[ImageResult]:
    policy.require_project(session, user_id, project_id, Action.ASSET_UPLOAD)
    query = " ".join(query.split())[:MAX_QUERY]
    if not query:
        raise InvalidInput("Type what the photo should show, e.g. bakery or mountains.", field="query")
    return (provider or image_provider()).search(query, count, page)


def use_photo(session: Session, user_id: int, project_id: int, result: ImageResult, *,
              provider: ImageProvider | None = None) -> tuple[str, int | None]:
    """The image reference to put in the field, and the variants job to wait for (None: ready)."""
    if not result.is_remote:
        policy.require_project(session, user_id, project_id, Action.ASSET_UPLOAD)
        return result.id, None
    uploaded = import_remote(session, user_id, project_id, result, provider or image_provider())
    return asset_ref(uploaded.asset.id), uploaded.job_id
