"""A moto S3 server on a loopback port, spoken to over real HTTP by boto3."""

from __future__ import annotations

import socket
import uuid

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def moto_endpoint() -> str:
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_storage(moto_endpoint):
    from bubblegum.services.storage.s3 import S3Storage

    storage = S3Storage(f"test-{uuid.uuid4().hex[:12]}", endpoint_url=moto_endpoint, region="us-east-1",
                        access_key_id="testing", secret_access_key="testing",
                        public_base_url="https://cdn.example.test")
    storage.ensure_bucket()
    return storage


@pytest.fixture
def local_storage(tmp_path):
    from bubblegum.services.storage.local import LocalStorage

    return LocalStorage(tmp_path / "root", public_base_url="https://cdn.example.test")


@pytest.fixture(params=["local", "s3"])
def storage(request):
    return request.getfixturevalue(f"{request.param}_storage")
