"""Related pages and topics in the reader's language, in bulk: what a release, a resource or a
profile shows of the pages it links to and of its topics, and the listings' topic names.

Relations point at source (default-locale) pages and topics; readers see their own language where
a translation exists ("this object in this language": cms.translation.locales).
"""

from django.db.models import OuterRef, QuerySet, Subquery

from cms.publishing.visibility import keep_public
from cms.translation.locales import in_language, pick, versions


def linked_pages(model, links, field, locale_id, request=None):
    """The public pages of `model` a page's link rows point at (a release's working groups), each
    in the locale where translated, else the default locale's (cms.translation.locales), in the
    links' order, in one query. In a preview the links may be in memory: then by their targets.

    The rule is applied to the few versions read (keep_public), not in SQL: SQLite would pick the
    index on the alias column for IS NULL and read every page."""
    rows = links.all()
    if isinstance(rows, QuerySet):
        link = rows.filter(**{f"{field}__translation_key": OuterRef("translation_key")}).order_by("sort_order", "pk")
        among = model.objects.annotate(link_order=Subquery(link.values("sort_order")[:1]),
                                       link_pk=Subquery(link.values("pk")[:1]))
        found = versions(among, rows.values(f"{field}__translation_key"))
    else:
        found = versions(model.objects.all(), [getattr(row, field).translation_key for row in rows])
    pages = []
    for per_key in found.values():
        page = pick({page.locale.language_code: page for page in keep_public(per_key.values(), request)}, locale_id)
        if page is not None:
            pages.append(page)
    if not isinstance(rows, QuerySet):
        order = {getattr(row, field).translation_key: n for n, row in reversed(list(enumerate(rows)))}
        return sorted(pages, key=lambda page: order[page.translation_key])
    # Orderable's order (sort_order may be unset: then the links' creation order).
    return sorted(pages, key=lambda page: (page.link_order is None, page.link_order or 0, page.link_pk))


def localized_topics(topics, locale_id):
    """Topics (a queryset or instances) named in the locale where translated, by name. One query."""
    return sorted(in_language(topics, locale_id), key=lambda t: t.name.lower())
