"""The working-group directory's listing (cms.content.listing): filters by type, status and region
with counts per value, every matching profile on one page, grouped by region, with a world map
of where they are (workinggroups.worldmap).

Regions are the UN M49 continental regions, derived from the country (profiles store a country,
not a region). Country names are localised by django-countries in the active language.
"""

from django.utils.translation import gettext_lazy as _

from cms.content.listing import Filter, Listing, card_image_renditions
from workinggroups.worldmap import working_group_map

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
REGION_OF_COUNTRY = {code: region for region, (_label, codes) in REGIONS.items() for code in codes.split()}


def region_of(country_code):
    return REGION_OF_COUNTRY.get(str(country_code).upper(), OTHER_REGION)


def region_label(region):
    return REGIONS[region][0] if region in REGIONS else _("Other")


def region_countries(region):
    return REGIONS[region][1].split() if region in REGIONS else []


class RegionFilter(Filter):
    """A region: the profiles in one of its countries; each profile counts towards its country's."""

    def __init__(self, name, label, all_label):
        super().__init__(name, label, all_label, lookup="country",
                         choices=[(key, label) for key, (label, _codes) in REGIONS.items()])

    def apply(self, queryset, value, listing):
        return queryset.filter(country__in=region_countries(value))

    def facet_value(self, value):
        return region_of(value)


class DirectoryListing(Listing):
    items_name = "profiles"
    filters = [
        Filter("type", _("Type"), _("All types"), lookup="group_type"),
        Filter("status", _("Status"), _("Any status")),
        RegionFilter("region", _("Region"), _("All regions")),
    ]

    def rows(self, queryset):
        return queryset.select_related("convenor", "featured_image").prefetch_related(
            card_image_renditions("featured_image"))

    def extra_context(self, profiles):
        by_region = {}
        for profile in sorted(profiles, key=lambda p: (str(p.country.name), p.scope, p.title)):
            by_region.setdefault(region_of(profile.country), []).append(profile)
        groups = [{"key": key, "label": region_label(key), "profiles": by_region[key]}
                  for key in [*REGIONS, OTHER_REGION] if key in by_region]
        return {"regions": groups, "map": working_group_map(profiles)}
