"""Reflex pages: routes, layout, editor chrome, dashboard."""
