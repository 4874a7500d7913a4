"""Editor chrome: the canvas iframe and the sortable layers list (local React components)."""

from __future__ import annotations

import reflex as rx

_CANVAS = rx.asset("canvas_frame.jsx", shared=True)
_LAYERS = rx.asset("sortable_layers.jsx", shared=True)
_SHORTCUTS = rx.asset("shortcuts.jsx", shared=True)


class CanvasFrame(rx.Component):
    """The page in an iframe; `patch` ({id, html, seq}) swaps one block in place."""

    library = _CANVAS.importable_path
    tag = "CanvasFrame"
    src_doc: rx.Var[str]
    patch: rx.Var[dict]
    selected: rx.Var[str]
    width: rx.Var[str]
    title: rx.Var[str]
    on_select: rx.EventHandler[lambda block_id: [block_id]]


class SortableLayers(rx.Component):
    """The blocks of the page; drag or keyboard reorder reports (block id, new index)."""

    library = _LAYERS.importable_path
    tag = "SortableLayers"
    lib_dependencies: list[str] = ["@dnd-kit/core@6.3.1", "@dnd-kit/sortable@10.0.0", "@dnd-kit/utilities@3.2.2"]
    items: rx.Var[list]
    selected: rx.Var[str]
    disabled: rx.Var[bool]
    on_reorder: rx.EventHandler[lambda block_id, index: [block_id, index]]
    on_select: rx.EventHandler[lambda block_id: [block_id]]


class EditorShortcuts(rx.Component):
    """Undo, redo and save from the keyboard."""

    library = _SHORTCUTS.importable_path
    tag = "EditorShortcuts"
    on_undo: rx.EventHandler[lambda: []]
    on_redo: rx.EventHandler[lambda: []]
    on_save: rx.EventHandler[lambda: []]


canvas_frame = CanvasFrame.create
sortable_layers = SortableLayers.create
editor_shortcuts = EditorShortcuts.create
