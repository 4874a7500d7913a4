"""/api/v1/sites/{site_id}/pages/{page_id}/content: the page's block document.

GET answers an ETag (a hash of the document); PUT replaces the document only with a matching
`If-Match` (412 when the page changed since, 428 without it); PATCH of one block merges props
into it. Saves go through `pages.save`, exactly as the editor's, so history and validation
are the same."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated

from fastapi import APIRouter, Header, Path, Response

from bubblegum.api.v1.auth import Caller
from bubblegum.api.v1.errors import ApiError, ErrorEnvelope
from bubblegum.api.v1.schemas import BlockPatch, Content, ContentReplace
from bubblegum.blocks.ops import update_props
from bubblegum.blocks.document import DocumentError
from bubblegum.db import session_scope
from bubblegum.services import pages
from bubblegum.services.errors import Conflict, InvalidInput, NotFound

router = APIRouter(prefix="/sites/{site_id}/pages/{page_id}/content", tags=["content"])
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
ETAG_HEADER = {"ETag": {"schema": {"type": "string"}, "description": "The document's version tag for If-Match."}}
PRECONDITIONS = {412: {"model": ErrorEnvelope, "description": "If-Match does not match: the page changed."},
                 428: {"model": ErrorEnvelope, "description": "If-Match is required."}}


def etag(document: dict) -> str:
    return '"' + hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()[:32] + '"'


def _answer(response: Response, version) -> dict:
    response.headers["ETag"] = etag(version.document)
    return {"version": version.number, "document": version.document}


def _matches(if_match: str | None, document: dict) -> None:
    if not if_match:
        raise ApiError(428, "Send the ETag you read as If-Match, so no one else's change is overwritten.")
    tags = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    if "*" not in tags and etag(document) not in tags:
        raise ApiError(412, "The page changed since you read it; read it again and reapply your change.")


def _save(db, actor, site_id: int, page_id: int, document: dict, base: int):
    try:
        return pages.save(db, actor, site_id, page_id, document, base_version=base)
    except Conflict as error:
        raise ApiError(412, error.message) from None


@router.get("", response_model=Content, responses={200: {"headers": ETAG_HEADER}}, summary="Read a page's document")
def read_content(actor: Caller, site_id: Id, page_id: Id, response: Response) -> dict:
    with session_scope() as db:
        _page, version = pages.current(db, actor, site_id, page_id)
        return _answer(response, version)


@router.put("", response_model=Content, responses={200: {"headers": ETAG_HEADER}, **PRECONDITIONS},
            summary="Replace a page's document (If-Match required)")
def replace_content(actor: Caller, site_id: Id, page_id: Id, body: ContentReplace, response: Response,
                    if_match: Annotated[str | None, Header(max_length=200)] = None) -> dict:
    with session_scope() as db:
        _page, version = pages.current(db, actor, site_id, page_id)
        _matches(if_match, version.document)
        return _answer(response, _save(db, actor, site_id, page_id, body.document, version.number))


@router.patch("/blocks/{block_id}", response_model=Content,
              responses={200: {"headers": ETAG_HEADER}, 412: PRECONDITIONS[412]},
              summary="Change one block's props", description="If-Match is optional here.")
def patch_block(actor: Caller, site_id: Id, page_id: Id, block_id: Annotated[str, Path(max_length=40)],
                body: BlockPatch, response: Response,
                if_match: Annotated[str | None, Header(max_length=200)] = None) -> dict:
    with session_scope() as db:
        _page, version = pages.current(db, actor, site_id, page_id)
        if if_match:
            _matches(if_match, version.document)
        if not any(block.get("id") == block_id for block in version.document.get("content", [])):
            raise NotFound("That block is not on this page.")
        try:
            document = update_props(version.document, block_id, body.props)
        except DocumentError as error:  # OpError included
            raise InvalidInput(error.message, field=error.field or "props") from None
        return _answer(response, _save(db, actor, site_id, page_id, document, version.number))
