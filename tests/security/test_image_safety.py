"""Images: location removed from originals on upload; originals whose renditions cannot be made
(WebP's 16383-pixel limit) refused with a form error; a rendition failure of an image stored
before that check is a missing image, never a 500 on a page or in the API, and is not retried
on every request."""

import io

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.shortcuts import get_renditions_or_not_found

from cms.overrides import renditions as rendition_override
from tests.security.test_uploads import form_errors, upload_image

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


def jpeg_with_location():
    exif = PILImage.Exif()
    exif[0x0112] = 1  # orientation: kept
    exif[0x8298] = "VPI"  # copyright: kept
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (4.0, 35.0, 58.0), 3: "W", 4: (74.0, 4.0, 21.0)})
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), "teal").save(buffer, "JPEG", exif=exif.tobytes(), quality=90)
    return buffer.getvalue()


def test_upload_removes_the_gps_location_and_keeps_the_rest(admin_client, media_root):
    original = jpeg_with_location()
    assert GPS_IFD in PILImage.open(io.BytesIO(original)).getexif()  # the fixture has a location
    response = upload_image(admin_client, "field.jpg", original, "image/jpeg")
    assert response.status_code == 302
    image = get_image_model().objects.get(title="field.jpg")
    with image.open_file() as stored, PILImage.open(stored) as opened:
        exif = opened.getexif()
        assert GPS_IFD not in exif
        assert not exif.get_ifd(GPS_IFD)
        assert exif[0x8298] == "VPI" and exif[0x0112] == 1
        assert opened.size == (64, 48)


def test_image_without_location_is_stored_unchanged(admin_client, media_root):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 6), "teal").save(buffer, "PNG")
    assert upload_image(admin_client, "plain.png", buffer.getvalue()).status_code == 302
    image = get_image_model().objects.get(title="plain.png")
    with image.open_file() as stored:
        assert stored.read() == buffer.getvalue()


def tall_png(width=800, height=17000):
    buffer = io.BytesIO()
    PILImage.new("L", (width, height), 255).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def test_an_image_too_tall_for_its_renditions_is_refused_with_a_form_error(admin_client, media_root):
    errors = form_errors(upload_image(admin_client, "infographic.png", tall_png()))
    assert "too tall or too wide" in errors and "16383" in errors
    assert not get_image_model().objects.exists()
    # A long image whose largest rendition fits is accepted (1600×16000 -> 1600 wide, 16000 tall).
    assert upload_image(admin_client, "long.png", tall_png(1600, 16000)).status_code == 302


@pytest.fixture
def stored_tall_image(media_root):
    """An 800×17000 image stored before uploads were checked."""
    cache.clear()
    image = get_image_model()(title="Infographic")
    image.file = ImageFile(io.BytesIO(tall_png()), name="infographic.png")
    image.save()
    return image


def test_a_rendition_that_cannot_be_made_is_a_missing_image(stored_tall_image, monkeypatch):
    calls = []
    original = rendition_override._original

    def counting(image, filter, *, source=None):
        calls.append(filter.spec)
        return original(image, filter, source=source)

    monkeypatch.setattr(rendition_override, "_original", counting)
    renditions = get_renditions_or_not_found(stored_tall_image, ["width-800|format-webp"])
    assert renditions["width-800|format-webp"].width == 0  # Wagtail's "not found" rendition
    # The failure is remembered: the next request does not decode the image again.
    get_renditions_or_not_found(stored_tall_image, ["width-800|format-webp"])
    assert calls == ["width-800|format-webp"]


def test_the_images_api_answers_with_a_failed_rendition(client, homes, stored_tall_image):
    from tests.factories import use_publicly

    use_publicly(stored_tall_image)  # the API lists only media that public pages use
    response = client.get(f"/api/v2/images/{stored_tall_image.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert all(entry["width"] <= 16383 and entry["height"] <= 16383 for entry in body["renditions"]["renditions"])
    listing = client.get("/api/v2/images/")
    assert listing.status_code == 200


def test_a_page_showing_an_image_that_cannot_be_rendered_still_answers(client, homes, stored_tall_image):
    from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory

    news = NewsIndexPageFactory(parent=homes["en"], title="News", slug="news")
    release = NewsReleasePageFactory(parent=news, title="Infographic release", slug="infographic",
                                     featured_image=stored_tall_image, featured_image_alt="An infographic")
    assert client.get(release.url).status_code == 200
    assert client.get(news.url).status_code == 200


def test_contract_the_override_wraps_wagtails_rendition_generation():
    """cms/overrides/renditions.py wraps AbstractImage.generate_rendition_file of wagtail 8.0.1: the
    original must still exist with the signature the wrapper calls."""
    import inspect

    from wagtail.images.models import AbstractImage

    assert AbstractImage.generate_rendition_file is rendition_override.generate_rendition_file
    original = rendition_override._original
    assert original.__qualname__ == "AbstractImage.generate_rendition_file"
    parameters = inspect.signature(original).parameters
    assert list(parameters)[:2] == ["self", "filter"] and parameters["source"].kind is inspect.Parameter.KEYWORD_ONLY
