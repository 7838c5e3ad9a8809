"""App config for `workinggroups`."""

from django.apps import AppConfig


class WorkinggroupsConfig(AppConfig):
    name = "workinggroups"
