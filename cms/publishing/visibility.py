"""What the public may see: live, non-alias pages of the request's site outside private sections.

`public_pages` is the one definition for the doors that query pages across a whole site (the API,
search, sitemaps). Listings already scoped to one index use `private_pages_q`.

Both filter by *path ranges*: a subtree is every path from its root's path (inclusive) up to the
next sibling's path (exclusive), which the path index answers on SQLite and PostgreSQL alike
(a LIKE 'path%' does not use the index on SQLite, and per-row EXISTS subqueries grow with the
table). The site's locale roots and the view-restriction paths are read once per request, in one
query.
"""

from django.db.models import Case, CharField, F, Q, Subquery, Value, When
from django.db.models.functions import Cast
from wagtail.models import Page, PageViewRestriction, Site

from cms.overrides import site_root_paths

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
    # The request's site as Wagtail finds it (kept on the request); the default site without a request.
    site = (Site.find_for_request(holder) if holder is not None
            else next((entry[0] for entry in sites.values() if entry[0].is_default_site), None))
    if site is not None:
        site_key = sites[site.pk][1] if site.pk in sites else None
        root_depth = next((depth for pk, depth, *_rest in pages if pk == site.root_page_id), None)
        roots = [path for _pk, depth, path, _url, _code, key in pages if key == site_key and depth == root_depth]
        site_root_paths.remember(holder, lambda: site_root_paths.site_root_paths(sites.values(), pages))
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
