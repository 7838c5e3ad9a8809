"""The working-group directory: filters by type, status and region with counts per value, the
profiles grouped by region (with an SVG overview of how many groups each region has) and the
profile page's context (participants by pillar, related news and resources).

Regions are the UN M49 continental regions, derived from the country (profiles store a country,
not a region). Country names are localised by django-countries in the active language.
"""

from collections import Counter

from django import forms
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from cms.models import Organisation
from cms.publishing.visibility import limit_to, public_children
from cms.translation.locales import in_language, pick, versions
from resources.facets import linked_pages
from resources.models import ResourcePage
from workinggroups.models import WorkingGroupPage

REGIONS = {
    "africa": (_("Africa"), "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR "
                            "LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH "
                            "ZM ZW IO TF"),
    "americas": (_("Americas"), "AI AG AR AW BS BB BZ BM BO BQ BV BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL "
                                "GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX GS SR TT TC "
                                "US UM UY VE VG VI"),
    "asia": (_("Asia"), "AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM "
                        "NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE"),
    "europe": (_("Europe"), "AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK "
                            "LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB"),
    "oceania": (_("Oceania"), "AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU "
                              "WF"),
}
OTHER_REGION = "other"
OVERVIEW_ROW, OVERVIEW_BAR_X, OVERVIEW_BAR_WIDTH = 28, 120, 230
REGION_OF_COUNTRY = {code: region for region, (_label, codes) in REGIONS.items() for code in codes.split()}


def region_of(country_code):
    return REGION_OF_COUNTRY.get(str(country_code).upper(), OTHER_REGION)


def region_label(region):
    return REGIONS[region][0] if region in REGIONS else _("Other")


def region_countries(region):
    return REGIONS[region][1].split() if region in REGIONS else []


class DirectoryFilterForm(forms.Form):
    type = forms.ChoiceField(label=_("Type"), required=False, choices=WorkingGroupPage.GroupType.choices)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=WorkingGroupPage.Status.choices)
    region = forms.ChoiceField(label=_("Region"), required=False,
                               choices=[(key, label) for key, (label, _codes) in REGIONS.items()])

    def filters(self):
        """The valid, non-empty values; an invalid value is dropped, never an error."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


def _apply(queryset, filters, skip=None):
    if filters.get("type") and skip != "type":
        queryset = queryset.filter(group_type=filters["type"])
    if filters.get("status") and skip != "status":
        queryset = queryset.filter(status=filters["status"])
    if filters.get("region") and skip != "region":
        queryset = queryset.filter(country__in=region_countries(filters["region"]))
    return queryset


def _facet(name, label, options, counts, selected):
    """A facet as the template shows it: each option with how many profiles it would give."""
    return {
        "name": name,
        "label": label,
        "selected": selected or "",
        "options": [{"value": value, "label": option_label, "count": counts.get(value, 0),
                     "selected": value == selected} for value, option_label in options],
        "total": sum(counts.values()),
    }


def directory_listing(index, request):
    """Context for the directory: facets with counts, and the matching profiles by region."""
    # WorkingGroupIndexPage.profiles(), with the view restrictions read once per request.
    # The page conditions in an EXISTS: the database starts from the few profiles rather than
    # reading every page (descendant_of is a LIKE on path; the alias test matches nearly all).
    base = limit_to(WorkingGroupPage.objects.all(), public_children(index, request))
    form = DirectoryFilterForm(request.GET)
    active = form.filters()

    # Counts per value with the other facets applied (one aggregate query per facet).
    type_counts = dict(_apply(base, active, skip="type").values_list("group_type").annotate(n=Count("pk"))
                       .order_by())
    status_counts = dict(_apply(base, active, skip="status").values_list("status").annotate(n=Count("pk"))
                         .order_by())
    region_counts = Counter()
    for country, n in _apply(base, active, skip="region").values_list("country").annotate(n=Count("pk")).order_by():
        region_counts[region_of(country)] += n

    profiles = list(_apply(base, active).select_related("convenor"))
    by_region = {}
    for profile in sorted(profiles, key=lambda p: (str(p.country.name), p.scope, p.title)):
        by_region.setdefault(region_of(profile.country), []).append(profile)
    region_order = [*REGIONS, OTHER_REGION]
    groups = [{"key": key, "label": region_label(key), "profiles": by_region[key]}
              for key in region_order if key in by_region]

    facets = [
        _facet("type", _("Type"), WorkingGroupPage.GroupType.choices, type_counts, active.get("type")),
        _facet("status", _("Status"), WorkingGroupPage.Status.choices, status_counts, active.get("status")),
        _facet("region", _("Region"), [(key, label) for key, (label, _codes) in REGIONS.items()],
               dict(region_counts), active.get("region")),
    ]
    # The overview chart: one bar per region, drawn in SVG units (no inline styles: strict CSP).
    largest = max((len(g["profiles"]) for g in groups), default=0)
    overview = []
    for row, key in enumerate(REGIONS):
        count = len(by_region.get(key, []))
        width = round(OVERVIEW_BAR_WIDTH * count / largest) if largest else 0
        overview.append({"key": key, "label": region_label(key), "count": count, "y": row * OVERVIEW_ROW,
                         "width": width, "count_x": OVERVIEW_BAR_X + width + 6})
    return {
        "filter_form": form,
        "active_filters": active,
        "facets": facets,
        "profiles": profiles,
        "regions": groups,
        "overview": overview,
        "overview_height": len(overview) * OVERVIEW_ROW,
    }


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
