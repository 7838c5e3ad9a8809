"""A working-group profile's context: participants by pillar, convenor and supporting governments
in the reader's language, related news and resources."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from cms.content.models import Organisation
from cms.content.related import linked_pages
from cms.translation.locales import in_language, pick, versions
from resources.models import ResourcePage


def profile_organisations(profile, locale_id):
    """(participants, convenor, supporting governments), named in the locale where translated, in
    one query: the relations (to source-locale organisations) and their versions together
    (cms.translation.locales). In a preview the relations may be in memory: then the versions of
    the organisations in memory, in one query."""
    participants, governments = profile.participants.all(), profile.supporting_governments.all()
    if not (isinstance(participants, QuerySet) and isinstance(governments, QuerySet)):
        convenor = [profile.convenor] if profile.convenor_id else []
        localized = {o.translation_key: o for o in in_language([*participants, *governments, *convenor], locale_id)}

        def named(organisations):
            return [localized.get(o.translation_key, o) for o in organisations]

        return named(participants), (named(convenor) or [None])[0], named(governments)
    linked = Q(pk__in=participants.values("pk")) | Q(pk__in=governments.values("pk"))
    if profile.convenor_id:
        linked |= Q(pk=profile.convenor_id)
    among = Organisation.objects.annotate(participant=Exists(participants.filter(pk=OuterRef("pk"))),
                                          government=Exists(governments.filter(pk=OuterRef("pk"))))
    found = versions(among, Organisation.objects.filter(linked).values("translation_key"))
    named_participants, convenor, named_governments = [], None, []
    for per_key in found.values():
        localized = pick(per_key, locale_id)
        for organisation in per_key.values():
            if organisation.participant:
                named_participants.append(localized)
            if organisation.government:
                named_governments.append(localized)
            if organisation.pk == profile.convenor_id:
                convenor = localized
    return named_participants, convenor, named_governments


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
