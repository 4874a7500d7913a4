"""The page model: block registry, page and site documents, pure edit operations.

Plain Python (pydantic + Jinja2 templates as strings); never imports the database layer,
Reflex or the settings module. See ``registry.py`` for the list of block types.
"""
