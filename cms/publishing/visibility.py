"""What the public may see: the one rule "public to this request", written once.

A page is public to a request when it is live, is not an alias (wagtail-localize's untranslated
copies, which show another language's text), lies outside every view-restricted section (here or
above: a password, login or group restriction hides its subtree; the public is anonymous), and
lies on the request's site (under its root page or a translation of it: locale trees are
siblings). Nothing outside this module spells those conditions; every listing, feed, search,
sitemap, embed, API endpoint, template tag and rich-text resolver says it with these words:

- `public_pages(queryset, request)`: the public pages of `queryset`, site-wide (the API, sitemaps).
- `public_children(parent, request)`: Page rows of the public children of a page on the site
  (listings of an index).
- `public_descendants(root, request)`: Page rows of the public pages under a page on the site
  (the home page's highlights, search under a locale's home).
- `limit_to(queryset, pages)`: a content model's rows limited to such Page rows, as a correlated
  EXISTS on the primary key.
- `is_public(page, request)` / `keep_public(pages, request)`: the same rule in Python, on pages
  already read (the page chrome, a listing's few options, the admin's embed page, routing a URL).
- `private_pages_q(request)`: the private sections alone, as a Q (what Wagtail's `.public()`
  excludes, with the restrictions read once per request).
- `not_aliases(queryset)`, `is_alias(page)`, `original(page)`: aliases for editorial views and
  canonical links, whatever the page's state.
- `children_q(parent)`: the path range of a page's children, no visibility (for search backends,
  which take plain field filters, and for housekeeping).

Performance, which the listings rely on:
- Subtrees are *path ranges*: every path from the root's path (inclusive) to the next sibling's
  path (exclusive), which the path index answers on SQLite and PostgreSQL alike (a LIKE 'path%'
  uses no index on SQLite).
- Listings put the page conditions in a correlated EXISTS on the content table's primary key
  (`limit_to`), so the database walks the content table's own ordering index and stops after the
  rows it needs, whatever the number of pages.
- The site scope (every site, its locale roots, every view-restricted path) is read in one query
  per request and kept on it; the request also gets Wagtail's site root paths from the same rows.
- SQLite picks the alias_of index for `alias_of IS NULL` when that is the only selective-looking
  condition, and then reads every page; where a query reads a handful of rows by another index
  (the chrome's pages, a listing's options), the rule is applied in Python (`keep_public`) instead.
"""

from django.db.models import Case, CharField, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast
from wagtail.models import Page, PageViewRestriction, Site

from cms.overrides import site_root_paths
from cms.overrides.sites import match_site

_ALPHABET = Page.alphabet
_SITE, _ROOT, _RESTRICTED = "site", "root", "restricted"


# --- path ranges ---------------------------------------------------------------------------------

def subtree_q(path):
    """A Q for the page at `path` and all its descendants, as a path range."""
    upper = _next_path(path)
    return Q(path__gte=path, path__lt=upper) if upper else Q(path__gte=path)


def children_q(parent):
    """A Q for the children of `parent` (depth and path range; no visibility)."""
    return Q(depth=parent.depth + 1, path__gt=parent.path, path__lte=parent.path + "Z" * Page.steplen)


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


def _under_any(path, paths):
    return any(path.startswith(root) for root in paths)


# --- the site scope, read once per request -----------------------------------------------------

def _holder(request):
    return getattr(request, "_request", request)  # a DRF request: keep things on the Django one


def _scope_data(request):
    """({site pk: (Site, root translation key)}, root page rows, restricted paths), read in one
    query and kept on the request."""
    holder = _holder(request)
    cached = getattr(holder, "_public_scope_data", None)
    if cached is not None:
        return cached
    sites, pages, restricted = {}, [], []
    for kind, number, other, path, url_path, text, key in _scope_rows():
        if kind == _SITE:
            sites[number] = (Site(pk=number, root_page_id=other, hostname=path, port=int(url_path),
                                  is_default_site=text == "1"), key)
        elif kind == _ROOT:
            pages.append((number, other, path, url_path, text, key))
        else:
            restricted.append(path)
    data = (sites, pages, tuple(restricted))
    if holder is not None:
        holder._public_scope_data = data
    return data


def request_site(request):
    """The Site serving `request` (the default site without one), chosen among the rows of the
    scope (its one query per request). Its fields are pk, root_page_id, hostname, port, is_default_site."""
    sites, _pages, _restricted = _scope_data(request)
    return match_site([entry[0] for entry in sites.values()], _holder(request))


def default_site_id(request=None):
    """The default site's pk (None when there is none), from the scope."""
    return next((pk for pk, (site, _key) in _scope_data(request)[0].items() if site.is_default_site), None)


def default_site():
    """The default Site (fields as in request_site), or None: one query."""
    return request_site(None)


def site_scope(request=None, site=None):
    """(locale root paths of the site, view-restricted paths), read in one query and kept on the
    request. The site is the request's (the default site without a request), or `site` when given
    (an oEmbed URL names its host). Roots are the site's root page and its translations (locale
    trees are siblings); any view restriction (password, login, groups) hides its subtree: the
    public is anonymous.

    The same query reads every site's locale roots, so the request also gets Wagtail's site root
    paths (what page URLs are computed from) without its own two queries."""
    holder = _holder(request)
    if site is None:
        cached = getattr(holder, "_public_site_scope", None)
        if cached is not None:
            return cached
    sites, pages, restricted = _scope_data(request)
    roots = []
    if site is None:
        # The site is chosen from the rows just read (cms/overrides/sites.py: no query of its own).
        site = match_site([entry[0] for entry in sites.values()], holder)
        own = True
    else:
        own = False
    if site is not None:
        site_key = sites[site.pk][1] if site.pk in sites else None
        root_depth = next((depth for pk, depth, *_rest in pages if pk == site.root_page_id), None)
        roots = [path for _pk, depth, path, _url, _code, key in pages if key == site_key and depth == root_depth]
        site_root_paths.remember(holder, lambda: site_root_paths.site_root_paths(sites.values(), pages))
    scope = (tuple(roots), restricted)
    if holder is not None and own:
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
    """A Q matching pages in private sections (view-restricted here or above), from the scope read
    once per request."""
    _roots, restricted = site_scope(request)
    return _any_subtree_q(restricted)


def _rule_q(restricted):
    """Live, not an alias, outside every private section (the site is the caller's part)."""
    q = Q(live=True, alias_of__isnull=True)
    if restricted:
        q &= ~_any_subtree_q(restricted)
    return q


def public_pages_q(request=None, site=None):
    """A Q for the public pages of the request's site (the default site when there is no request;
    `site` when given); nothing when there is no such site."""
    roots, restricted = site_scope(request, site)
    if not roots:
        return Q(pk__in=[])
    return _any_subtree_q(roots) & _rule_q(restricted)


def public_pages(queryset, request=None, site=None):
    """The public pages of `queryset` (pages or a page model's rows): live, non-alias, outside
    private sections, on the request's site (every locale's tree of it); the default site when
    there is no request, `site` when given. One query per request at most (the scope)."""
    return queryset.filter(public_pages_q(request, site))


def public_children(parent, request=None):
    """Page rows of the public children of `parent` (nothing when `parent` is not on the request's
    site, which is checked here, in Python, so the query needs no condition on the site).

    Children by depth and path range (a LIKE on path uses no index). Listings use it through
    `limit_to`, a correlated EXISTS on the content table's primary key, so that the database walks
    the content table's own ordering index and stops after the rows it needs."""
    roots, restricted = site_scope(request)
    if not _under_any(parent.path, roots):
        return Page.objects.none()
    return Page.objects.filter(children_q(parent) & _rule_q(restricted))


def public_descendants(root, request=None, inclusive=False):
    """Page rows of the public pages under `root` (and `root` itself when `inclusive`), e.g. a
    locale home's; nothing when `root` is not on the request's site."""
    roots, restricted = site_scope(request)
    if not _under_any(root.path, roots):
        return Page.objects.none()
    upper = _next_path(root.path)
    q = Q(path__gte=root.path) if inclusive else Q(path__gt=root.path)
    if upper:
        q &= Q(path__lt=upper)
    return Page.objects.filter(q & _rule_q(restricted))


def limit_to(queryset, pages):
    """`queryset` (a page model's rows) limited to `pages` (Page rows from the functions above), as
    a correlated EXISTS on the primary key: the outer query keeps its own indexes and ordering."""
    return queryset.filter(Exists(pages.filter(pk=OuterRef("pk"))))


def _public(page, roots, restricted):
    return (page.live and page.alias_of_id is None and _under_any(page.path, roots)
            and not _under_any(page.path, restricted))


def is_public(page, request=None, site=None):
    """The rule in Python, for a page already read (its live, alias_of_id and path fields)."""
    return _public(page, *site_scope(request, site))


def keep_public(pages, request=None, site=None):
    """The public pages among `pages` (already read), in their order."""
    roots, restricted = site_scope(request, site)
    return [page for page in pages if _public(page, roots, restricted)]


# --- aliases, for editorial views and canonical links --------------------------------------------

RULE_FIELDS = ("live", "alias_of_id", "path")  # what is_public reads: keep them in a query's .only()


def not_aliases(queryset):
    """Real pages, not aliases, whatever their state (editorial views: roles, translation progress)."""
    return queryset.filter(alias_of__isnull=True)


def is_alias(page):
    return page.alias_of_id is not None


def original(page):
    """The page an alias copies (one canonical for the same content), else the page itself."""
    return page.alias_of.specific_deferred if getattr(page, "alias_of_id", None) else page


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
