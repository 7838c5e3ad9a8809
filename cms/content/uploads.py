"""Upload validation hooks for the admin's image and document forms.

Wagtail already checks image extension, byte size and declared pixels (WAGTAILIMAGES_*) and the
document extension and size (WAGTAILDOCS_*). These base forms add what it does not: an image must
be a raster file that Pillow can fully verify (no SVG, no truncated or disguised files) whose
renditions can be made (an 800×17000 infographic needs an 800×17000 WebP rendition, beyond WebP's
16383 pixels), and its location (EXIF GPS, XMP) is removed from the original before
it is stored; a document's content must match its extension, so a web page cannot pass as a PDF
or spreadsheet.
"""

import os
import warnings
from io import BytesIO

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cms.publishing.renditions import MAX_RENDITION_SIDE, largest_rendition_size, renditions_fit

RASTER_FORMATS = {"GIF", "JPEG", "PNG", "WEBP", "AVIF"}

# Leading bytes each binary document type must start with.
DOCUMENT_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "pptx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "zip": (b"PK\x03\x04", b"PK\x05\x06"),
    "rtf": (b"{\\rtf",),
}
TEXT_EXTENSIONS = {"txt", "csv"}


def _read_head(uploaded, size=8192):
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(position)
    return head


def verify_raster_image(uploaded):
    """Raise ValidationError unless Pillow recognises the file as an allowed raster format and
    verifies it, within WAGTAILIMAGES_MAX_IMAGE_PIXELS (decompression bombs are refused)."""
    max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    uploaded.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; make it an error.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(uploaded) as image:
                image_format = image.format
                width, height = image.size
                if max_pixels and width * height > max_pixels:
                    raise forms.ValidationError(
                        _("This image is too large (%(width)d×%(height)d pixels); the limit is %(max)d pixels."),
                        code="file_too_many_pixels",
                        params={"width": width, "height": height, "max": max_pixels},
                    )
                image.verify()
    except forms.ValidationError:
        raise
    except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError) as exc:
        raise forms.ValidationError(
            _("This image has too many pixels to be processed safely."), code="file_too_many_pixels"
        ) from exc
    except Exception as exc:  # noqa: BLE001 - any Pillow failure means "not a valid image"
        raise forms.ValidationError(
            _("This file is not a valid image, or it is damaged. Upload a GIF, JPEG, PNG, WebP or AVIF image."),
            code="invalid_image",
        ) from exc
    finally:
        uploaded.seek(0)
    if image_format not in RASTER_FORMATS:
        raise forms.ValidationError(
            _("%(format)s images are not accepted. Upload a GIF, JPEG, PNG, WebP or AVIF image."),
            code="invalid_image_format",
            params={"format": image_format},
        )
    if not renditions_fit(width, height):
        out_width, out_height = largest_rendition_size(width, height)
        raise forms.ValidationError(
            _("This image is too tall or too wide for the site (%(width)d×%(height)d pixels): its "
              "%(out_width)d×%(out_height)d pixel version would exceed the %(max)d-pixel limit of web "
              "image formats. Crop it or split it into several images."),
            code="image_too_long",
            params={"width": width, "height": height, "out_width": out_width, "out_height": out_height,
                    "max": MAX_RENDITION_SIDE},
        )


GPS_IFD = 0x8825  # the EXIF GPSInfo tag


def _has_location(image):
    xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode()
    return GPS_IFD in image.getexif() or b"GPS" in xmp or b"Location" in xmp


def strip_location(uploaded):
    """The upload without its location: EXIF GPS and XMP (which may repeat it) are removed, the
    rest of the EXIF (orientation, copyright) and the colour profile kept. JPEGs keep their
    quantisation (quality "keep"). Returns the upload itself when it has no location."""
    uploaded.seek(0)
    with PILImage.open(uploaded) as image:
        if not _has_location(image):
            uploaded.seek(0)
            return uploaded
        exif = image.getexif()
        exif.pop(GPS_IFD, None)
        params = {"exif": exif.tobytes()}
        if image.info.get("icc_profile"):
            params["icc_profile"] = image.info["icc_profile"]
        if image.format == "JPEG":
            params.update(quality="keep", subsampling="keep")
        elif image.format in ("WEBP", "AVIF"):
            params.update(quality=95, lossless=bool(image.info.get("lossless")))
        if getattr(image, "n_frames", 1) > 1:
            params["save_all"] = True
        output = BytesIO()
        image.save(output, format=image.format, **params)
    uploaded.seek(0)
    return SimpleUploadedFile(uploaded.name, output.getvalue(), content_type=getattr(uploaded, "content_type", None))


def check_document_content(uploaded):
    """Raise ValidationError when a document's content does not match its extension."""
    extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
    head = _read_head(uploaded)
    signatures = DOCUMENT_SIGNATURES.get(extension)
    if signatures and not head.startswith(signatures):
        raise forms.ValidationError(
            _("The content of this file is not a valid .%(extension)s file."),
            code="document_content_mismatch",
            params={"extension": extension},
        )
    if extension in TEXT_EXTENSIONS and b"\x00" in head:
        raise forms.ValidationError(
            _("A .%(extension)s file must contain text only."),
            code="document_content_mismatch",
            params={"extension": extension},
        )


class VerifiedImageField(WagtailImageField):
    """Wagtail's image field, with Pillow's header-only checks and verification run first.

    Wagtail measures pixels through Willow, which decodes the whole image: a file declaring fewer
    pixels than Pillow's own bomb limit but more than ours would be decoded in full, and a damaged
    one raises an OSError (a 500). Checking the header and verifying first turns both into form errors.
    """

    def to_python(self, data):
        extension = os.path.splitext(getattr(data, "name", "") or "")[1].lower().lstrip(".")
        # Unknown extensions (SVG, …) get Wagtail's own "not a supported format" message.
        if data and hasattr(data, "read") and extension in self.allowed_image_extensions:
            verify_raster_image(data)
            data = strip_location(data)
        try:
            return super().to_python(data)
        except (OSError, ValueError, SyntaxError) as exc:  # Pillow's ways of saying "damaged"
            raise forms.ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc


class VerifiedImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: the file field is a VerifiedImageField (also in the multiple uploader)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField) and not isinstance(field, VerifiedImageField):
            # Swap the class, not the instance: keeps the widget, labels and limits Wagtail set up.
            field.__class__ = VerifiedImageField


class CheckedDocumentForm(BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: Wagtail's extension and size checks, then the content check."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document_content(uploaded)
        return uploaded
