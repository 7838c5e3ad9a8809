"""What the public may see: live, non-alias pages of the request's site outside private sections.

`public_pages` is the one definition for the doors that query pages across a whole site (the API,
search, sitemaps). Listings already scoped to one index use `private_pages_q`.

Both filter by *path ranges*: a subtree is every path from its root's path (inclusive) up to the
next sibling's path (exclusive), which the path index answers on SQLite and PostgreSQL alike
(a LIKE 'path%' does not use the index on SQLite, and per-row EXISTS subqueries grow with the
table). The site's locale roots and the view-restriction paths are read once per request, in one
query.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Case, CharField, F, Q, Subquery, Value, When
from django.db.models.functions import Cast
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import SiteRootPath

_ALPHABET = Page.alphabet
_SITE, _ROOT, _RESTRICTED = "site", "root", "restricted"


def subtree_q(path):
    """A Q for the page at `path` and all its descendants, as a path range."""
    upper = _next_path(path)
    return Q(path__gte=path, path__lt=upper) if upper else Q(path__gte=path)


def _next_path(path):
    """The smallest path of the same length after `path` (base-36 increment); None after ZZ..Z."""
    digits = list(path)
    for index in range(len(digits) - 1, -1, -1):
        position = _ALPHABET.index(digits[index])
        if position + 1 < len(_ALPHABET):
            digits[index] = _ALPHABET[position + 1]
            return "".join(digits)
        digits[index] = _ALPHABET[0]
    return None


def _any_subtree_q(paths):
    q = Q()
    for path in sorted(paths):
        q |= subtree_q(path)
    return q if q else Q(pk__in=[])


def _match_site(sites, request):
    """The site for `request` among `sites` (every site), by Wagtail's rule (wagtail.models.sites.
    get_site_for_hostname), without its query; the default site when there is no request.
    None when nothing matches."""
    if request is None:
        return next((site for site in sites if site.is_default_site), None)
    cached = getattr(request, "_wagtail_site", False)
    if cached is not False:
        return cached
    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()

    def rank(site):
        if site.hostname == hostname:
            return 0 if str(site.port) == str(port) else 1 if site.is_default_site else 3
        return 2

    candidates = sorted((site for site in sites if site.hostname == hostname or site.is_default_site), key=rank)
    if len(candidates) == 1 or (candidates and rank(candidates[0]) in (0, 1)):
        return candidates[0]
    if candidates and rank(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None


def site_scope(request=None):
    """(locale root paths of the request's site, view-restricted paths), read in one query and
    kept on the request. Roots are the site's root page and its translations (locale trees are
    siblings); any view restriction (password, login, groups) hides its subtree: the public is
    anonymous.

    The same query reads every site's locale roots, so the request also gets Wagtail's site root
    paths (what page URLs are computed from) without its own two queries."""
    holder = getattr(request, "_request", request)  # a DRF request: keep it on the Django one
    cached = getattr(holder, "_public_site_scope", None)
    if cached is not None:
        return cached
    roots, restricted = [], []
    sites, pages = {}, []
    for kind, number, other, path, url_path, text, key in _scope_rows():
        if kind == _SITE:
            sites[number] = (Site(pk=number, root_page_id=other, hostname=path, port=int(url_path),
                                  is_default_site=text == "1"), key)
        elif kind == _ROOT:
            pages.append((number, other, path, url_path, text, key))
        else:
            restricted.append(path)
    # The site is chosen from the rows just read (Site.find_for_request would query again).
    site = _match_site([entry[0] for entry in sites.values()], holder)
    if site is not None:
        site_key = sites[site.pk][1] if site.pk in sites else None
        root_depth = next((depth for pk, depth, *_rest in pages if pk == site.root_page_id), None)
        roots = [path for _pk, depth, path, _url, _code, key in pages if key == site_key and depth == root_depth]
        if holder is not None and not hasattr(holder, "_wagtail_cached_site_root_paths"):
            holder._wagtail_cached_site_root_paths = _site_root_paths(sites, pages)
    scope = (tuple(roots), tuple(restricted))
    if holder is not None:
        holder._public_site_scope = scope
    return scope


def _scope_rows():
    """One query: sites, the translations of their root pages, view-restricted paths, as
    (kind, number, other number, text, text, text, text) rows."""
    text = CharField()

    def cast(expression):
        return Cast(expression, output_field=text)

    site_keys = Site.objects.values("root_page__translation_key")
    sites = Site.objects.order_by().annotate(
        kind=Value(_SITE, output_field=text), t1=F("hostname"), t2=cast("port"),
        t3=Case(When(is_default_site=True, then=Value("1")), default=Value("0"), output_field=text),
        t4=cast("root_page__translation_key"),
    ).values_list("kind", "pk", "root_page_id", "t1", "t2", "t3", "t4")
    roots = Page.objects.order_by().filter(translation_key__in=Subquery(site_keys)).annotate(
        kind=Value(_ROOT, output_field=text), t3=F("locale__language_code"), t4=cast("translation_key"),
    ).values_list("kind", "pk", "depth", "path", "url_path", "t3", "t4")
    restrictions = PageViewRestriction.objects.order_by().annotate(
        kind=Value(_RESTRICTED, output_field=text), t1=F("page__path"), blank=Value("", output_field=text),
    ).values_list("kind", "page_id", "page_id", "t1", "blank", "blank", "blank")
    return sites.union(roots, restrictions, all=True)


def _site_root_paths(sites, pages):
    """Site.get_site_root_paths() from rows already read (same order, same values)."""
    by_key = defaultdict(list)
    for pk, _depth, _path, url_path, code, key in sorted(pages, key=lambda page: page[2]):
        by_key[key].append((pk, url_path, code))
    result = []
    ordered = sorted(sites.values(), key=lambda entry: (not entry[0].is_default_site, entry[0].hostname))
    url_paths = {pk: url_path for pk, _depth, _path, url_path, _code, _key in pages}
    ordered.sort(key=lambda entry: url_paths.get(entry[0].root_page_id, ""), reverse=True)
    for site, key in ordered:
        if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            result.extend(SiteRootPath(site.pk, url_path, site.root_url, code) for _pk, url_path, code in by_key[key])
        else:
            root = next(((url_path, code) for pk, url_path, code in by_key[key] if pk == site.root_page_id), None)
            if root:
                result.append(SiteRootPath(site.pk, root[0], site.root_url, root[1]))
    return result


def private_pages_q(request=None):
    """A Q matching pages in private sections (what PageQuerySet.public() excludes), with the view
    restrictions read once per request rather than once per queryset."""
    cached = getattr(request, "_private_pages_q", None)
    if cached is not None:
        return cached
    scope = getattr(getattr(request, "_request", request), "_public_site_scope", None)
    if scope is not None:
        paths = scope[1]
    else:
        paths = PageViewRestriction.objects.values_list("page__path", flat=True)
    q = _any_subtree_q(paths)
    if request is not None:
        request._private_pages_q = q
    return q


def public_children(parent, request=None):
    """The live, public, non-alias children of `parent`, as Page rows.

    Children by path range (a LIKE on path uses no index). Listings use it inside a correlated
    EXISTS on the content table's primary key (`model.objects.filter(Exists(public_children(...)
    .filter(pk=OuterRef("pk"))))`), so that the database walks the content table's own ordering
    index and stops after the rows it needs, whatever the number of pages."""
    return (Page.objects.filter(live=True, alias_of__isnull=True, depth=parent.depth + 1,
                                path__gt=parent.path, path__lte=parent.path + "Z" * Page.steplen)
            .exclude(private_pages_q(request)))


def public_pages_q(request=None):
    """A Q for the live, public, non-alias pages of the request's site (the default site when
    there is no request); nothing when there is no such site."""
    roots, restricted = site_scope(request)
    if not roots:
        return Q(pk__in=[])
    q = _any_subtree_q(roots) & Q(live=True, alias_of__isnull=True)
    if restricted:
        q &= ~_any_subtree_q(restricted)
    return q


def public_pages(queryset, request=None):
    """Live, public, non-alias pages of the request's site (every locale's tree of it); the default
    site when there is no request. Two queries per request at most (the site, its scope)."""
    return queryset.filter(public_pages_q(request))


# -- images and documents ------------------------------------------------------------------------

# Snippets the public always sees (the directory and the organisations API show their logos).
ALWAYS_PUBLIC_MEDIA_SOURCES = ("cms.Organisation",)


def public_media_q(model, request=None):
    """A Q for the images or documents (`model`) the public may see: those that a live, public page
    of the request's site references, or an always-public snippet (ALWAYS_PUBLIC_MEDIA_SOURCES).

    References come from Wagtail's reference index (fields, inline panels, StreamField blocks,
    rich-text embeds and document links). It indexes the page row, which holds a live page's live
    content: drafts and scheduled revisions are revisions, not rows, so a file used only by a
    draft or by an embargoed (scheduled) release is not public until that content goes live. A
    not-yet-live page's row is indexed too, but such a page is not public. No query of its own:
    one subquery of the caller's (the site scope is read once per request)."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import BigIntegerField
    from wagtail.models import ReferenceIndex

    types = ContentType.objects
    pages = (Page.objects.order_by().filter(public_pages_q(request))
             .annotate(source_key=Cast("pk", output_field=CharField())).values("source_key"))
    sources = Q(base_content_type=types.get_for_model(Page, for_concrete_model=False), object_id__in=pages)
    for label in ALWAYS_PUBLIC_MEDIA_SOURCES:
        sources |= Q(base_content_type=types.get_for_model(apps.get_model(label), for_concrete_model=False))
    targets = (ReferenceIndex.objects.order_by()
               .filter(sources, to_content_type=types.get_for_model(model, for_concrete_model=False))
               .annotate(target_pk=Cast("to_object_id", output_field=BigIntegerField())).values("target_pk"))
    return Q(pk__in=targets)


def public_media(queryset, request=None):
    """The images or documents of `queryset` that the public may see (public_media_q)."""
    return queryset.filter(public_media_q(queryset.model, request))


def is_public_media(obj, request=None):
    """True when the image or document `obj` may be shown to the public (public_media_q)."""
    return public_media(type(obj)._default_manager.filter(pk=obj.pk), request).exists()
