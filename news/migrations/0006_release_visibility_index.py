"""Two indexes on Wagtail's page table for queries on every news index and site page, which
otherwise read a row per page below the home:

* counting an index's visible releases (NewsIndexPage.release_pages) reads a covering index alone;
* the menu, the home's children (cms.templatetags.site_tags._chrome_pages), is a depth and path
  range (menu pages only) rather than the range of every page below the home.
"""

from django.db import migrations

RELEASES = "news_page_release_visible_idx"
MENU = "news_page_menu_idx"


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0005_release_date_index"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {RELEASES} ON wagtailcore_page "
            "(content_type_id, path, depth, live, alias_of_id, id)",
            f"DROP INDEX IF EXISTS {RELEASES}",
        ),
        migrations.RunSQL(
            # Partial, so that it serves only queries asking for menu pages: on depth alone, SQLite
            # would prefer it to the slug index for routing (depth and slug).
            f"CREATE INDEX IF NOT EXISTS {MENU} ON wagtailcore_page (depth, path) WHERE show_in_menus",
            f"DROP INDEX IF EXISTS {MENU}",
        ),
    ]
