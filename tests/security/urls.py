"""The project's URLs plus two stand-in views: one under EMBED_PATH_PREFIX and one public page."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as project_urlpatterns


def stand_in(request):
    return HttpResponse("<!doctype html><title>stand-in</title><p>ok</p>")


urlpatterns = [
    path("embed/profile/1/", stand_in),
    path("plain-page/", stand_in),
    *project_urlpatterns,
]
