"""What the public may see: live, non-alias pages of the request's site outside private sections.

`public_pages` is the one definition for the doors that query pages across a whole site (the API,
search, sitemaps). Listings already scoped to one index use `private_pages_q`, which reads the view
restrictions once per request as path prefixes.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction, Site


def private_pages_q(request=None):
    """A Q matching pages in private sections (what PageQuerySet.public() excludes), with the view
    restrictions read once per request rather than once per queryset."""
    cached = getattr(request, "_private_pages_q", None)
    if cached is not None:
        return cached
    q = Q()
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        q |= Q(path__startswith=path)
    q = q if q else Q(pk__in=[])
    if request is not None:
        request._private_pages_q = q
    return q


def public_pages(queryset, request=None):
    """Live, public, non-alias pages of the request's site (every locale's tree of it); the default
    site when there is no request.

    Uses subqueries rather than Wagtail's get_public_pages_queryset, which runs one query per
    view restriction and per locale root: here the number of queries is fixed, whatever the tree holds.
    """
    site = Site.find_for_request(request) if request is not None else Site.objects.filter(
        is_default_site=True).select_related("root_page").first()
    if site is None:
        return queryset.none()
    root = site.root_page
    root_path_length = Page.steplen * root.depth
    in_site = Exists(
        Page.objects.filter(
            translation_key=root.translation_key, depth=root.depth,
            path=Substr(OuterRef("path"), 1, root_path_length),
        )
    )
    # Any view restriction (password, login, groups) on the page or an ancestor: the public is
    # anonymous, so restricted pages never appear, whatever the kind of restriction.
    restricted = Exists(
        PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    )
    return queryset.filter(in_site, ~restricted, live=True, alias_of__isnull=True)
