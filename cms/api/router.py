"""The API router: wires each content app's endpoint under /api/v2/. Apps own their endpoints.

Besides the endpoints: /api/v2/ (an index of them), /api/v2/openapi.json and /api/v2/docs/.
"""

from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, path, re_path, resolve
from wagtail.api.v2.router import WagtailAPIRouter

from cms.api.endpoints import (
    LocalesAPIViewSet,
    OrganisationsAPIViewSet,
    PublicDocumentsAPIViewSet,
    PublicImagesAPIViewSet,
    PublicPagesAPIViewSet,
    TopicsAPIViewSet,
)
from news.api import NewsAPIViewSet
from resources.api import ResourcesAPIViewSet
from workinggroups.api import WorkingGroupsAPIViewSet


class Router(WagtailAPIRouter):
    """Wagtail's router, with two changes: an object links to the endpoint of its exact model
    first (a release's detail_url is /news/<id>/, not /pages/<id>/), and it also serves the index,
    the OpenAPI document and the docs page."""

    def get_model_endpoint(self, model):
        for name, class_ in self._endpoints.items():
            if class_.model is model:
                return name, class_
        return super().get_model_endpoint(model)

    def get_urlpatterns(self):
        from cms.api.changes import ChangesView
        from cms.api.openapi import api_index, docs_view, openapi_view

        return [
            path("", api_index, name="index"),
            path("openapi.json", openapi_view, name="openapi"),
            path("docs/", docs_view, name="docs"),
            path("changes/", ChangesView.as_view(), name="changes"),
            *super().get_urlpatterns(),
            re_path(r"^", not_found, name="not-found"),
        ]


def not_found(request):
    """Any other address under /api/v2/: a JSON 404 (not the language redirect of the HTML site).

    An endpoint address without its trailing slash is redirected, as CommonMiddleware would.
    """
    try:
        match = resolve(request.path_info + "/")
    except Resolver404:
        match = None
    if not request.path_info.endswith("/") and match is not None and match.url_name != "not-found":
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(request.path + "/" + (f"?{query}" if query else ""))
    keep_api_404(request)
    response = JsonResponse({"message": "no such endpoint"}, status=404)
    response["Cache-Control"] = "no-cache"
    return response


def keep_api_404(request):
    # LocaleMiddleware turns a 404 into a redirect to /en/<path> when that path resolves, and
    # Wagtail's catch-all makes every path resolve. It reads request.urlconf: point it at a URLconf
    # without language prefixes so API 404s stay 404s.
    request.urlconf = "cms.api.router"


# The URLconf given to API requests' 404s (see keep_api_404); the routing is the root URLconf's.
urlpatterns = []


api_router = Router("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("news", NewsAPIViewSet)
api_router.register_endpoint("working-groups", WorkingGroupsAPIViewSet)
api_router.register_endpoint("resources", ResourcesAPIViewSet)
api_router.register_endpoint("topics", TopicsAPIViewSet)
api_router.register_endpoint("organisations", OrganisationsAPIViewSet)
api_router.register_endpoint("locales", LocalesAPIViewSet)
