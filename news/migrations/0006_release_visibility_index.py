"""A covering index on Wagtail's page table for counting an index's visible releases
(NewsIndexPage.release_pages): the count reads the index alone, not every page row."""

from django.db import migrations

INDEX = "news_page_release_visible_idx"


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0005_release_date_index"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f'CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page '
            '(content_type_id, path, depth, live, alias_of_id, id)',
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
