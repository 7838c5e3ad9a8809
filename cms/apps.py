"""App config for the cross-cutting `cms` app."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "VPI CMS"
