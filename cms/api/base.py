"""Shared API building blocks: endpoint base classes, declared filters, errors, throttling, caching.

A content app's endpoint subclasses PageEndpoint (or SnippetEndpoint) and declares its model,
`filters` (ApiFilter objects), `order_fields`, `default_order` and listing fields; the models'
`api_fields` say what each item shows. Everything else is here, once:

- only live, public, non-alias pages of the request's site (cms.publishing.visibility.public_pages);
- ?locale= / ?fallback=default, meta.locale and meta.translations for the whole page at once;
- 400 {"message"} for unknown parameters or bad values, 404 JSON, 405 for writes, 429 with
  Retry-After for anonymous clients over settings.API_THROTTLE_RATE;
- settings.PUBLIC_CACHE_CONTROL on 200s; validators, 304s and the stored copy are the response
  cache's (cms.publishing.caching), which answers repeated anonymous requests before DRF runs;
- page endpoints serve items stored at publish (cms.api.store), projected to ?fields=.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpResponse
from django.urls import NoReverseMatch
from django.utils.http import http_date
from rest_framework import exceptions, status
from rest_framework.fields import SkipField
from rest_framework.filters import BaseFilterBackend
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from wagtail.api import APIField
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.serializers import BaseSerializer, PageHtmlUrlField, PageSerializer
from wagtail.api.v2.serializers import DetailUrlField as WagtailDetailUrlField
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from cms.api import store as api_store
from cms.api.batch import (
    Batch,
    default_language_code,
    filter_by_locale,
    locale_ids,
    locale_q,
    parse_locale_params,
)
from cms.api.fields import LastPublishedField, LocaleField, TranslationsField
from cms.clients import client_ip, hit, window_remaining
from cms.links import absolute, page_url
from cms.publishing.visibility import public_pages

DEFAULT_THROTTLE_RATE = "300/minute"


class AnonymousRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, its rate read from settings.API_THROTTLE_RATE on every request
    (env API_THROTTLE_RATE; empty disables it). Counts live in the Django cache (Redis)."""

    scope = "api_anon"

    def get_rate(self):
        return getattr(settings, "API_THROTTLE_RATE", DEFAULT_THROTTLE_RATE) or None

    def allow_request(self, request, view):
        """A fixed window counted atomically (cms.clients.hit), per client address from the one
        trusted-proxy rule (cms.clients.client_ip): a changing X-Forwarded-For is not a new client."""
        if self.rate is None:
            return True
        return hit("api", client_ip(request), self.num_requests, self.duration)

    def wait(self):
        return window_remaining(self.duration)


# -- declared filters ---------------------------------------------------------------------------

class ApiFilter:
    """One query parameter: `name`, how to parse its value, how to apply it. `schema` is its
    OpenAPI schema and `description` its documentation (the OpenAPI document reads both)."""

    schema = {"type": "string"}

    def __init__(self, name, lookup=None, description=""):
        self.name, self.lookup, self.description = name, lookup or name, description

    def parse(self, value):
        if "\x00" in value:
            raise BadRequestError(f"{self.name}: null characters are not allowed")
        return value

    def apply(self, queryset, value, request=None):
        queryset = queryset.filter(**{self.lookup: value})
        # Across a to-many relation a row could match twice.
        return queryset.distinct() if "__" in self.lookup else queryset


class ChoiceFilter(ApiFilter):
    def __init__(self, name, choices, lookup=None, description=""):
        super().__init__(name, lookup, description)
        self.choices = [str(value) for value, _label in choices]
        self.schema = {"type": "string", "enum": self.choices}

    def parse(self, value):
        if value not in self.choices:
            raise BadRequestError(f"{self.name} must be one of: {', '.join(self.choices)}")
        return value


class DateFilter(ApiFilter):
    schema = {"type": "string", "format": "date", "examples": ["2024-01-01"]}

    def parse(self, value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as exc:
            raise BadRequestError(f"{self.name} must be a date (YYYY-MM-DD)") from exc


class YearFilter(ApiFilter):
    schema = {"type": "integer", "minimum": 1900, "maximum": 2200, "examples": [2024]}

    def parse(self, value):
        if not value.isdigit() or not 1900 <= int(value) <= 2200:
            raise BadRequestError(f"{self.name} must be a year, e.g. 2024")
        return int(value)

    def apply(self, queryset, value, request=None):
        return queryset.filter(**{f"{self.lookup}__year": value})


class SlugFilter(ApiFilter):
    """A slug, e.g. a topic's (the same in every language)."""

    PATTERN = r"^[-\w]{1,100}$"
    schema = {"type": "string", "pattern": PATTERN}

    def parse(self, value):
        value = super().parse(value)
        if not re.fullmatch(self.PATTERN[1:-1], value):
            raise BadRequestError(f"{self.name} must be a slug (letters, digits, - and _)")
        return value

    def apply(self, queryset, value, request=None):
        return queryset.filter(**{self.lookup: value}).distinct()


class TranslatedPageFilter(ApiFilter):
    """A related page by the id of any of its translations, e.g. ?working_group=12 (English or
    Spanish id alike): relations are stored on default-locale pages, matched by translation_key."""

    schema = {"type": "integer", "minimum": 1}

    def __init__(self, name, model, lookup, description=""):
        super().__init__(name, lookup, description)
        self.model = model

    def parse(self, value):
        if not value.isdigit() or int(value) < 1:
            raise BadRequestError(f"{self.name} must be a positive integer")
        return int(value)

    def apply(self, queryset, value, request=None):
        # Only a public page can be named: a draft's id finds nothing (and reveals nothing).
        keys = public_pages(self.model.objects.filter(pk=value), request).values("translation_key")
        return queryset.filter(**{f"{self.lookup}__translation_key__in": keys}).distinct()


class CountryFilter(ApiFilter):
    schema = {"type": "string", "pattern": "^[A-Za-z]{2}$", "examples": ["CL", "cl"]}

    def parse(self, value):
        if len(value) != 2 or not value.isalpha():
            raise BadRequestError(f"{self.name} must be a two-letter ISO country code, e.g. CL")
        return value.upper()


class DeclaredFiltersBackend(BaseFilterBackend):
    """Applies the view's declared filters (listing only: a detail view is addressed by id)."""

    def filter_queryset(self, request, queryset, view):
        if view.action != "listing_view":
            return queryset
        for api_filter in getattr(view, "filters", ()):
            if api_filter.name in request.GET:
                queryset = api_filter.apply(queryset, api_filter.parse(request.GET[api_filter.name]), request)
        return queryset


class LocaleBackend(BaseFilterBackend):
    """?locale= (default: the default locale, or every locale where the view says so) and
    ?fallback=default for translatable models."""

    def filter_queryset(self, request, queryset, view):
        if view.action != "listing_view" or getattr(view, "locale_in_queryset", False):
            return queryset
        code, fallback = parse_locale_params(request)
        if "locale" not in request.GET and getattr(view, "all_locales_by_default", False):
            return queryset
        return filter_by_locale(queryset, view.get_locale_scope_queryset(), code, fallback)


class OrderBackend(BaseFilterBackend):
    """?order=field,-field over the view's `order_fields`; the view's `default_order` otherwise."""

    def filter_queryset(self, request, queryset, view):
        if view.action != "listing_view":
            return queryset
        order = request.GET.get("order")
        if order is None:
            return queryset.order_by(*view.default_order) if view.default_order else queryset
        if "search" in request.GET:
            raise BadRequestError("search results are in relevance order: order cannot be combined with search")
        fields = []
        for part in order.split(","):
            name = part.lstrip("-")
            if name not in view.order_fields:
                raise BadRequestError(
                    "cannot order by '{}'; choose from: {}".format(part, ", ".join(view.order_fields))
                )
            descending = part.startswith("-")
            fields.append(("-" if descending else "") + view.order_fields[name])
        return queryset.order_by(*fields, "-pk" if fields[-1].startswith("-") else "pk")


class SearchBackend(BaseFilterBackend):
    """?search= through search.query.search_pages (the search page's function); must run last."""

    def filter_queryset(self, request, queryset, view):
        if view.action != "listing_view" or "search" not in request.GET:
            return queryset
        if not request.GET["search"].strip():
            return queryset.none()  # nothing to look for: no results (as search_pages would say)
        from search.query import search_pages

        code, fallback = parse_locale_params(request)
        if fallback:
            raise BadRequestError("search looks in one language: fallback cannot be combined with search")
        # The index only knows its FilterFields; the public-page subqueries (Exists) are applied by
        # the database, the index sees a primary-key filter.
        narrowed = queryset.model._default_manager.filter(pk__in=queryset.order_by().values("pk"))
        return search_pages(narrowed.select_related(*getattr(view, "select_related", ())), request.GET["search"],
                            locale=code)


# -- the views ----------------------------------------------------------------------------------

class ApiPagination(WagtailPagination):
    """Wagtail's limit/offset paging; numbers beyond any database integer are a 400, not a 500."""

    def paginate_queryset(self, queryset, request, view=None):
        for name in ("limit", "offset"):
            value = request.GET.get(name, "")
            if value.lstrip("-").isdigit() and int(value) > 2**63 - 1:
                raise BadRequestError(f"{name} is too large")
        return super().paginate_queryset(queryset, request, view)


class CountedQuerySet:
    """A queryset to paginate whose total is counted by another, cheaper queryset."""

    def __init__(self, queryset, count_queryset):
        self.queryset, self.count_queryset = queryset, count_queryset

    def count(self):
        return self.count_queryset.count()

    def __getitem__(self, key):
        return self.queryset[key]


class ApiViewMixin:
    """Behaviour every endpoint shares: JSON only, errors, throttling, HTTP caching."""

    renderer_classes = [JSONRenderer]
    throttle_classes = [AnonymousRateThrottle]
    pagination_class = ApiPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # A NUL byte can reach no database (PostgreSQL refuses it): reject it in any parameter.
        if any("\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in values):
            raise BadRequestError("null characters are not allowed in parameters")
    filters = ()
    extra_query_parameters = frozenset()

    def get_known_query_parameters(self):
        return set(self.known_query_parameters) | set(self.extra_query_parameters) | {f.name for f in self.filters}

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET.keys()) - self.get_known_query_parameters()
        if unknown:
            raise BadRequestError("unknown query parameter: {}".format(", ".join(sorted(unknown))))

    # A detail view takes ?locale= (and ?fallback=) when its model is translatable.
    detail_query_parameters = frozenset(["fields", "_"])

    def check_detail_parameters(self):
        unknown = set(self.request.GET.keys()) - set(self.detail_query_parameters)
        if unknown:
            raise BadRequestError("unknown query parameter: {}".format(", ".join(sorted(unknown))))

    # Display locale for relations and labels: ?locale= in listings, the item's own otherwise.
    def get_display_code(self):
        if self.action == "listing_view" and "locale" in self.request.GET:
            return parse_locale_params(self.request)[0]
        return None

    def serialize(self, items):
        """The API representation of `items` (a list of model instances) for this view."""
        self.batch = Batch(self, items, self.get_display_code())
        return self.get_serializer(items, many=True).data

    def get_renderer_context(self):
        # Compact JSON (Wagtail indents by 4): about a third fewer bytes, and Python's C encoder
        # (an indented dump runs the pure-Python one) renders a 20-item listing several times faster.
        context = super().get_renderer_context()
        context["indent"] = None
        return context

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["batch"] = getattr(self, "batch", None)
        return context

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        if self.uses_stored_representations():
            return self.get_paginated_response(self.select_nested(self.stored_listing(queryset)))
        items = list(self.paginate_queryset(queryset))
        if self.uses_stored_representations(search=True):
            return self.get_paginated_response(self.select_nested(self.stored_search_results(items)))
        return self.get_paginated_response(self.select_nested(self.serialize(items)))

    # -- nested field specs: fields=topics(name), featured_image(url,alt) ------------------------
    # Our representation fields (InstanceField: images, relations, bodies) build their objects
    # themselves; Wagtail would look for a nested serializer of the related model and either
    # ignore the spec or check it against another endpoint's fields. Wagtail gets the field
    # without its spec, and the spec selects from the object the field gives (select_nested).

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        from cms.api.fields import InstanceField

        overrides = cls.get_field_serializer_overrides(model)
        config = [(name, negated, None if isinstance(overrides.get(name), InstanceField) else sub_fields)
                  for name, negated, sub_fields in fields_config]
        return super()._get_serializer_class(router, model, config, show_details=show_details, nested=nested)

    def select_nested(self, items):
        from cms.api.fields import InstanceField

        model = getattr(self, "model", None)
        overrides = self.get_field_serializer_overrides(model) if model is not None else {}
        from cms.api.fields import StreamField

        specs = {name: sub_fields for name, _negated, sub_fields in self.fields_config()
                 if sub_fields and isinstance(overrides.get(name), InstanceField)}
        for name in specs:
            if isinstance(overrides[name], StreamField):
                # Blocks are a union by `type`: a sub-selection would leave blocks nobody can tell apart.
                raise BadRequestError(f"'{name}' does not support nested fields")
        for item in items if specs else ():
            for name, sub_fields in specs.items():
                if name in item:
                    item[name] = select_fields(name, item[name], sub_fields)
        return items

    def detail_view(self, request, pk):
        self.check_detail_parameters()
        if int(pk) > 2**63 - 1:  # beyond any database id (PostgreSQL would raise on the lookup)
            raise Http404("not found")
        if "locale" in request.GET or "fallback" in request.GET:
            pk = self.translation_pk(pk)
            self.kwargs["pk"] = pk
        if self.uses_stored_representations():
            data = self.stored_detail(pk)
        else:
            data = self.serialize([self.get_object()])[0]
        data = self.select_nested([data])[0]
        self.set_item_headers(data)
        return Response(data)

    def translation_pk(self, pk):
        """?locale=: the id of item `pk`'s public translation in that language (404 when there is
        none); with ?fallback=default, the default language's when there is none."""
        code, fallback = parse_locale_params(self.request)
        key = self.model._default_manager.filter(pk=pk).values("translation_key")
        found = dict(self.get_queryset().filter(translation_key__in=key).order_by()
                     .values_list("locale__language_code", "pk"))
        chosen = found.get(code) or (found.get(default_language_code()) if fallback else None)
        if chosen is None:
            raise Http404("not found in this language")
        return chosen

    def set_item_headers(self, data):
        """Content-Language: the item's language; Last-Modified: when it was last published (the
        response cache keeps a view's own Last-Modified; ETag stays the body's hash)."""
        meta = data.get("meta", {}) if isinstance(data, dict) else {}
        if meta.get("locale"):
            self.content_language = meta["locale"]
        published = meta.get("last_published_at")
        if published:
            self.last_modified = datetime.datetime.fromisoformat(published.replace("Z", "+00:00"))

    # -- stored representations (cms.api.store) -----------------------------------------------

    store_representations = False

    def fields_config(self):
        if "fields" not in self.request.GET:
            return []
        try:
            return parse_fields_parameter(self.request.GET["fields"])
        except ValueError as exc:
            raise BadRequestError(f"fields error: {exc}") from exc

    def uses_stored_representations(self, search=False):
        """Whether stored items serve this request (nested specs of our fields are applied to the
        projection by select_nested). A search's results come from the index in relevance order,
        so their rows are read by id (`search=True`)."""
        return self.store_representations and ("search" in self.request.GET) == search

    def stored_serializer_class(self, detail):
        """The serializer class Wagtail would use for this request (it validates ?fields=)."""
        return self._get_serializer_class(self.request.wagtailapi_router, self.model, self.fields_config(),
                                          show_details=detail)

    def stored_listing(self, queryset):
        serializer_class = self.stored_serializer_class(detail=False)
        code, base = self.get_display_code(), api_store.base_url(self.request)
        # Rows stored in each page's own language are found without a join to the page's locale
        # when the listing has one language (its items' own).
        lookup = code or (self.listing_language() if getattr(self, "locale_in_queryset", False) else None)
        rows = api_store.annotate(queryset, api_store.LISTING, lookup, base).values_list("pk", "_api_data")
        count_queryset = self.listing_count_queryset() if hasattr(self, "listing_count_queryset") else None
        if count_queryset is not None:
            rows = CountedQuerySet(rows, count_queryset)
        items = self.stored_items(list(self.paginate_queryset(rows)), api_store.LISTING, code, base)
        return [project(item, serializer_class) for item in items]

    def stored_detail(self, pk):
        serializer_class = self.stored_serializer_class(detail=True)
        base = api_store.base_url(self.request)
        queryset = api_store.annotate(self.get_queryset().filter(pk=pk), api_store.DETAIL, None, base)
        items = self.stored_items(list(queryset.values_list("pk", "_api_data")[:1]), api_store.DETAIL, None, base)
        if not items:
            raise Http404("not found")
        return project(items[0], serializer_class)

    def stored_search_results(self, items):
        serializer_class = self.stored_serializer_class(detail=False)
        code, base = self.get_display_code(), api_store.base_url(self.request)
        stored = api_store.stored_rows(items, api_store.LISTING, code, base)
        rows = [(item.pk, stored.get(item.pk)) for item in items]
        found = self.stored_items(rows, api_store.LISTING, code, base, instances=items)
        return [project(item, serializer_class) for item in found]

    def stored_items(self, rows, kind, code, base, instances=None):
        """The items of `rows` ([(pk, stored JSON or None)]) in order; missing ones are built with
        the live serializer, in one batch, and stored."""
        found = {pk: data for pk, data in rows}
        missing = [pk for pk, data in rows if data is None]
        if missing:
            if instances is None:
                instances = list(self.get_queryset().filter(pk__in=missing))
            else:
                instances = [instance for instance in instances if instance.pk in set(missing)]
            built = build_representations(type(self), instances, self.request, detail=kind == api_store.DETAIL,
                                          display_code=code)
            api_store.store(kind, base, built)
            for page_id, _language, data, _dependencies in built:
                found[page_id] = api_store.dumps(data)
        return [api_store.loads(found[pk]) for pk, _data in rows if found.get(pk) is not None]

    def options(self, request, *args, **kwargs):
        # DRF's default describes serializers (and may fail on them); CORS preflights never get
        # here (django-cors-headers answers them). Say what is allowed, nothing else.
        response = HttpResponse(status=200)
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            from cms.api.router import keep_api_404

            keep_api_404(self.request._request)
            return Response({"message": str(exc) or "not found"}, status=status.HTTP_404_NOT_FOUND)
        if isinstance(exc, BadRequestError):
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, ValidationError):
            return Response({"message": "; ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, ValueError | OverflowError):
            # A value the database cannot take (e.g. an id beyond 64 bits).
            return Response({"message": f"bad value: {exc}"}, status=status.HTTP_400_BAD_REQUEST)
        response = super().handle_exception(exc)
        if isinstance(exc, exceptions.APIException) and isinstance(response.data, dict) and "detail" in response.data:
            response.data = {"message": str(response.data["detail"])}
        return response

    def listing_content_language(self):
        """A listing's languages: ?locale= (with ?fallback=, and the default language)."""
        if self.action != "listing_view" or not getattr(self, "translatable", True):
            return None
        try:
            code, fallback = parse_locale_params(self.request)
        except BadRequestError:
            return None
        if "locale" not in self.request.GET and getattr(self, "all_locales_by_default", False):
            return None
        default = default_language_code()
        return f"{code}, {default}" if fallback and code != default else code

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD"):
            return response
        if response.status_code == 200:
            response["Cache-Control"] = settings.PUBLIC_CACHE_CONTROL
            language = getattr(self, "content_language", None) or self.listing_content_language()
            if language:
                response["Content-Language"] = language
            if getattr(self, "last_modified", None):
                response["Last-Modified"] = http_date(self.last_modified.timestamp())
            return response
        if not response.has_header("Cache-Control"):
            response["Cache-Control"] = "no-store" if response.status_code == 429 else "no-cache"
        return response


class DetailUrlField(WagtailDetailUrlField):
    """Wagtail's `detail_url`, made absolute (cms/links.py)."""

    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        if not path:
            raise SkipField
        return absolute(self.context["request"], path)


class ApiSerializer(BaseSerializer):
    detail_url = DetailUrlField(read_only=True)


class PageUrlField(PageHtmlUrlField):
    """Wagtail's `html_url`, by the one rule for page URLs (cms/links.py; the request's cached site
    root paths: no query)."""

    def to_representation(self, page):
        try:
            return page_url(page, self.context["request"])
        except NoReverseMatch:
            return None


class PublicPageSerializer(PageSerializer):
    detail_url = DetailUrlField(read_only=True)
    html_url = PageUrlField(read_only=True)


class PageEndpointMixin(ApiViewMixin):
    """Page endpoints: the public pages of the site, in one locale (or with fallback)."""

    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "order", "search", "locale", "fallback", "_"]
    )
    detail_query_parameters = frozenset(["fields", "locale", "fallback", "_"])
    listing_default_fields = ["id", "type", "detail_url", "html_url", "slug", "first_published_at",
                              "last_published_at", "locale", "translations", "title"]
    meta_fields = [
        "type", "detail_url", "html_url", "slug", "first_published_at",
        APIField("last_published_at", serializer=LastPublishedField()),
        APIField("locale", serializer=LocaleField()),
        APIField("translations", serializer=TranslationsField()),
    ]
    order_fields = {"title": "title", "first_published_at": "first_published_at",
                    "last_published_at": "last_published_at", "id": "pk"}
    default_order = ("-first_published_at", "-pk")
    select_related = ("locale",)
    base_serializer_class = PublicPageSerializer

    def get_base_queryset(self):
        from wagtail.models import Page

        return public_pages(Page.objects.all(), self.request)

    def get_queryset(self):
        """The model's public pages. The page conditions (and, in a listing, the locale) sit in a
        correlated EXISTS on the primary key, so the listing query reads the content table alone:
        the database walks the index of the default order and stops after the rows it needs (as
        NewsIndexPage.releases does); joined, it reads and sorts every page."""
        from wagtail.models import Page

        pages = public_pages(Page.objects.filter(pk=OuterRef("pk")), self.request)
        if self.action == "listing_view" and self.locale_in_queryset:
            pages = pages.filter(self.listing_locale_q())
        return self.model.objects.filter(Exists(pages)).select_related(*self.select_related)

    # The listing's ?locale= / ?fallback= are applied by get_queryset (LocaleBackend skips them).
    locale_in_queryset = True

    def listing_language(self):
        """The one language of every listed item (None with ?fallback=, which mixes two)."""
        code, fallback = parse_locale_params(self.request)
        return None if fallback and code != default_language_code() else code

    def listing_locale_q(self):
        """The listing's locale condition on a page (ids, no join); with fallback, a default-locale
        page shows when no public page of the model translates it (a correlated NOT EXISTS on the
        (translation_key, locale) index)."""
        code, fallback = parse_locale_params(self.request)
        translated = public_pages(self.model.objects.filter(translation_key=OuterRef("translation_key"),
                                                            locale__in=locale_ids(code)), self.request)
        return locale_q(code, fallback, translated_q=Q(Exists(translated)))

    def listing_count_queryset(self):
        """The listing's total, counted on the page table alone (pages of the model's content
        types, as Page.objects.type() selects them) when no declared filter (a condition on the
        content table) is given: about half the cost of counting content rows with their pages.
        None otherwise (the listing's own queryset counts). Still linear in the number of pages."""
        if not self.locale_in_queryset or any(api_filter.name in self.request.GET for api_filter in self.filters):
            return None
        from wagtail.models import Page

        code, fallback = parse_locale_params(self.request)
        pages = public_pages(Page.objects.type(self.model), self.request)
        return pages.filter(locale_q(code, fallback, public_queryset=pages))

    def get_locale_scope_queryset(self):
        """What "a live translation exists" means for ?fallback=: a public page of the same model."""
        return public_pages(self.model.objects.all(), self.request)


class PageEndpoint(PageEndpointMixin, PagesAPIViewSet):
    """Base of the domain page endpoints (news, working-groups, resources)."""

    filter_backends = [DeclaredFiltersBackend, LocaleBackend, OrderBackend, SearchBackend]
    detail_only_fields = ["parent"]
    store_representations = True  # one model, one shape: its items are stored (cms.api.store)

    @classmethod
    def get_urlpatterns(cls):
        from django.urls import path

        # find/?html_path= is the pages endpoint's; domain endpoints are addressed by id.
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


class SnippetEndpoint(ApiViewMixin, BaseAPIViewSet):
    """Translatable snippets (topics, organisations): every object, in one locale or with fallback."""

    filter_backends = [DeclaredFiltersBackend, LocaleBackend, OrderBackend]
    known_query_parameters = frozenset(["limit", "offset", "fields", "order", "locale", "fallback", "_"])
    detail_query_parameters = frozenset(["fields", "locale", "fallback", "_"])
    meta_fields = ["type", "detail_url", APIField("locale", serializer=LocaleField()),
                   APIField("translations", serializer=TranslationsField())]
    order_fields = {"name": "name", "id": "pk"}
    default_order = ("name", "pk")
    base_serializer_class = ApiSerializer

    def get_queryset(self):
        return self.model.objects.select_related("locale")

    def get_locale_scope_queryset(self):
        return self.model.objects.all()

    @classmethod
    def get_urlpatterns(cls):
        from django.urls import path

        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


def represent(endpoint_class, instance, request, detail=True):
    """The representation `endpoint_class` serves for `instance` (its detail view by default), as a
    dict, outside the API: e.g. embeds render a working-group card from the profile's API data."""
    return represent_many(endpoint_class, [instance], request, detail=detail)[0]


def represent_many(endpoint_class, instances, request, detail=False):
    """Like `represent`, for several instances at once (listing fields by default; batched queries)."""
    from rest_framework.request import Request

    from cms.api.router import api_router

    request.wagtailapi_router = api_router
    view = endpoint_class()
    view.request = Request(request)
    view.args, view.kwargs, view.format_kwarg, view.headers = (), {}, None, {}
    view.action = "detail_view" if detail else "listing_view"
    if detail and len(instances) == 1:
        view._cached_object = instances[0]
    # Relations and labels in each item's own language (the caller's ?locale= means nothing here).
    view.get_display_code = lambda: None
    instances = list(instances)
    if not getattr(endpoint_class, "store_representations", False):
        return view.serialize(instances)
    # The stored items (built and stored when missing), as the API would serve them by default.
    kind = api_store.DETAIL if detail else api_store.LISTING
    base = api_store.base_url(view.request)
    stored = api_store.stored_rows(instances, kind, None, base)
    rows = [(instance.pk, stored.get(instance.pk)) for instance in instances]
    items = view.stored_items(rows, kind, None, base, instances=instances)
    serializer_class = endpoint_class._get_serializer_class(api_router, endpoint_class.model, [], show_details=detail)
    return [project(item, serializer_class) for item in items]


def build_representations(endpoint_class, instances, request, detail=False, display_code=None):
    """Every field of `instances` as `endpoint_class` serves them (fields=*; the detail when
    `detail`), by the live serializer, in one batch: [(pk, display language, data, dependencies)].
    Relations and labels are in `display_code`, else in each item's own language."""
    from rest_framework.request import Request

    from cms.api.router import api_router

    django_request = request._request if isinstance(request, Request) else request
    build = api_store.request_copy_for_build(django_request)
    build.wagtailapi_router = api_router
    view = endpoint_class()
    view.request = Request(build)
    view.args, view.kwargs, view.format_kwarg, view.headers = (), {}, None, {}
    view.action = "detail_view" if detail else "listing_view"
    view.get_display_code = lambda: display_code
    serializer_class = endpoint_class._get_serializer_class(
        api_router, endpoint_class.model, parse_fields_parameter("*"), show_details=detail)
    view.get_serializer_class = lambda: serializer_class
    data = view.serialize(list(instances))
    batch = view.batch
    return [(item.pk, batch.code_for(item), item_data, batch.dependencies(item))
            for item, item_data in zip(batch.items, data, strict=True)]


def select_fields(name, value, sub_fields):
    """`value` (an object, a list of objects, or null) reduced to a nested spec, in Wagtail's
    syntax: names, `*` (all), `_` (none of the defaults), `-name`; unknown names are a 400."""
    if value is None:
        return None
    if isinstance(value, list):
        return [select_fields(name, element, sub_fields) for element in value]
    if not isinstance(value, dict):
        raise BadRequestError(f"'{name}' does not support nested fields")
    unknown = sorted({sub_name for sub_name, _negated, _sub in sub_fields if sub_name not in ("*", "_")} - set(value))
    if unknown:
        raise BadRequestError(f"unknown fields in {name}: {', '.join(unknown)}")
    positive = [sub_name for sub_name, negated, _sub in sub_fields if not negated and sub_name not in ("*", "_")]
    keep = list(value) if (sub_fields[0][0] == "*" or not positive and sub_fields[0][0] != "_") else positive
    keep = [key for key in keep if (key, True, None) not in sub_fields and key in value]
    nested = {sub_name: sub for sub_name, _negated, sub in sub_fields if sub}
    return {key: select_fields(key, value[key], nested[key]) if key in nested else value[key]
            for key in value if key in keep}


def project(item, serializer_class):
    """A stored item (every field) reduced to `serializer_class`'s fields, in the order and shape
    Wagtail's serializer gives them (id, meta, then the other fields)."""
    meta_names = set(serializer_class.meta_fields)
    names = serializer_class.Meta.fields
    data = {}
    body = [name for name in names if name not in meta_names and name in item]
    if "id" in body:
        data["id"] = None
    stored_meta = item.get("meta", {})
    meta = {name: stored_meta[name] for name in names if name in meta_names and name in stored_meta}
    if meta:
        data["meta"] = meta
    for name in body:
        data[name] = item[name]
    return data
