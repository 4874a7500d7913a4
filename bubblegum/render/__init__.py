"""The one renderer: (site, page document) -> HTML, for the editor canvas and the bundle.

Public API (import from here; heavy modules load lazily):

- ``render_page(site, page, *, mode="publish", ...) -> str``
- ``render_block(site, block, *, mode="edit", ...) -> str``
- ``render_form_result_page(site, ok, message, ...) -> str``
- ``build_bundle(site_doc, *, base_url=None, previous_manifest=None, ...) -> Bundle``
- ``export_site(site_doc, out_dir, *, base_url=None, zip=False) -> ExportReport``
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from bubblegum.render.bundle import Bundle, build_bundle
    from bubblegum.render.export import ExportReport, export_site
    from bubblegum.render.renderer import render_block, render_form_result_page, render_page

_LAZY = {
    "render_page": "bubblegum.render.renderer",
    "render_block": "bubblegum.render.renderer",
    "render_form_result_page": "bubblegum.render.renderer",
    "SiteRenderer": "bubblegum.render.renderer",
    "build_bundle": "bubblegum.render.bundle",
    "Bundle": "bubblegum.render.bundle",
    "export_site": "bubblegum.render.export",
    "ExportReport": "bubblegum.render.export",
}

__all__ = list(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(name)
