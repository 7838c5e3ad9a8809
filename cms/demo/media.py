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
    return _get_or_replace_drawn_image(title, f"{slug}-{MAP_PICTURE_MARK}.jpg", MAP_PICTURE_MARK,
                                       lambda: country_picture(country_code, size=size, colour_index=colour_index))


def _get_or_replace_drawn_image(title, filename, mark, draw):
    """(image, redrawn): the demo collection's image with this title when its file name carries
    `mark`; else one made from `draw()`, or an earlier demo's image of that title redrawn in place
    (redrawn=True: the pages that show it keep it)."""
    model = get_image_model()
    collection = demo_collection()
    image = model.objects.filter(title=title, collection=collection).first()
    if image is not None and mark in image.file.name:
        return image, False
    data = draw()
    redrawn = image is not None
    if image is None:
        image = model(title=title, collection=collection)
    else:
        image.renditions.all().delete()
        image.file.delete(save=False)
    image.file = ImageFile(io.BytesIO(data), name=filename)
    image._set_image_file_metadata()
    image.save()
    return image, redrawn


# --- Resource covers: a pattern by resource type in the site's colours, no text -----------------

SITE_NAVY, SITE_GOLD, SITE_PAPER = (11, 37, 69), (184, 134, 11), (243, 245, 248)
COVER_MARK = "pattern-v1"  # in the file name of covers drawn as patterns: earlier covers had their title drawn in


def resource_cover(resource_type, seed, size=(600, 850)):
    """A JPEG cover for a resource: a navy upper part with a shape that stands for the type
    (guidance: arcs, toolkit: tiles, training: steps, report: lines, annual report: rising bars,
    fact sheet: dots, governance: three pillars), a pale lower part with a gold rule. `seed`
    varies the details, so two covers of one type differ."""
    import random

    rng = random.Random(seed)
    width, height = size
    scale = 2  # draw large, then shrink: smooth edges
    big_w, big_h = width * scale, height * scale
    image = PILImage.new("RGB", (big_w, big_h), SITE_NAVY)
    pen = ImageDraw.Draw(image)
    band = int(big_h * 0.68)
    left, top, right, bottom = int(big_w * 0.1), int(big_h * 0.08), int(big_w * 0.9), band - int(big_h * 0.06)
    box_w, box_h = right - left, bottom - top
    light_teal = (104, 170, 176)
    colours = [SITE_TEAL, light_teal, SITE_GOLD, (255, 255, 255)]
    if resource_type == "guidance":
        for ring in range(7, 0, -1):
            radius = box_w * ring / 7
            pen.ellipse([left - radius, bottom - radius, left + radius, bottom + radius],
                        fill=colours[ring % 3], outline=SITE_NAVY, width=scale * 3)
        pen.rectangle([0, 0, left, band], fill=SITE_NAVY)  # a quarter of each ring shows
    elif resource_type == "toolkit":
        cells = 4
        gap = box_w // 30
        side = (box_w - gap * (cells - 1)) // cells
        for row in range(box_h // (side + gap)):
            for col in range(cells):
                x, y = left + col * (side + gap), top + row * (side + gap)
                pen.rounded_rectangle([x, y, x + side, y + side], radius=side // 6,
                                      fill=rng.choice(colours[:3]) if rng.random() < 0.7 else None,
                                      outline=light_teal, width=scale * 2)
    elif resource_type == "training":
        steps = 5
        step_w = box_w / steps
        for n in range(steps):
            rise = box_h * (n + 1) / steps
            pen.rectangle([left + n * step_w, bottom - rise, left + (n + 1) * step_w - scale * 4, bottom],
                          fill=SITE_GOLD if n == steps - 1 else colours[n % 2])
    elif resource_type == "annual_report":
        bars = 8
        bar_w = box_w / bars
        level = 0.25
        for n in range(bars):
            level = min(1.0, level + rng.uniform(0.03, 0.14))
            pen.rectangle([left + n * bar_w + scale * 3, bottom - box_h * level, left + (n + 1) * bar_w - scale * 3,
                           bottom], fill=SITE_GOLD if n == bars - 1 else light_teal)
    elif resource_type == "fact_sheet":
        cols, rows = 7, 8
        step_x, step_y = box_w / cols, box_h / rows
        for row in range(rows):
            for col in range(cols):
                radius = min(step_x, step_y) * rng.choice((0.18, 0.28, 0.38))
                cx, cy = left + (col + 0.5) * step_x, top + (row + 0.5) * step_y
                pen.ellipse([cx - radius, cy - radius, cx + radius, cy + radius],
                            fill=SITE_GOLD if rng.random() < 0.12 else light_teal)
    elif resource_type == "governance":
        pillar_w = box_w / 5
        for n in range(3):
            x = left + pillar_w * (2 * n)
            pen.rectangle([x, top + box_h * 0.18, x + pillar_w, bottom], fill=colours[n])
        pen.polygon([(left - scale * 10, top + box_h * 0.16), (left + box_w / 2, top),
                     (right + scale * 10, top + box_h * 0.16)], fill=(255, 255, 255))
    else:  # report, and any other type: lines of a page, one highlighted
        lines = 9
        step = box_h / lines
        marked = rng.randrange(lines)
        for n in range(lines):
            length = box_w * (rng.uniform(0.55, 1.0) if n != lines - 1 else 0.45)
            pen.rounded_rectangle([left, top + n * step, left + length, top + n * step + step * 0.45],
                                  radius=scale * 4, fill=SITE_GOLD if n == marked else light_teal)
    pen.rectangle([0, band, big_w, big_h], fill=SITE_PAPER)  # drawn last: it trims shapes that reach below
    pen.rectangle([int(big_w * 0.08), band + int(big_h * 0.06), int(big_w * 0.5), band + int(big_h * 0.075)],
                  fill=SITE_GOLD)
    for line in range(3):  # grey lines where a cover's small print would be
        y = band + int(big_h * (0.13 + 0.045 * line))
        pen.rectangle([int(big_w * 0.08), y, int(big_w * (0.84 - 0.12 * line)), y + int(big_h * 0.012)],
                      fill=(213, 219, 227))
    image = image.resize(size, PILImage.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def get_or_replace_cover_image(title, slug, resource_type, size=(600, 850)):
    """The demo cover with this title, drawn as a pattern (`resource_cover`); an earlier demo's
    cover of that title (with its words drawn in) is redrawn in place, once."""
    return _get_or_replace_drawn_image(title, f"cover-{slug}-{COVER_MARK}.jpg", COVER_MARK,
                                       lambda: resource_cover(resource_type, slug, size=size))
