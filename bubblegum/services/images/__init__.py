"""Images for generated sites and the editor's picker: an offline library shipped with the
product by default, Unsplash or Pexels when a key is configured.

- ``library``: ``choose(subjects, count, seed)`` for the site writer, and the library as a provider
- ``unsplash`` / ``pexels``: the official REST APIs; ``remote``: their one HTTP call
- ``provider``: ``image_provider()`` picks one by configuration; ``results.ImageResult`` is what all return
- ``importing``: a remote photo downloaded once into a project's assets, with its credit
- ``picker``: search and use, authorised (editor or above), for the editor's image picker
- ``subjects``: how business words meet the library's tags (folding, related general subjects)
"""
