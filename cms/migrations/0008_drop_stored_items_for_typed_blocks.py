"""Stored API items from before typed block values (empty text blocks were `null`, now `""`, and
profiles gained `featured_image`): drop them, so no deploy serves the old shape. They are rebuilt on
read, or at once by `manage.py build_api_representations`."""

from django.db import migrations


def drop_stored_items(apps, schema_editor):
    apps.get_model("cms", "ApiDependency").objects.all().delete()
    apps.get_model("cms", "ApiRepresentation").objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ("cms", "0007_content_version"),
        ("workinggroups", "0004_profile_featured_image"),
    ]

    operations = [migrations.RunPython(drop_stored_items, migrations.RunPython.noop)]
