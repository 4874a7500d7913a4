"""/api/v1/sites/{site_id}/assets: a site's images (list, delete)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from bubblegum.api.v1 import paging
from bubblegum.api.v1.auth import Caller
from bubblegum.api.v1.errors import CONFLICT
from bubblegum.api.v1.schemas import Asset, Deleted
from bubblegum.db import session_scope
from bubblegum.services.assets import library

router = APIRouter(prefix="/sites/{site_id}/assets", tags=["assets"])
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _out(asset) -> dict:
    return Asset(id=asset.id, name=asset.original_name, content_type=asset.content_type, size_bytes=asset.size_bytes,
                 width=asset.width, height=asset.height, alt=asset.alt, status=asset.status,
                 created_at=asset.created_at).model_dump(mode="json")


@router.get("", response_model=paging.Paged[Asset], summary="List a site's images")
def list_assets(actor: Caller, site_id: Id, cursor: paging.Cursor = None, limit: paging.Limit = 50,
                search: Annotated[str, Query(max_length=100)] = "") -> dict:
    with session_scope() as db:
        return paging.page(library.list_assets(db, actor, site_id, search=search), cursor, limit, _out)


@router.delete("/{asset_id}", response_model=Deleted, summary="Delete an image", responses={409: CONFLICT},
               description="An image in use is refused (409) unless force=true, which removes it from pages first.")
def delete_asset(actor: Caller, site_id: Id, asset_id: Id, force: bool = False) -> dict:
    with session_scope() as db:
        return {"deleted": True, "changed_page_ids": library.delete_asset(db, actor, site_id, asset_id, force=force)}
