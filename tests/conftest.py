"""Every test runs on a throwaway data folder with no external service configured."""

import os
import tempfile

os.environ["BUBBLEGUM_DATA_DIR"] = tempfile.mkdtemp(prefix="bubblegum-test-")
for _name in (
    "DATABASE_URL", "REDIS_URL", "S3_BUCKET", "S3_ENDPOINT_URL", "CDN_BASE_URL",
    "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "STRIPE_SECRET_KEY", "STRIPE_API_BASE",
    "SMTP_HOST", "BUBBLEGUM_SECRET_KEY", "BUBBLEGUM_ENV",
):
    os.environ.pop(_name, None)
