"""/api/v1/sites/{site_id}/pages: a site's pages (list, create, read, rename, reorder, delete)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from bubblegum.api.v1 import idempotency, paging
from bubblegum.api.v1.auth import Caller
from bubblegum.api.v1.schemas import PageCreate, PageOrder, PageOut, PageUpdate
from bubblegum.db import session_scope
from bubblegum.services import page_drafts, pages

router = APIRouter(prefix="/sites/{site_id}/pages", tags=["pages"])
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def page_out(page) -> dict:
    return PageOut(id=page.id, slug=page.slug, title=page.title, position=page.position,
                   updated_at=page.updated_at).model_dump(mode="json")


@router.get("", response_model=paging.Paged[PageOut], summary="List a site's pages",
            description="In id order, newest first; `position` is the order in the site's navigation.")
def list_pages(actor: Caller, site_id: Id, cursor: paging.Cursor = None, limit: paging.Limit = 100) -> dict:
    with session_scope() as db:
        return paging.page(pages.list_pages(db, actor, site_id), cursor, limit, page_out)


@router.post("", response_model=PageOut, status_code=201, summary="Add a page",
             description="A new page framed by the site's navigation bar and footer.")
def create_page(actor: Caller, site_id: Id, body: PageCreate, key: idempotency.IdempotencyKey = None):
    def run() -> tuple[int, dict]:
        with session_scope() as db:
            document = page_drafts.blank_page_document(db, actor, site_id, body.title)
            return 201, page_out(pages.add(db, actor, site_id, body.title, body.slug, document))
    return idempotency.respond(actor, key, ("POST", site_id, "pages", body.model_dump()), run)


@router.put("/order", response_model=list[PageOut], summary="Reorder the pages")
def reorder_pages(actor: Caller, site_id: Id, body: PageOrder) -> list[dict]:
    with session_scope() as db:
        pages.reorder(db, actor, site_id, body.page_ids)
        db.flush()
        return [page_out(page) for page in pages.list_pages(db, actor, site_id)]


@router.get("/{page_id}", response_model=PageOut, summary="Read a page")
def read_page(actor: Caller, site_id: Id, page_id: Id) -> dict:
    with session_scope() as db:
        page, _version = pages.current(db, actor, site_id, page_id)
        return page_out(page)


@router.patch("/{page_id}", response_model=PageOut, summary="Rename a page or change its address")
def update_page(actor: Caller, site_id: Id, page_id: Id, body: PageUpdate) -> dict:
    with session_scope() as db:
        return page_out(pages.update(db, actor, site_id, page_id, title=body.title, slug=body.slug))


@router.delete("/{page_id}", status_code=204, response_class=Response, summary="Delete a page",
               description="The home page cannot be deleted.")
def delete_page(actor: Caller, site_id: Id, page_id: Id) -> Response:
    with session_scope() as db:
        pages.delete(db, actor, site_id, page_id)
    return Response(status_code=204)
