"""Where published files live in storage: content-addressed blobs per site."""


def blob_key(project_id: int, sha256: str) -> str:
    return f"public/sites/{project_id}/blobs/{sha256}"
