"""The resource library's faceted filters: type, topic, language available and year, combinable
with a keyword, each facet showing how many resources each value would give (with the other
facets applied). Also the small localisation helpers the listings share (resources sit at the
bottom of news -> working groups -> resources, so news and workinggroups may import them).

Invalid values are dropped, never an error. The keyword uses search.query.search_pages (the one
search function) when it is installed, else a title/summary match.
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import CharField, Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Cast, ExtractYear
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Locale

from cms.models import Topic
from cms.publishing.visibility import children_q, keep_public
from cms.translation.locales import in_language, pick, versions
from resources.models import DOCUMENT_LANGUAGE_CHOICES, ResourceLanguageVersion, ResourcePage

RESOURCES_PER_PAGE = 12
KEYWORD_MAX_LENGTH = 200
KEYWORD_MAX_RESULTS = 1000
COVER_IMAGE_SPEC = "fill-{160x226,320x452} format-webp"  # A4 proportions; same spec as the template
COVER_IMAGE_FILTERS = Filter.expand_spec(COVER_IMAGE_SPEC)  # filter spec strings
LANGUAGE_NAMES = dict(DOCUMENT_LANGUAGE_CHOICES)


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


def keyword_filter(queryset, query, locale_id):
    """Resources matching the keyword, through the site search when it is there."""
    try:
        from search.query import clean_query, search_pages
    except ImportError:  # the search app is optional for the library
        words = query.split()
        condition = Q()
        for word in words:
            condition &= Q(title__icontains=word) | Q(summary__icontains=word)
        return queryset.filter(condition)
    if not clean_query(query):
        return queryset
    locale = Locale.objects.get(pk=locale_id)
    pks = [page.pk for page in search_pages(queryset, query, locale)[:KEYWORD_MAX_RESULTS]]
    return queryset.filter(pk__in=pks)


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Keyword"), required=False, max_length=KEYWORD_MAX_LENGTH, strip=True)
    type = forms.ChoiceField(label=_("Type"), required=False, choices=ResourcePage.ResourceType.choices)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(label=_("Language available"), required=False, choices=DOCUMENT_LANGUAGE_CHOICES)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, topics, years):
        super().__init__(data)
        self.fields["topic"].choices = [(t.slug, t.name) for t in topics]
        self.fields["year"].choices = [(str(y), str(y)) for y in years]

    def filters(self):
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


def _apply(queryset, filters, skip=None):
    if filters.get("type") and skip != "type":
        queryset = queryset.filter(resource_type=filters["type"])
    if filters.get("topic") and skip != "topic":
        queryset = queryset.filter(pk__in=ResourcePage.objects.filter(topics__slug=filters["topic"]).values("pk"))
    if filters.get("language") and skip != "language":
        queryset = queryset.filter(pk__in=ResourceLanguageVersion.objects.filter(language=filters["language"])
                                   .values("page_id"))
    if filters.get("year") and skip != "year":
        queryset = queryset.filter(publication_date__year=filters["year"])
    return queryset


def _counts(queryset, field):
    """{value: number of distinct resources} for one facet, in one aggregate query."""
    rows = queryset.order_by().values_list(field).annotate(n=Count("pk", distinct=True))
    return {value: n for value, n in rows if value not in (None, "")}


def _facet_counts(base, all_resources, active):
    """{facet: {value: number of distinct resources}} with the other facets applied, "all_years":
    the years of the whole library, and "without_year": the counts if the year were dropped, in one
    query (a UNION of grouped counts; values as text, the same type in every part)."""
    parts = [
        ("type", _apply(base, active, "type"), F("resource_type")),
        ("topic", _apply(base, active, "topic"), F("topics__slug")),
        ("language", _apply(base, active, "language"), F("language_versions__language")),
        ("year", _apply(base, active, "year"), Cast(ExtractYear("publication_date"), CharField())),
        ("all_years", all_resources, Cast(ExtractYear("publication_date"), CharField())),
    ]
    if "year" in active:  # the year may be unknown (then dropped): the counts without it too
        without_year = {name: value for name, value in active.items() if name != "year"}
        parts += [(f"{name}_without_year", _apply(base, without_year, name), expression)
                  for name, _queryset, expression in parts[:3]]
    queries = [queryset.order_by().annotate(facet=Value(name, CharField()), value=expression)
               .values("facet", "value").annotate(n=Count("pk", distinct=True)).values_list("facet", "value", "n")
               for name, queryset, expression in parts]
    counts = {name: {} for name, _queryset, _expression in parts}
    for facet, value, n in queries[0].union(*queries[1:], all=True):
        if value not in (None, ""):
            counts[facet][value] = n
    counts["without_year"] = {name: counts.pop(f"{name}_without_year", {}) for name in ("type", "topic", "language")}
    return counts


def _facet(name, label, options, counts, selected):
    return {
        "name": name,
        "label": label,
        "selected": "" if selected is None else str(selected),
        "options": [{"value": str(value), "label": option_label, "count": counts.get(value, 0),
                     "selected": value == selected} for value, option_label in options],
    }


def library_resources(index, request):
    """The library's live, public, non-alias resources (ResourceIndexPage.resources(), with the
    view restrictions read once per request), undated last."""
    # The page conditions in an EXISTS (children by indexed path range): the database starts from the
    # resources rather than from an index over every page.
    return index.resources(request)


def library_listing(index, request):
    """Context for the library: keyword, facets with counts, and one page of resources."""
    all_resources = library_resources(index, request)
    base = all_resources
    keyword = (request.GET.get("q") or "")[:KEYWORD_MAX_LENGTH].strip()
    if keyword:
        # The search backend takes plain field filters (no EXISTS): it searches the index's children.
        children = ResourcePage.objects.live().filter(children_q(index))
        base = base.filter(pk__in=keyword_filter(children, keyword, index.locale_id).values("pk"))

    # Options come from the whole library so that a value stays selectable whatever else is chosen.
    topics = localized_topics(Topic.objects.filter(resources__in=all_resources), index.locale_id)
    # The years are read with the counts, which need the valid filters: validate the others first.
    form = LibraryFilterForm(request.GET, topics=topics, years=[])
    active = form.filters()
    year = request.GET.get("year", "")
    if year.isdigit() and 1000 <= int(year) <= 9999:
        active["year"] = int(year)

    counts = _facet_counts(base, all_resources, active)
    years = sorted((int(y) for y in counts["all_years"]), reverse=True)
    if "year" in active and active["year"] not in years:  # an unknown year is dropped, as every invalid value
        del active["year"]
        counts.update(counts["without_year"])
    type_counts, topic_counts, language_counts = counts["type"], counts["topic"], counts["language"]
    year_counts = {int(year): n for year, n in counts["year"].items()}
    form = LibraryFilterForm(request.GET, topics=topics, years=years)
    form.is_valid()
    languages = sorted(language_counts, key=lambda code: LANGUAGE_NAMES.get(code, code).lower())

    facets = [
        _facet("type", _("Type"), ResourcePage.ResourceType.choices, type_counts, active.get("type")),
        _facet("topic", _("Topic"), [(t.slug, t.name) for t in topics], topic_counts, active.get("topic")),
        _facet("language", _("Language available"), [(c, LANGUAGE_NAMES.get(c, c)) for c in languages],
               language_counts, active.get("language")),
        _facet("year", _("Year"), [(y, str(y)) for y in years], year_counts, active.get("year")),
    ]
    resources = _apply(base, active).select_related("cover_image").prefetch_related(
        "language_versions",
        Prefetch("cover_image__renditions", queryset=get_image_model().get_rendition_model().objects.filter(
            filter_spec__in=COVER_IMAGE_FILTERS)),
    )
    paginator = Paginator(resources, RESOURCES_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    page_obj.object_list = list(page_obj.object_list)
    return {
        "filter_form": form,
        "keyword": keyword,
        "active_filters": active,
        "facets": facets,
        "resources": page_obj.object_list,
        "page_obj": page_obj,
        "paginator": paginator,
    }


def resource_context(resource, request):
    """Context for a resource page: every language version with its document, and its topics."""
    versions = list(resource.language_versions.select_related("document"))
    return {
        "versions": versions,
        "topics": localized_topics(resource.topics.all(), resource.locale_id),
    }
