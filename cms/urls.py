"""Root URLconf: admin, API, health check outside the language prefix; pages under /<lang>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.router import api_router
from cms.content import sitemaps
from cms.overrides import routing
from cms.security import ThrottledPasswordResetView
from cms.views import healthz, not_translated
from news.feeds import NewsAtomFeed, NewsFeed
from workinggroups.views import oembed

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Wagtail's password reset, rate-limited (cms.security), before the admin's own route.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(settings.EMBED_PATH_PREFIX.strip("/") + "/", include("workinggroups.urls")),
    path("api/oembed/", oembed, name="oembed"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap-index"),
    path("sitemap-<str:section>.xml", sitemaps.sitemap_section, name="sitemap-section"),
    path("robots.txt", sitemaps.robots_txt, name="robots-txt"),
]

if settings.DEBUG:
    from django.views.static import serve as serve_media

    # Development only. Not documents/: they are served by /documents/<id>/<filename>, which hides
    # the files of drafts and embargoed releases (cms/publishing/wagtail_hooks.py).
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?!documents/)(?P<path>.*)$", serve_media,
                            {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    # News feeds per language and per working group (news/feeds.py), before the page catch-all.
    path("feeds/news.rss", NewsFeed(), name="news-feed-rss"),
    path("feeds/news.atom", NewsAtomFeed(), name="news-feed-atom"),
    path("feeds/working-groups/<str:group_slug>.rss", NewsFeed(), name="news-group-feed-rss"),
    path("feeds/working-groups/<str:group_slug>.atom", NewsAtomFeed(), name="news-group-feed-atom"),
    path("not-translated/<int:page_id>/", not_translated, name="not-translated"),
    path("search/", include("search.urls")),  # before Wagtail's catch-all page serving
    # Wagtail's page URLs, its serve view behind cms.overrides.routing (the route in two queries).
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
