"""The cross-cutting endpoints: pages, images, documents, topics, organisations and locales.

The content apps' endpoints (news, working-groups, resources) live in their own `api.py`.
"""

import operator
from functools import reduce

from django.db.models import Q
from django.http import Http404
from rest_framework.filters import BaseFilterBackend
from rest_framework.generics import GenericAPIView
from wagtail.api import APIField
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from cms.api.base import (
    ApiFilter,
    ApiSerializer,
    ApiViewMixin,
    ChoiceFilter,
    DetailUrlField,
    LocaleBackend,
    OrderBackend,
    PageEndpointMixin,
    SearchBackend,
    SlugFilter,
    SnippetEndpoint,
)
from cms.api.batch import content_language_codes, default_language_code, parse_locale_params, prefetch_images
from cms.api.fields import (
    ChoiceField,
    DocumentFileField,
    ImageField,
    InstanceField,
    SelfImageField,
    TagsField,
)
from cms.links import absolute, page_url
from cms.models import Organisation, Topic
from cms.publishing.routing import public_page_at
from cms.publishing.visibility import public_media, public_pages


class TranslatedTreeFilter(BaseFilterBackend):
    """Wagtail's ?child_of= / ?ancestor_of=, with ?locale=: relative to the page's translations
    too, so ?child_of=<English home>&locale=es&fallback=default lists every section (Spanish where
    translated, English otherwise; LocaleBackend picks) and ?ancestor_of= gives the breadcrumb in
    that language (each ancestor in ?locale=, or in the default language with ?fallback=). Without
    ?locale= it is Wagtail's filter."""

    def __init__(self):
        self.upstream = (ChildOfFilter(), AncestorOfFilter())

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            for upstream in self.upstream:
                queryset = upstream.filter_queryset(request, queryset, view)
            return queryset
        for name, q_of in (("child_of", Page.objects.all().child_of_q),
                           ("ancestor_of", Page.objects.all().ancestor_of_q)):
            if name not in request.GET:
                continue
            value = request.GET[name]
            if not value.isdigit():
                raise BadRequestError(f"{name} must be a positive integer")
            key = view.get_base_queryset().filter(pk=int(value)).values("translation_key")
            pages = list(view.get_base_queryset().filter(translation_key__in=key))
            if not pages:
                raise BadRequestError(f"{name}: no such public page")
            related = reduce(operator.or_, (q_of(page) for page in pages))
            if name == "ancestor_of":
                # Every translation of each ancestor: LocaleBackend keeps the one in ?locale=.
                related = Q(translation_key__in=view.get_base_queryset().filter(related).values("translation_key"))
            queryset = queryset.filter(related)
        return queryset


class PublicPagesAPIViewSet(PageEndpointMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, limited to live, public pages of the site, with locale fallback,
    meta.translations and find/?html_path= that understands /es/... prefixes."""

    filter_backends = [TranslatedTreeFilter, DescendantOfFilter, TranslationOfFilter,
                       LocaleBackend, OrderBackend, SearchBackend]
    known_query_parameters = PageEndpointMixin.known_query_parameters | {
        "type", "child_of", "ancestor_of", "descendant_of", "translation_of"}
    # Not Wagtail's `parent` (two queries per item; use ?ancestor_of=) nor `alias_of` (aliases are
    # never served).
    meta_fields = PageEndpointMixin.meta_fields + ["seo_title", "search_description", "show_in_menus"]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["locale", "translations"]

    @property
    def default_order(self):
        # Tree order; ancestors root first (a breadcrumb across language trees: by depth).
        return ("depth", "path") if "ancestor_of" in self.request.GET else ("path",)
    # As in Wagtail: without ?locale=, every language (so ?translation_of= and ?child_of= of a
    # Spanish page work). The typed endpoints default to the default language instead.
    all_locales_by_default = True
    locale_in_queryset = False  # LocaleBackend filters (this endpoint's queryset is Wagtail's)

    def get_queryset(self):
        return super(PageEndpointMixin, self).get_queryset().select_related("locale")

    def get_locale_scope_queryset(self):
        return self.get_base_queryset()

    def get_object(self):
        # Wagtail's `.specific` reloads the page without its locale: load the specific page with it.
        if not hasattr(self, "_cached_object"):
            page = GenericAPIView.get_object(self)
            model = page.specific_class or type(page)
            if model is not type(page):
                page = model._default_manager.select_related("locale").get(pk=page.pk)
            self._cached_object = page
        return self._cached_object

    def find_view(self, request):
        """Wagtail's find view (the other parameters are kept for the detail view), redirecting to
        the API's own absolute detail URL (cms.api.http)."""
        from django.shortcuts import redirect
        from wagtail.api.v2.utils import BadRequestError

        unknown = set(request.GET.keys()) - {"html_path", "id", "fields", "locale", "fallback", "_"}
        if unknown:
            raise BadRequestError("unknown query parameter: {}".format(", ".join(sorted(unknown))))
        if "id" in request.GET and not (request.GET["id"].isdigit() and int(request.GET["id"]) >= 1):
            raise BadRequestError("id must be a positive integer")
        # Bad values are a 400 here, not after the redirect (field names depend on the page's type:
        # the detail view checks those).
        parse_locale_params(request)
        if "fields" in request.GET:
            try:
                parse_fields_parameter(request.GET["fields"])
            except ValueError as exc:
                raise BadRequestError(f"fields error: {exc}") from exc
        try:
            page = self.find_object(self.get_queryset(), request)
        except (Page.DoesNotExist, ValueError):
            page = None
        if page is None:
            raise Http404("not found")
        query = request.GET.copy()
        for name in self.find_query_parameters:
            query.pop(name, None)
        url = absolute(request, self.request.wagtailapi_router.get_object_detail_urlpath(Page, page.pk))
        return redirect(f"{url}?{query.urlencode()}" if query else url)

    def find_object(self, queryset, request):
        if "html_path" not in request.GET:
            return super().find_object(queryset, request)
        page = public_page_at(request, request.GET["html_path"], default_language=default_language_code())
        if page is None:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None


class MediaEndpointMixin(ApiViewMixin):
    """Images and documents keep Wagtail's filters (fields, order, search); only those a public page
    uses (cms.publishing.visibility.public_media: never a draft's or an embargoed release's)."""

    translatable = False

    def get_known_query_parameters(self):
        return super().get_known_query_parameters() | set(
            self.get_available_fields(self.model, db_fields_only=True))

    def get_queryset(self):
        return public_media(super().get_queryset(), self.request).prefetch_related("tags")


class DownloadUrlField(InstanceField):
    """meta.download_url, absolute for images and documents alike (Wagtail's image one is relative)."""

    def to_representation(self, instance):
        # A document's URL is its serve view (permissions, counting); an image's is its file.
        path = instance.file.url if isinstance(instance, get_image_model()) else instance.url
        return absolute(self.context["request"], path)


class PublicImageSerializer(ImageSerializer):
    detail_url = DetailUrlField(read_only=True)
    download_url = DownloadUrlField()


class PublicDocumentSerializer(DocumentSerializer):
    detail_url = DetailUrlField(read_only=True)
    download_url = DownloadUrlField()


class PublicImagesAPIViewSet(MediaEndpointMixin, ImagesAPIViewSet):
    base_serializer_class = PublicImageSerializer
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    body_fields = ImagesAPIViewSet.body_fields + ["description", APIField("renditions", serializer=SelfImageField())]
    meta_fields = BaseAPIViewSet.meta_fields + [APIField("tags", serializer=TagsField()), "download_url"]
    listing_default_fields = ImagesAPIViewSet.listing_default_fields + ["renditions"]

    def serialize(self, items):
        from cms.api.fields import IMAGE_SPECS

        prefetch_images(items, IMAGE_SPECS)
        return super().serialize(items)


class PublicDocumentsAPIViewSet(MediaEndpointMixin, DocumentsAPIViewSet):
    base_serializer_class = PublicDocumentSerializer
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    body_fields = DocumentsAPIViewSet.body_fields + [APIField("file", serializer=DocumentFileField())]
    meta_fields = BaseAPIViewSet.meta_fields + [APIField("tags", serializer=TagsField()), "download_url"]
    listing_default_fields = DocumentsAPIViewSet.listing_default_fields + ["file"]


class TopicsAPIViewSet(SnippetEndpoint):
    model = Topic
    name = "topics"
    body_fields = ["id", "name", "slug", "description"]
    listing_default_fields = ["id", "type", "detail_url", "locale", "translations", "name", "slug", "description"]
    filters = [SlugFilter("slug", description="Topics with this slug (the same in every language).")]


class WebsiteField(InstanceField):
    """null when there is none, as in relations (organisation_reference)."""

    def to_representation(self, organisation):
        return organisation.website or None


class OrganisationsAPIViewSet(SnippetEndpoint):
    model = Organisation
    name = "organisations"
    body_fields = ["id", "name", APIField("pillar", serializer=ChoiceField("pillar")),
                   APIField("website", serializer=WebsiteField()),
                   APIField("logo", serializer=ImageField("logo"))]
    listing_default_fields = ["id", "type", "detail_url", "locale", "translations", "name", "pillar", "website",
                              "logo"]
    filters = [ChoiceFilter("pillar", Organisation.Pillar.choices, description="Only this pillar.")]


class LocaleNameField(InstanceField):
    def to_representation(self, locale):
        return dict(content_language_codes_and_names()).get(locale.language_code, locale.language_code)


class LocaleHomeField(InstanceField):
    def to_representation(self, locale):
        home = self.context["homes"].get(locale.language_code)
        if home is None:
            return None
        return {"id": home.pk, "title": home.title, "html_url": page_url(home, self.context["request"]),
                "detail_url": self.batch.detail_url(Page, home.pk)}


class IsDefaultField(InstanceField):
    def to_representation(self, locale):
        return locale.language_code == default_language_code()


def content_language_codes_and_names():
    from django.conf import settings

    return settings.WAGTAIL_CONTENT_LANGUAGES


class LocalesAPIViewSet(ApiViewMixin, BaseAPIViewSet):
    """The content languages, each with its home page."""

    model = Locale
    name = "locales"
    base_serializer_class = ApiSerializer
    filter_backends = []
    known_query_parameters = frozenset(["limit", "offset", "fields", "_"])
    translatable = False
    body_fields = ["id", APIField("code", serializer=type("CodeField", (InstanceField,), {
        "to_representation": lambda self, locale: locale.language_code})()),
        APIField("name", serializer=LocaleNameField()), APIField("is_default", serializer=IsDefaultField()),
        APIField("home", serializer=LocaleHomeField())]
    listing_default_fields = ["id", "type", "detail_url", "code", "name", "is_default", "home"]

    def get_queryset(self):
        return Locale.objects.filter(language_code__in=content_language_codes()).order_by("pk")

    def get_serializer_context(self):
        context = super().get_serializer_context()
        site = Site.find_for_request(self.request)
        homes = {}
        if site is not None:
            pages = public_pages(Page.objects.filter(translation_key=site.root_page.translation_key), self.request)
            homes = {page.locale.language_code: page for page in pages.select_related("locale")}
        context["homes"] = homes
        return context

    @classmethod
    def get_urlpatterns(cls):
        from django.urls import path

        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


__all__ = ["ApiFilter", "OrderBackend"]
