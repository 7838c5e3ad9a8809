"""Search-engine and link-preview metadata for a page: description, canonical URL, OpenGraph
and Twitter tags, and JSON-LD (NewsArticle for releases, Organization for the Initiative and
for working groups).

Content apps are not imported (cms sits below them): page types are recognised by their model
label and fields are read by name.
"""

import json
from urllib.parse import urljoin

from django.utils.translation import gettext as _
from wagtail.images.shortcuts import get_rendition_or_not_found

from cms.links import absolute, page_url
from cms.publishing.visibility import original

OG_IMAGE_SPEC = "fill-1200x630|format-jpeg"  # the size link previews expect; JPEG for old crawlers

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A <script type="application/ld+json"> body that cannot close the tag early."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str).translate(_JSON_ESCAPES)


def description(page):
    """search_description when editors wrote one, else the page's summary or introduction."""
    for field in ("search_description", "summary", "intro", "hero_text"):
        value = getattr(page, field, "") or ""
        if value.strip():
            return " ".join(value.split())
    return ""


def canonical_url(page, request):
    """The page's absolute URL; an alias points at its original (same content, one canonical)."""
    return page_url(original(page), request)


def share_image(page):
    """The image link previews show: a release's featured image, a home page's hero or a cover."""
    for field in ("featured_image", "hero_image", "cover_image"):
        if getattr(page, f"{field}_id", None):
            return getattr(page, field)
    return None


def page_meta(page, request):
    """Everything <head> needs for a page, as plain values for the template."""
    meta = {
        "title": page.seo_title or page.title,
        "description": description(page),
        "canonical": canonical_url(page, request),
        "og_type": "article" if page._meta.label_lower == "news.newsreleasepage" else "website",
        "image_url": "",
        "image_alt": "",
        "image_width": None,
        "image_height": None,
        "published": getattr(page, "publication_date", None),
    }
    image = share_image(page)
    rendition = get_rendition_or_not_found(image, OG_IMAGE_SPEC) if image is not None else None
    if rendition is not None and rendition.width:  # width 0: the rendition could not be made
        # Relative to the canonical URL: the same origin (cms/links.py).
        meta.update(image_url=urljoin(meta["canonical"], rendition.url), image_width=rendition.width,
                    image_height=rendition.height,
                    image_alt=getattr(page, "featured_image_alt", "") or image.default_alt_text)
    return meta


def organisation_data(request, footer=None, home_url=None):
    """The Initiative as a schema.org Organization."""
    data = {
        "@type": "Organization",
        "name": _("Voluntary Principles Initiative"),
        "alternateName": "VPI",
        "url": home_url or absolute(request, "/"),
    }
    if footer is not None:
        same_as = [block.value["url"] for block in footer.social_links]
        if same_as:
            data["sameAs"] = same_as
        if footer.email:
            data["email"] = footer.email
    return data


def json_ld(page, request, meta, footer=None, home_url=None):
    """A list of JSON-LD objects for the page (the Initiative is described on every page)."""
    initiative = organisation_data(request, footer, home_url)
    label = page._meta.label_lower
    if label == "news.newsreleasepage":
        article = {
            "@type": "NewsArticle",
            "headline": page.title[:110],
            "description": meta["description"],
            "datePublished": page.publication_date.isoformat(),
            "dateModified": (page.last_published_at or page.latest_revision_created_at or page.publication_date)
            .isoformat(),
            "inLanguage": page.locale.language_code,
            "mainEntityOfPage": meta["canonical"],
            "url": meta["canonical"],
            "publisher": initiative,
            "author": initiative,
        }
        if page.dateline:
            article["locationCreated"] = {"@type": "Place", "name": page.dateline}
        if meta["image_url"]:
            article["image"] = [meta["image_url"]]
        return [{"@context": "https://schema.org", **article}]
    if label == "workinggroups.workinggrouppage":
        group = {
            "@type": "Organization",
            "name": page.title,
            "description": meta["description"],
            "url": meta["canonical"],
            "areaServed": {"@type": "Country", "name": page.country.name, "identifier": page.country.code},
            "parentOrganization": initiative,
        }
        if page.contact_email:
            group["email"] = page.contact_email
        return [{"@context": "https://schema.org", **group}]
    return [{"@context": "https://schema.org", **initiative}]
