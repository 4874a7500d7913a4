"""/api/v1/block-types: the block registry and each type's JSON schema (from its Props)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from bubblegum.api.v1.auth import Caller
from bubblegum.api.v1.schemas import BlockType, BlockTypeDetail
from bubblegum.blocks.registry import BLOCKS
from bubblegum.services.errors import NotFound

router = APIRouter(prefix="/block-types", tags=["blocks"])


def _out(block) -> dict:
    return {"type": block.type, "label": block.label, "category": block.category,
            "description": block.description, "region": block.region, "example": block.example}


@router.get("", response_model=list[BlockType], summary="List block types")
def list_block_types(_actor: Caller) -> list[dict]:
    return [_out(block) for block in BLOCKS.values()]


@router.get("/{block_type}", response_model=BlockTypeDetail, summary="A block type with its props' JSON schema")
def read_block_type(_actor: Caller, block_type: Annotated[str, Path(max_length=40)]) -> dict:
    block = BLOCKS.get(block_type)
    if block is None:
        raise NotFound("There is no block type of that name.")
    return {**_out(block), "json_schema": block.json_schema()}
