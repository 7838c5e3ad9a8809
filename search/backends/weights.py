"""Type boosts shared by the SQLite and PostgreSQL backends: TYPE_BOOSTS = {"app_label.Model": factor}
in the backend's params multiplies the score of that page type's entries (1 for the others), so a
news release comes first among matches that are otherwise equal."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, FloatField, Value, When


def type_factor(content_type_field, boosts):
    """A multiplier per content type (1 for types without a boost)."""
    if not boosts:
        return Value(1.0, output_field=FloatField())
    return Case(*[When(**{f"{content_type_field}__in": ids}, then=Value(factor)) for ids, factor in boosts],
                default=Value(1.0), output_field=FloatField())


def resolve_type_boosts(params):
    """[([content type id], factor)] from {"app_label.Model": factor}."""
    resolved = []
    for label, factor in (params or {}).items():
        model = apps.get_model(label)
        resolved.append(([ContentType.objects.get_for_model(model).pk], float(factor)))
    return resolved
