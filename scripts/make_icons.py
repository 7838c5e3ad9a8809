"""Draw the site's PNG icons (favicon, app icons) from the brand mark in static/icons/favicon.svg.

Run after changing the mark: `python scripts/make_icons.py`. Pillow only; the PNGs are committed.
"""

from pathlib import Path

from PIL import Image, ImageDraw

TEAL = (13, 92, 99)
ICONS = Path(__file__).resolve().parent.parent / "static" / "icons"
# The mark's "V" in the SVG's 40-unit square.
V = [(9, 12), (15, 12), (20, 25), (25, 12), (31, 12), (22.5, 30), (17.5, 30)]


def draw(size, padding=0.0, radius=6):
    """The mark at `size` px; `padding` (a fraction) leaves the safe zone maskable icons need."""
    scale = 4  # draw large, then shrink: smooth edges without an SVG renderer
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if padding:
        pen.rectangle([0, 0, big, big], fill=TEAL)
    else:
        pen.rounded_rectangle([0, 0, big - 1, big - 1], radius=radius * big / 40, fill=TEAL)
    inner = big * (1 - 2 * padding)
    offset = big * padding
    pen.polygon([(offset + x * inner / 40, offset + y * inner / 40) for x, y in V], fill="white")
    return image.resize((size, size), Image.LANCZOS)


def main():
    ICONS.mkdir(parents=True, exist_ok=True)
    for name, size, padding in [("favicon-32.png", 32, 0), ("apple-touch-icon.png", 180, 0.1),
                                ("icon-192.png", 192, 0), ("icon-512.png", 512, 0),
                                ("icon-maskable-512.png", 512, 0.12)]:
        draw(size, padding).save(ICONS / name, optimize=True)


if __name__ == "__main__":
    main()
