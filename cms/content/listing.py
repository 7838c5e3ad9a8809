"""One listing engine for the filtered listings (news, the library, the directory).

Each app declares its listing in its own `listing.py`: a `Listing` subclass naming its filters,
the page length and what each row needs. The index page's get_context gives it the visible items
(the page's own method, built on cms.publishing.visibility) and asks it for its context:

    GET -> a form built from the declared filters -> the valid values (invalid ones are dropped:
    a bad address never gives an error) -> one query for the figures (the total, each counted
    filter's facet counts with the other filters applied, options read from the data) -> the
    filtered queryset -> one page of rows, with an elided pager.

The idea is cfgov's FilterableListMixin (a page mixin with one form and one paginator); here the
form is built from declarations and every figure comes from one UNION query, so a listing's query
count never grows with its length or its number of filters.

A filter whose options come from the data (`options_from_figures`, e.g. the years) cannot be
validated before the figures are read: its value is assumed when plausible, and the figures are
also read without it, in the same query, for when it turns out not to exist.
"""

from typing import NamedTuple

from django import forms
from django.core.paginator import Paginator
from django.db.models import CharField, Count, Exists, F, IntegerField, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Cast, ExtractYear
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.images.models import Filter as ImageFilter
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from cms.content.models import Topic
from cms.content.related import localized_topics
from cms.translation.fields import PAGE_TRANSLATABLE_FIELDS
from cms.translation.policy import PolicyPage

TOTAL = "_total"
WITHOUT = "|without"  # suffix of a figure read without the values still to be checked


# A card's picture (news and directory cards): the templates use the same spec in {% srcset_image %}.
CARD_IMAGE_SPEC = "fill-{320x180,640x360} format-webp"
CARD_IMAGE_SPECS = ImageFilter.expand_spec(CARD_IMAGE_SPEC)  # filter spec strings


def card_image_renditions(field):
    """Prefetch the card renditions of the rows' image `field` (select_related it too): one query."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_IMAGE_SPECS)
    return Prefetch(f"{field}__renditions", queryset=renditions)


class Option(NamedTuple):
    value: str  # as in the address
    label: str
    key: object = None  # what applying the value needs, when it is more than the value


class Filter:
    """One GET parameter of a listing: its options, its form field, how it narrows the items and,
    when `counted`, the value each item counts towards (`facet`). A lookup across a to-many
    relation is applied as a primary-key subquery, so that no item is listed twice."""

    shown = True  # shown as a list of options (a keyword is not)
    counted = True  # show how many items each option would give (with the other filters applied)
    hide_empty = False  # leave out options no item has
    options_from_figures = False  # options read with the counts (then `figure_parts`, `options_in`)
    facet_distinct = None  # count distinct items (default: when the facet crosses a relation)

    def __init__(self, name, label, all_label, *, lookup=None, choices=None, counted=None, hide_empty=None):
        self.name, self.label, self.all_label = name, label, all_label
        self.lookup = lookup or name
        self.choices = choices
        if counted is not None:
            self.counted = counted
        if hide_empty is not None:
            self.hide_empty = hide_empty

    def options(self, listing):
        """[Option] the form accepts: the declared choices, else the model field's."""
        choices = self.choices if self.choices is not None else field_choices(listing.model, self.lookup)
        return [Option(str(value), str(label)) for value, label in choices]

    def form_field(self, options):
        return forms.ChoiceField(label=self.label, required=False,
                                 choices=[("", self.all_label)] + [(o.value, o.label) for o in options])

    def apply(self, queryset, value, listing):
        if "__" in self.lookup:
            return queryset.filter(pk__in=listing.model.objects.filter(**{self.lookup: value}).values("pk"))
        return queryset.filter(**{self.lookup: value})

    def facet(self):
        """What each item counts towards, as an expression giving the option value as text."""
        return F(self.lookup)

    def facet_value(self, value):
        """The option a counted value belongs to (e.g. a country's region)."""
        return value


class YearFilter(Filter):
    """A year of a date field, among the years of the items: every year that has items, or with
    `span`, every year from the earliest item's to the latest's (read from the date's index)."""

    options_from_figures = True

    def __init__(self, name, label, all_label, *, field, span=False, counted=None):
        super().__init__(name, label, all_label, lookup=field, counted=counted)
        self.span = span

    def options(self, listing):
        return []  # read with the figures

    def form_field(self, options):
        return forms.TypedChoiceField(label=self.label, required=False, coerce=int, empty_value=None,
                                      choices=[("", self.all_label)] + [(o.value, o.label) for o in options])

    def plausible(self, raw):
        """The value to assume before the years are read, or None."""
        return int(raw) if raw.isdigit() and 1000 <= int(raw) <= 9999 else None

    def apply(self, queryset, value, listing):
        return queryset.filter(**{f"{self.lookup}__year": value})

    def facet(self):
        return Cast(ExtractYear(self.lookup), CharField())

    def figure_parts(self, listing):
        """The parts of the figures query the options are read from."""
        if not self.span:
            return [facet_part(f"{self.name}:all", listing.items, self.facet())]
        year = Cast(ExtractYear(self.lookup), CharField())
        earliest = listing.items.order_by(self.lookup, "pk").annotate(y=year).values("y")[:1]
        latest = listing.items.order_by(f"-{self.lookup}", "-pk").annotate(y=year).values("y")[:1]
        return [scalar_part(f"{self.name}:first", Subquery(earliest), listing),
                scalar_part(f"{self.name}:last", Subquery(latest), listing)]

    def options_in(self, figures):
        if not self.span:
            years = sorted((int(y) for y in figures.get(f"{self.name}:all", {})), reverse=True)
        else:
            first, last = figures.get(f"{self.name}:first"), figures.get(f"{self.name}:last")
            years = list(range(int(next(iter(last))), int(next(iter(first))) - 1, -1)) if first and last else []
        return [Option(str(year), str(year)) for year in years]


class TopicFilter(Filter):
    """A topic, by slug (the same in every language), among the topics the items use, named in the
    listing's language. The options are a probe per topic (EXISTS stops at the first item), not a
    scan of every item; a topic counts when an item uses it or its translation."""

    def __init__(self, name, label, all_label, *, field="topics", counted=None):
        super().__init__(name, label, all_label, lookup=f"{field}__slug", counted=counted)
        self.field = field

    def options(self, listing):
        items, locale_id = listing.items, listing.locale_id
        used = (Exists(items.filter(**{f"{self.field}__slug": OuterRef("slug"),
                                       f"{self.field}__locale_id": locale_id}))
                | Exists(items.filter(**{self.field: OuterRef("pk")})))
        topics = localized_topics(Topic.objects.filter(used), locale_id)
        return [Option(topic.slug, topic.name) for topic in topics]


def field_choices(model, lookup):
    """The choices of the model field at the end of `lookup` (relations followed)."""
    *path, name = lookup.split("__")
    for part in path:
        model = model._meta.get_field(part).related_model
    return model._meta.get_field(name).choices


# -- the figures: one UNION query of (name, value, number) rows -----------------------------------

def facet_part(name, queryset, expression, distinct=False):
    """How many items of `queryset` have each value of `expression`."""
    return (queryset.order_by().annotate(facet=Value(name, CharField()), value=expression)
            .values("facet", "value").annotate(n=Count("pk", distinct=distinct)).values_list("facet", "value", "n"))


def count_part(name, queryset):
    """How many items `queryset` has (one row, also when there are none)."""
    return facet_part(name, queryset, Value("", CharField()))


def scalar_part(name, expression, listing):
    """One row holding `expression` (a scalar subquery) as its value, on the listing's locale row."""
    return (Locale.objects.filter(pk=listing.locale_id).order_by()
            .annotate(facet=Value(name, CharField()), value=Cast(expression, CharField()),
                      n=Value(0, IntegerField()))
            .values_list("facet", "value", "n"))


def read_figures(parts):
    """{name: {value: number}} from `parts`, in one query."""
    figures = {}
    for name, value, number in parts[0].union(*parts[1:], all=True):
        if value not in (None, ""):
            figures.setdefault(name, {})[value] = number
        elif name.startswith(TOTAL):
            figures.setdefault(name, {})[""] = number
    return figures


class CountedPaginator(Paginator):
    """A Paginator whose count is already known (read with the other figures)."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached_property


def elided_page_numbers(page_obj):
    """The page numbers a pager links: the first, the last and two either side of the current one,
    with Paginator.ELLIPSIS for the gaps (a pager of 1,000 pages stays a few links long)."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))


# -- the listing ----------------------------------------------------------------------------------

class Listing:
    """A filtered listing of `items`, an index page's visible items in listing order. Subclasses
    declare `filters`, `items_name` (the template's name for the rows) and `per_page` (None: every
    item on one page); `rows`, `count_queryset` and `extra_context` are optional hooks."""

    filters = ()
    items_name = "items"
    per_page = None

    def __init__(self, index, request, items):
        self.index, self.request, self.items = index, request, items
        self.locale_id = index.locale_id
        self.model = items.model

    def rows(self, queryset):
        """`queryset` with what each listed row shows (select_related, prefetch_related)."""
        return queryset

    def count_queryset(self, filtered, values):
        """What the total is counted on (e.g. a cheaper queryset when nothing is filtered)."""
        return filtered

    def extra_context(self, rows):
        return {}

    # -- the steps ---------------------------------------------------------------------------------

    def form(self, options):
        fields = {f.name: f.form_field(options.get(f.name, [])) for f in self.filters}
        return type("ListingForm", (forms.Form,), fields)(self.request.GET)

    @staticmethod
    def valid_values(form):
        form.is_valid()
        return {name: value for name, value in form.cleaned_data.items() if value not in (None, "")}

    def apply(self, queryset, values, skip=None):
        for f in self.filters:
            if f.name in values and f.name != skip:
                queryset = f.apply(queryset, values[f.name], self)
        return queryset

    def figure_parts(self, values, suffix="", skip=()):
        parts = [count_part(TOTAL + suffix, self.count_queryset(self.apply(self.items, values), values))]
        for f in self.filters:
            if f.counted and f.name not in skip:
                expression = f.facet()
                distinct = f.facet_distinct if f.facet_distinct is not None else "__" in f.lookup
                parts.append(facet_part(f.name + suffix, self.apply(self.items, values, skip=f.name), expression,
                                        distinct))
        return parts

    def context(self):
        self.options = options = {f.name: f.options(self) for f in self.filters}
        deferred = [f for f in self.filters if f.options_from_figures]
        deferred_names = {f.name for f in deferred}
        values = {name: value for name, value in self.valid_values(self.form(options)).items()
                  if name not in deferred_names}
        assumed = dict(values)
        for f in deferred:
            plausible = f.plausible(self.request.GET.get(f.name, ""))
            if plausible is not None:
                assumed[f.name] = plausible
        parts = self.figure_parts(assumed)
        if assumed != values:  # a deferred value may not exist: the figures without it too
            parts += self.figure_parts(values, WITHOUT, skip=deferred_names)
        for f in deferred:
            parts += f.figure_parts(self)
        figures = read_figures(parts)
        for f in deferred:
            options[f.name] = f.options_in(figures)
        form = self.form(options)
        values = self.valid_values(form)
        if assumed != values:  # a deferred value was dropped: the figures without it
            for name in [TOTAL] + [f.name for f in self.filters if f.counted and f.name not in deferred_names]:
                figures[name] = figures.get(name + WITHOUT, {})
        total = figures.get(TOTAL, {}).get("", 0)

        rows = self.rows(self.apply(self.items, values))
        context = {"filter_form": form, "active_filters": values,
                   "facets": [self.facet(f, options[f.name], figures.get(f.name, {}), values.get(f.name))
                              for f in self.filters if f.shown]}
        if self.per_page:
            paginator = CountedPaginator(rows, self.per_page, total)
            page_obj = paginator.get_page(self.request.GET.get("page"))
            page_obj.object_list = list(page_obj.object_list)
            context.update(page_obj=page_obj, paginator=paginator, page_numbers=elided_page_numbers(page_obj))
            rows = page_obj.object_list
        else:
            rows = list(rows)
        context[self.items_name] = rows
        context.update(self.extra_context(rows))
        return context

    def facet(self, f, options, counts, selected):
        """A filter as the template shows it: each option with how many items it would give."""
        tallied = {}
        for value, number in counts.items():
            key = f.facet_value(value)
            tallied[key] = tallied.get(key, 0) + number
        selected = "" if selected is None else str(selected)
        return {
            "name": f.name, "label": f.label, "all_label": f.all_label, "counted": f.counted, "selected": selected,
            "options": [{"value": o.value, "label": o.label, "count": tallied.get(o.value, 0),
                         "selected": o.value == selected}
                        for o in options if not (f.hide_empty and f.counted and not tallied.get(o.value))],
        }


# -- the index page -------------------------------------------------------------------------------

class ListingPage(PolicyPage, Page):
    """An index page (one per language, under the home page) whose children are listed by a
    `Listing`. Subclasses declare `intro` (a text field: its length and help differ), `listing`
    (the Listing subclass), `subpage_types` and `listed_items(request)`, the visible items in listing
    order (the page's own method, e.g. `NewsIndexPage.releases`)."""

    listing = Listing

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listed_items(self, request=None):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(self, request, self.listed_items(request)).context())
        return context
