"""Demo images and documents, drawn locally (Pillow, a hand-written PDF): nothing is downloaded.

Each is found again by its title in the "Demo content" collection, so a second run reuses it.
"""

import io
import zlib

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION_NAME = "Demo content"

# Muted colours that read as "placeholder", not as a photograph.
PALETTE = [(31, 78, 121), (46, 117, 89), (140, 75, 40), (92, 61, 130), (38, 98, 110), (120, 46, 70)]


def demo_collection():
    existing = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
    return existing or Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


def _font(size):
    # Pillow bundles a scalable default font when FreeType is available; fall back to the bitmap one.
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):
        return ImageFont.load_default()


def _wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def placeholder_jpeg(text, size=(1200, 675), colour_index=0):
    """A flat-colour picture with a band of lighter colour and the text on it."""
    colour = PALETTE[colour_index % len(PALETTE)]
    image = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    width, height = size
    light = tuple(min(255, c + 60) for c in colour)
    draw.rectangle([0, int(height * 0.62), width, height], fill=light)
    font = _font(max(18, width // 24))
    y = int(height * 0.18)
    for line in _wrap(text, 34 if width > height else 18)[:5]:
        draw.text((width // 16, y), line, fill=(255, 255, 255), font=font)
        y += int(font.size * 1.3) if hasattr(font, "size") else 20
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def _pdf_text(text):
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def placeholder_pdf(title, lines):
    """A valid one-page PDF (A4, Helvetica) with the title and a few lines of text."""
    content = [b"BT", b"/F1 18 Tf", b"56 780 Td", b"22 TL"]
    for line in _wrap(title, 52):
        content.append(b"(" + _pdf_text(line) + b") Tj T*")
    content += [b"/F1 11 Tf", b"16 TL", b"T*"]
    for paragraph in lines:
        for line in _wrap(paragraph, 90):
            content.append(b"(" + _pdf_text(line) + b") Tj T*")
        content.append(b"T*")
    content.append(b"ET")
    stream = zlib.compress(b"\n".join(content))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


OLD_HERO_TITLE = "Home page hero"  # the picture with text in it that earlier demos put behind the hero


def find_image(title):
    """The demo collection's image with this title, or None."""
    return get_image_model().objects.filter(title=title, collection__name=COLLECTION_NAME).first()


def get_or_create_image(title, filename, text=None, size=(1200, 675), colour_index=0):
    model = get_image_model()
    collection = demo_collection()
    image = model.objects.filter(title=title, collection=collection).first()
    if image is None:
        data = placeholder_jpeg(text or title, size=size, colour_index=colour_index)
        image = model(title=title, collection=collection, file=ImageFile(io.BytesIO(data), name=filename))
        image._set_image_file_metadata()
        image.save()
    return image


def get_or_create_document(title, filename, lines):
    model = get_document_model()
    collection = demo_collection()
    document = model.objects.filter(title=title, collection=collection).first()
    if document is None:
        document = model(title=title, collection=collection,
                         file=ContentFile(placeholder_pdf(title, lines), name=filename))
        document._set_document_file_metadata()
        document.save()
    return document


# --- Pictures from open geodata: a country's outline in the site's colours, no text ---------------

SITE_TEAL, SITE_LAND = (13, 92, 99), (241, 244, 248)
MAP_PICTURE_MARK = "geo-v1"  # in the file name of pictures drawn from the geodata: older placeholders lack it


def country_picture(country_code, size=(1200, 675), colour_index=0):
    """A JPEG of `country_code`'s outline (ISO alpha-2) filled in the site's teal, among its
    neighbours in grey on a pale sea, framed on the country; the whole world when the code is
    empty or not in the data. Drawn from workinggroups/data (Natural Earth via world-atlas)."""
    import math

    from workinggroups import worldmap

    shapes = worldmap.countries()
    code = worldmap.numeric_code(country_code) if country_code else None
    target = shapes.get(code, [])
    width, height = size
    scale_factor = 2  # draw large, then shrink: smooth edges
    big = (width * scale_factor, height * scale_factor)
    if target:
        main = max(target, key=lambda polygon: len(polygon[0]))  # the mainland, not far islands
        lons = [lon for lon, _lat in main[0]]
        lats = [lat for _lon, lat in main[0]]
        centre_lat = (min(lats) + max(lats)) / 2
        stretch = math.cos(math.radians(centre_lat))
        span_x = (max(lons) - min(lons)) * stretch
        span_y = max(lats) - min(lats)
        span = max(span_x / width, span_y / height) * 1.6 or 1.0  # degrees per pixel, with a margin
        centre = ((min(lons) + max(lons)) / 2, centre_lat)
    else:
        stretch, span, centre = 1.0, max(360 / width, 150 / height), (10.0, 10.0)

    def project(lon, lat):
        x = (lon - centre[0]) * stretch / span + width / 2
        y = (centre[1] - lat) / span + height / 2
        return x * scale_factor, y * scale_factor

    colour = PALETTE[colour_index % len(PALETTE)]
    sea = tuple(round(c * 0.3 + 255 * 0.7) for c in colour)  # a tint of the palette colour: land stands out
    image = PILImage.new("RGB", big, sea)
    pen = ImageDraw.Draw(image)
    for key, polygons in shapes.items():
        fill = SITE_TEAL if key == code else SITE_LAND
        for polygon in polygons:
            for number, ring in enumerate(polygon):
                points = [project(lon, lat) for lon, lat in ring]
                pen.polygon(points, fill=(sea if number else fill), outline=(255, 255, 255))
    image = image.resize(size, PILImage.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def get_or_replace_map_image(title, slug, country_code, size=(1200, 675), colour_index=0):
    """The demo image with this title, drawn from the geodata. A demo image of that title from an
    earlier run (a flat box with words in it) gets the new picture in place: only the demo's own
    images, found by title in the demo collection; a second run changes nothing."""
    model = get_image_model()
    collection = demo_collection()
    filename = f"{slug}-{MAP_PICTURE_MARK}.jpg"
    image = model.objects.filter(title=title, collection=collection).first()
    if image is not None and MAP_PICTURE_MARK in image.file.name:
        return image, False
    data = country_picture(country_code, size=size, colour_index=colour_index)
    if image is None:
        image = model(title=title, collection=collection)
    else:
        image.renditions.all().delete()
        image.file.delete(save=False)
    image.file = ImageFile(io.BytesIO(data), name=filename)
    image._set_image_file_metadata()
    image.save()
    return image, True
