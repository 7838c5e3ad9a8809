"""Where each field stands in wagtail-localize: the Page fields every page type shares."""

from wagtail_localize.fields import SynchronizedField, TranslatableField

# Page's own fields. Slugs are translated (/es/noticias/...); dates and flags follow the source.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]
