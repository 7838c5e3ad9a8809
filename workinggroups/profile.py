"""A working-group profile's context: participants by pillar, convenor and supporting governments
in the reader's language, related news and resources."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from cms.content.models import Organisation
from cms.content.related import linked_pages
from resources.models import ResourcePage


def localized_organisations(organisations, locale_id):
    """Organisations (source-locale relations) named in the locale where translated."""
    organisations = list(organisations)
    keys = [o.translation_key for o in organisations]
    translated = {o.translation_key: o
                  for o in Organisation.objects.filter(translation_key__in=keys, locale_id=locale_id)}
    return [translated.get(o.translation_key, o) for o in organisations]


def profile_organisations(profile, locale_id):
    """(participants, convenor, supporting governments), named in the locale where translated, in
    one query: the relations (to source-locale organisations) and their translations together. In a
    preview the relations may be in memory: then one query per relation."""
    participants, governments = profile.participants.all(), profile.supporting_governments.all()
    if not (isinstance(participants, QuerySet) and isinstance(governments, QuerySet)):
        convenor = localized_organisations([profile.convenor], locale_id)[0] if profile.convenor_id else None
        return (localized_organisations(participants, locale_id), convenor,
                localized_organisations(governments, locale_id))
    linked = Q(pk__in=participants.values("pk")) | Q(pk__in=governments.values("pk"))
    if profile.convenor_id:
        linked |= Q(pk=profile.convenor_id)
    rows = list(Organisation.objects.filter(
        linked | Q(translation_key__in=Organisation.objects.filter(linked).values("translation_key"),
                   locale_id=locale_id)
    ).annotate(participant=Exists(participants.filter(pk=OuterRef("pk"))),
               government=Exists(governments.filter(pk=OuterRef("pk")))))
    translated = {o.translation_key: o for o in rows if o.locale_id == locale_id}

    def localized(organisation):
        return translated.get(organisation.translation_key, organisation)

    convenor = next((localized(o) for o in rows if o.pk == profile.convenor_id), None)
    return ([localized(o) for o in rows if o.participant], convenor,
            [localized(o) for o in rows if o.government])


def profile_context(profile, request):
    """Context for a profile: participants by pillar, related news and resources."""
    locale = profile.locale_id
    participants, convenor, governments = profile_organisations(profile, locale)
    pillars = []
    for value, label in Organisation.Pillar.choices:
        members = sorted((o for o in participants if o.pillar == value), key=lambda o: o.name.lower())
        if members:
            pillars.append({"value": value, "label": label, "organisations": members})
    return {
        "pillars": pillars,
        "convenor": convenor,
        "supporting_governments": governments,
        "related_releases": list(profile.releases(request)[:5]),
        "related_resources": linked_pages(ResourcePage, profile.resource_links, "resource", locale, request),
    }
