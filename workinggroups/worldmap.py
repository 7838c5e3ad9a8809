"""The world map of the working groups, drawn on the server as inline SVG from open geodata.

The shapes are Natural Earth's 1:110m countries as shipped in the npm package world-atlas
(workinggroups/data/countries-110m.json, licence beside it), decoded from TopoJSON and projected
with the Equal Earth projection here, in Python. Decoding and projecting happen once per process
(functools.cache); a page only picks the countries it marks. The same shapes draw the demo's
pictures (cms.demo.media).
"""

import json
import math
from functools import cache
from pathlib import Path

from django_countries.fields import Country

DATA = Path(__file__).resolve().parent / "data" / "countries-110m.json"
ANTARCTICA = "010"
WIDTH = 1000  # SVG units; the height follows from the projection
SOUTH, NORTH = -58.0, 84.0  # latitudes kept on the map (no Antarctica, no empty polar band)

# Equal Earth (Šavrič, Patterson, Jenny 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    """(x, y) in projection units, y upwards, for degrees of longitude and latitude."""
    theta = math.asin(M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * math.radians(lon) * math.cos(theta) / (3 * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


@cache
def _topology():
    with DATA.open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def _arcs():
    """The topology's arcs as lists of (lon, lat): delta-decoded and un-quantised."""
    topology = _topology()
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes):
    arcs = _arcs()
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their joining point
    return _unwrap(points)


def _unwrap(points):
    """A ring that crosses the antimeridian (Fiji, the east of Russia) would draw a line across the
    whole map: continue its western points past 180° and fold them onto the map's eastern edge."""
    if all(abs(a[0] - b[0]) <= 180 for a, b in zip(points, points[1:], strict=False)):
        return points
    return [(min(lon + 360 if lon < 0 else lon, 180.0), lat) for lon, lat in points]


@cache
def countries():
    """{ISO 3166 numeric code ("076"): [polygon, ...]}, each polygon a list of rings of (lon, lat),
    the outer ring first. Antarctica is left out."""
    shapes = {}
    for geometry in _topology()["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if not code or code == ANTARCTICA:
            continue
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        shapes.setdefault(code, []).extend([[_ring(ring) for ring in polygon] for polygon in polygons])
    return shapes


def numeric_code(country):
    """The map's key for a country (a django-countries Country or an alpha-2 code): "076" for Brazil."""
    country = country if isinstance(country, Country) else Country(code=str(country))
    return f"{country.numeric:03d}" if country.numeric is not None else None


def _scale():
    left, _ = equal_earth(-180, 0)
    right, _ = equal_earth(180, 0)
    return WIDTH / (right - left), -left


@cache
def frame():
    """(width, height, project) for the whole map: project(lon, lat) gives SVG (x, y)."""
    scale, shift = _scale()
    _, top = equal_earth(0, NORTH)
    _, bottom = equal_earth(0, SOUTH)

    def project(lon, lat):
        x, y = equal_earth(lon, lat)
        return (x + shift) * scale, (top - y) * scale

    return WIDTH, round((top - bottom) * scale, 1), project


def _path(polygons, project):
    parts = []
    for polygon in polygons:
        for ring in polygon:
            points = [project(lon, lat) for lon, lat in ring]
            parts.append("M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in points) + "Z")
    return "".join(parts)


def _area_centroid(points):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return 0.0, points[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


@cache
def projected():
    """{numeric code: (SVG path data, (x, y) of the centre of its largest polygon)}, once per process."""
    _width, _height, project = frame()
    result = {}
    for code, polygons in countries().items():
        outers = [[project(lon, lat) for lon, lat in polygon[0]] for polygon in polygons]
        _area, centre = max((_area_centroid(ring) for ring in outers), key=lambda item: item[0])
        result[code] = (_path(polygons, project), (round(centre[0], 1), round(centre[1], 1)))
    return result


@cache
def land_path():
    """Every country as one path: the map's background."""
    return "".join(path for path, _centre in projected().values())


def working_group_map(profiles):
    """What the template draws: the land, each marked country's shape, and one marker per profile
    at its country's centre (several groups in one country sit side by side). Profiles whose
    country the 1:110m data lacks (very small states) are listed in `unmapped` instead."""
    width, height, _project = frame()
    shapes = projected()
    marked, markers, unmapped = {}, [], []
    per_country = {}
    for profile in profiles:
        code = numeric_code(profile.country)
        if code not in shapes:
            unmapped.append(profile)
            continue
        marked[code] = shapes[code][0]
        per_country.setdefault(code, []).append(profile)
    for code, group in per_country.items():
        x, y = shapes[code][1]
        for index, profile in enumerate(group):
            offset = (index - (len(group) - 1) / 2) * 14
            markers.append({"profile": profile, "x": round(x + offset, 1), "y": y})
    return {"width": width, "height": height, "land": land_path(), "marked": list(marked.values()),
            "markers": markers, "unmapped": unmapped}
