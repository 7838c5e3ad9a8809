"""Media on S3-compatible storage (django-storages), against a local S3 server (moto's server mode,
started here on a free loopback port): images and their renditions, documents served through
Django with the safe headers, nothing written to MEDIA_ROOT."""

import io
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import use_publicly

pytestmark = pytest.mark.django_db

BUCKET = "vpi-media-test"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/moto-api/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the local S3 server did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def s3_media(s3_server, settings, monkeypatch, tmp_path):
    import boto3

    for name, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
                        "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1").create_bucket(Bucket=BUCKET)
    settings.MEDIA_ROOT = tmp_path / "media"  # must stay empty
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"bucket_name": BUCKET, "endpoint_url": s3_server, "region_name": "us-east-1",
                    "default_acl": None, "querystring_auth": False, "file_overwrite": False},
    }}
    bucket = boto3.resource("s3", endpoint_url=s3_server, region_name="us-east-1").Bucket(BUCKET)
    yield bucket
    bucket.objects.all().delete()
    bucket.delete()


def test_settings_switch_s3_on_from_the_environment(monkeypatch):
    import importlib

    import cms.settings.base as base

    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "vpi-media")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "http://127.0.0.1:9000")
    try:
        reloaded = importlib.reload(base)
        default = reloaded.STORAGES["default"]
        assert default["BACKEND"] == "storages.backends.s3.S3Storage"
        assert default["OPTIONS"]["bucket_name"] == "vpi-media"
        assert default["OPTIONS"]["endpoint_url"] == "http://127.0.0.1:9000"
    finally:
        monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME")
        importlib.reload(base)


def upload_document(admin_client, title, name, content):
    response = admin_client.post("/admin/documents/add/", {"title": title, "file": SimpleUploadedFile(name, content)})
    assert response.status_code == 302
    return get_document_model().objects.get(title=title)


def test_images_documents_and_renditions_live_in_the_bucket(admin_client, s3_media, client, settings, homes):
    from storages.backends.s3 import S3Storage

    assert isinstance(storages["default"], S3Storage)
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    response = admin_client.post("/admin/images/add/", {
        "title": "Photo", "file": SimpleUploadedFile("photo.png", buffer.getvalue(), "image/png")})
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Photo")
    rendition = image.get_rendition("width-32|format-webp")
    assert rendition.width == 32
    report = upload_document(admin_client, "Report", "report.pdf", b"%PDF-1.4\n% report\n")
    data = upload_document(admin_client, "Data", "data.csv", b"a,b\n1,2\n")
    use_publicly(image, report, data)  # documents are served only when a public page uses them

    keys = {item.key for item in s3_media.objects.all()}
    assert {image.file.name, rendition.file.name, report.file.name, data.file.name} <= keys
    assert not any(path.is_file() for path in Path(settings.MEDIA_ROOT).rglob("*"))

    for document, disposition in ((report, "inline"), (data, "attachment")):
        served = client.get(document.url)
        assert served.status_code == 200
        assert b"".join(served.streaming_content) == s3_media.Object(document.file.name).get()["Body"].read()
        assert served["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'none'" in served["Content-Security-Policy"]
        assert served["Content-Disposition"].startswith(disposition)  # PDF alone inline
