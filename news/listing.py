"""The news index's listing (cms.content.listing): filters by year, topic, kind and working group
(a plain GET form, so filtered lists have shareable addresses), newest first, ten a page.

No counts beside the options: they would read every release. The options are probes instead
(a topic or a group is offered when one release uses it) and the years run from the earliest
release to the latest, read from the date index. The listing runs a fixed number of queries
whatever the page length (topics, images and renditions are fetched in bulk).
"""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from cms.content.listing import Filter, Listing, Option, TopicFilter, YearFilter, card_image_renditions
from cms.publishing.visibility import RULE_FIELDS, keep_public
from workinggroups.models import WorkingGroupPage

RELEASES_PER_PAGE = 10


class WorkingGroupFilter(Filter):
    """A working group, by slug, among the index's language's profiles that a release relates to
    (release links point at the source profile: matched by translation key)."""

    def __init__(self, name, label, all_label):
        super().__init__(name, label, all_label, lookup="working_group_links__working_group__translation_key",
                         counted=False)

    def options(self, listing):
        linked = Exists(listing.items.filter(**{self.lookup: OuterRef("translation_key")}))
        # Unordered, so that the database walks the profiles, not every page in path order; the rule
        # (cms.publishing.visibility) applied to the few profiles read.
        groups = keep_public(WorkingGroupPage.objects.filter(linked).order_by()
                             .only("id", "title", "slug", "translation_key", "locale_id", *RULE_FIELDS),
                             listing.request)
        groups = sorted((group for group in groups if group.locale_id == listing.locale_id),
                        key=lambda group: group.title)
        return [Option(group.slug, group.title, group.translation_key) for group in groups]

    def apply(self, queryset, value, listing):
        key = next(option.key for option in listing.options[self.name] if option.value == value)
        return super().apply(queryset, key, listing)


class NewsListing(Listing):
    items_name = "releases"
    per_page = RELEASES_PER_PAGE
    filters = [
        YearFilter("year", _("Year"), _("All years"), field="publication_date", span=True, counted=False),
        TopicFilter("topic", _("Topic"), _("All topics"), counted=False),
        Filter("kind", _("Kind"), _("All kinds"), counted=False),
        WorkingGroupFilter("group", _("Working group"), _("All working groups")),
    ]

    def count_queryset(self, filtered, values):
        # Unfiltered, the count reads the page table's covering index (NewsIndexPage.release_pages).
        return filtered if values else self.index.release_pages(self.request)

    def rows(self, queryset):
        return queryset.select_related("locale", "featured_image").prefetch_related(
            "topics", card_image_renditions("featured_image"))

    def extra_context(self, rows):
        names = {option.value: option.label for option in self.options["topic"]}
        for release in rows:
            release.topic_names = [names.get(t.slug, t.name) for t in release.topics.all()]
        return {}
