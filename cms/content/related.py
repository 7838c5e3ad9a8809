"""Related pages and topics in the reader's language, in bulk: what a release, a resource or a
profile shows of the pages it links to and of its topics, and the listings' topic names.

Relations point at source (default-locale) pages and topics; readers see their own language where
a translation exists.
"""

from django.db.models import OuterRef, QuerySet, Subquery

from cms.content.models import Topic
from cms.publishing.visibility import private_pages_q


def localized_pages(model, keys, locale_id, request=None):
    """Live, public pages of `model` for these translation keys, in the locale where translated
    (else the source page), in the order of `keys`. Relations point at source pages; readers see
    their own language where it exists. One query."""
    if not keys:
        return []
    found = {}
    pages = (model.objects.live().filter(translation_key__in=keys, alias_of__isnull=True)
             .exclude(private_pages_q(request)))
    for page in pages.select_related("locale"):
        if page.translation_key not in found or page.locale_id == locale_id:
            found[page.translation_key] = page
    return [found[key] for key in dict.fromkeys(keys) if key in found]


def linked_pages(model, links, field, locale_id, request=None):
    """localized_pages for the pages a page's link rows point at (a release's working groups), in
    the links' order, in one query. In a preview the links may be in memory: then two queries."""
    rows = links.all()
    if not isinstance(rows, QuerySet):
        return localized_pages(model, [getattr(row, field).translation_key for row in rows], locale_id, request)
    link = rows.filter(**{f"{field}__translation_key": OuterRef("translation_key")}).order_by("sort_order", "pk")
    # Aliases are left out below, not in SQL: SQLite would pick the alias_of index for IS NULL and
    # read every page.
    pages = (model.objects.live().filter(translation_key__in=rows.values(f"{field}__translation_key"))
             .exclude(private_pages_q(request))
             .annotate(link_order=Subquery(link.values("sort_order")[:1]), link_pk=Subquery(link.values("pk")[:1]))
             .select_related("locale"))
    found = {}
    for page in pages:
        if page.alias_of_id is None and (page.translation_key not in found or page.locale_id == locale_id):
            found[page.translation_key] = page
    # Orderable's order (sort_order may be unset: then the links' creation order).
    return sorted(found.values(), key=lambda page: (page.link_order is None, page.link_order or 0, page.link_pk))


def topic_slugs(topics):
    """The slugs of a page's topics, as a subquery when they are in the database (not in a preview)."""
    rows = topics.all()
    return rows.values("slug") if isinstance(rows, QuerySet) else [topic.slug for topic in rows]


def localized_topics(slugs, locale_id):
    """Topics by slug (the same in every language), named in the locale where translated. One query."""
    topics = {}
    for topic in Topic.objects.filter(slug__in=slugs).order_by("pk"):
        if topic.slug not in topics or topic.locale_id == locale_id:
            topics[topic.slug] = topic
    return sorted(topics.values(), key=lambda t: t.name.lower())
