"""Embed URLs, mounted at settings.EMBED_PATH_PREFIX ("/embed/") outside the language prefix.

Slugs are Wagtail slugs (letters, digits, "-", "_"), so "<slug>.json" never reads as a slug.
The oEmbed endpoint (views.oembed) is mounted by cms/urls.py at /api/oembed/.
"""

from django.urls import re_path

from workinggroups import views

SLUG = r"(?P<slug>[-\w]{1,255})"

urlpatterns = [
    re_path(rf"^working-groups/{SLUG}\.json$", views.card_json, {"kind": "profile"}, name="embed_profile_json"),
    re_path(rf"^working-groups/{SLUG}/$", views.card, {"kind": "profile"}, name="embed_profile"),
    re_path(rf"^working-groups/{SLUG}/news\.json$", views.card_json, {"kind": "news"}, name="embed_news_json"),
    re_path(rf"^working-groups/{SLUG}/news/$", views.card, {"kind": "news"}, name="embed_news"),
    re_path(rf"^working-groups/{SLUG}/open/$", views.open_profile, name="embed_open_profile"),
]
