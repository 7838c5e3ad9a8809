"""The search page's address, included under each language prefix (/<lang>/search/)."""

from django.urls import path

from search.views import search

urlpatterns = [path("", search, name="search")]
