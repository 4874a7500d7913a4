"""Publishing: site documents from the database, immutable deployments, live pointer, serving.

- ``site_documents``: a project as a portable site document, and back (import).
- ``deploy``: ``publish`` renders a deployment through the one renderer and the storage
  interface, then switches ``Project.live_deployment_id`` atomically; ``rollback``;
  ``deployment_zip``.
- ``serving``: resolves a request path of a published site to a stored file with its
  headers (CSP with hashes for inline code, caching, ETag).
- ``forms``: visitors' contact-form and newsletter submissions.

Files are stored content-addressed (``public/sites/<project>/blobs/<sha256>``) and a
deployment is its manifest (path -> blob), so a deployment never changes once written,
a republish writes only what changed, and a rollback is a pointer switch.
"""
