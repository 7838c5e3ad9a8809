"""URLs of benchmark runs only: the project's, plus the floor (bench/views.py)."""

from django.urls import path

from bench.views import floor
from cms.urls import urlpatterns as project_urlpatterns

urlpatterns = [path("bench/floor/", floor, name="bench_floor"), *project_urlpatterns]
