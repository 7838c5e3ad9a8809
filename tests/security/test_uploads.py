"""Uploads through the admin: images limited in bytes and pixels and verified by Pillow (no SVG,
no decompression bombs, no disguised files); documents from an allow list, content matching the
extension, and served so that no upload is ever rendered as HTML from the site's origin."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

IMAGE_ADD = "/admin/images/add/"
DOCUMENT_ADD = "/admin/documents/add/"


def png_bytes(width=4, height=3):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def png_declaring(width, height):
    """A tiny PNG whose header claims width×height pixels: a decompression bomb's calling card."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(
        b"IEND", b""
    )


def upload_image(client, name, content, content_type="image/png"):
    return client.post(IMAGE_ADD, {"title": name, "file": SimpleUploadedFile(name, content, content_type)})


def form_errors(response):
    assert response.status_code == 200, response.status_code  # the form again, never a 500
    form = response.context["form"]
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def test_valid_png_is_accepted(admin_client, media_root):
    response = upload_image(admin_client, "ok.png", png_bytes())
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="ok.png").exists()


@pytest.mark.parametrize("size", [(20_000, 20_000), (7_000, 7_000)])
def test_decompression_bomb_is_refused_with_a_form_error(admin_client, media_root, size):
    response = upload_image(admin_client, "bomb.png", png_declaring(*size))
    errors = form_errors(response)
    assert "pixels" in errors or "valid image" in errors
    assert not get_image_model().objects.exists()


def test_pixel_limit_is_checked_by_our_hook_too(media_root):
    from django import forms

    from cms.content.uploads import verify_raster_image

    with pytest.raises(forms.ValidationError, match="too large"):
        verify_raster_image(io.BytesIO(png_declaring(10_000, 5_000)))


def test_bytes_limit(admin_client, media_root, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    errors = form_errors(upload_image(admin_client, "big.png", png_bytes(64, 64) + b"\x00" * 200))
    assert "too big" in errors


def test_svg_is_refused(admin_client, media_root):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    errors = form_errors(upload_image(admin_client, "logo.svg", svg, "image/svg+xml"))
    assert "Not a supported image format" in errors


def test_html_disguised_as_png_is_refused(admin_client, media_root):
    errors = form_errors(upload_image(admin_client, "page.png", b"<html><script>alert(1)</script></html>"))
    assert errors


def test_truncated_png_is_refused_by_pillow_verification(admin_client, media_root):
    data = png_bytes(40, 40)
    errors = form_errors(upload_image(admin_client, "cut.png", data[: len(data) - 20]))
    assert "damaged" in errors or "valid image" in errors
    assert not get_image_model().objects.exists()


def test_multiple_uploader_refuses_a_bomb_without_500(admin_client, media_root):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("bomb.png", png_declaring(20_000, 20_000), "image/png")},
    )
    assert response.status_code == 200
    payload = response.json()
    assert payload["success"] is False
    assert not get_image_model().objects.exists()


# Documents


def upload_document(client, name, content, content_type="application/octet-stream"):
    return client.post(DOCUMENT_ADD, {"title": name, "file": SimpleUploadedFile(name, content, content_type)})


def test_pdf_is_accepted(admin_client, media_root):
    assert upload_document(admin_client, "report.pdf", b"%PDF-1.4\n% ok\n").status_code == 302


@pytest.mark.parametrize("name", ["page.html", "page.htm", "logo.svg", "run.exe", "script.js", "page.xhtml"])
def test_extensions_outside_the_allow_list_are_refused(admin_client, media_root, name):
    errors = form_errors(upload_document(admin_client, name, b"<html><script>alert(1)</script></html>"))
    assert "not allowed" in errors


def test_content_must_match_the_extension(admin_client, media_root):
    errors = form_errors(upload_document(admin_client, "report.pdf", b"<html><script>alert(1)</script></html>"))
    assert "not a valid .pdf" in errors
    errors = form_errors(upload_document(admin_client, "data.xlsx", b"<html></html>"))
    assert "not a valid .xlsx" in errors


def test_document_size_cap(admin_client, media_root, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    errors = form_errors(upload_document(admin_client, "notes.txt", b"plain text, longer than ten bytes"))
    assert "too big" in errors


@pytest.mark.parametrize(
    "name,content",
    [
        ("notes.txt", b"<!doctype html><html><script>alert(document.cookie)</script></html>"),
        ("table.csv", b"<html><body onload=alert(1)>a,b</body></html>"),
    ],
)
def test_html_like_text_is_served_as_a_download_never_as_html(admin_client, media_root, name, content):
    assert upload_document(admin_client, name, content).status_code == 302
    document = get_document_model().objects.get(title=name)
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert not response["Content-Type"].startswith("text/html")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_pdf_is_inline_but_sandboxed(admin_client, media_root):
    upload_document(admin_client, "report.pdf", b"%PDF-1.4\n% ok\n")
    response = admin_client.get(get_document_model().objects.get(title="report.pdf").url)
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
