"""The `working-groups` endpoint: live profiles, by country, filterable by country, type and status.
Item fields are WorkingGroupPage.api_fields; `profile_representation` gives the same dict for one
profile (the embed cards render from it)."""

from cms.api.base import ChoiceFilter, CountryFilter, PageEndpoint
from workinggroups.models import WorkingGroupPage

LISTING_FIELDS = ["summary", "featured_image", "country", "scope", "group_type", "status", "launch_date", "launch_year",
                  "convenor", "companies_count", "government_count", "civil_society_count"]


class WorkingGroupsAPIViewSet(PageEndpoint):
    model = WorkingGroupPage
    name = "working-groups"
    select_related = ("locale", "convenor", "featured_image")
    listing_default_fields = PageEndpoint.listing_default_fields + LISTING_FIELDS
    detail_only_fields = ["parent", "activities"]
    filters = [
        CountryFilter("country", "country", "In this country (ISO code, e.g. CL)."),
        ChoiceFilter("type", WorkingGroupPage.GroupType.choices, "group_type", "Only this type of group."),
        ChoiceFilter("status", WorkingGroupPage.Status.choices, description="Only groups with this status."),
    ]
    order_fields = {**PageEndpoint.order_fields, "country": "country", "launch_date": "launch_date"}
    default_order = ("country", "scope", "title", "pk")


def profile_representation(page, request):
    """The API's detail representation of one profile, as a dict (what /working-groups/<id>/ serves).

    `request` is any Django request of the site (for absolute URLs); nothing is cached here.
    """
    from cms.api.base import represent

    return represent(WorkingGroupsAPIViewSet, page, request)

