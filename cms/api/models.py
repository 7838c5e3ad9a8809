"""The API's stored items (cms/api/store.py): one table, rebuilt from published pages."""

from django.db import models


class ApiRepresentation(models.Model):
    """A page's API item, stored when it is published and looked up by the API (cms/api_store.py).

    One row per page, kind (a listing item with every field, or the detail) and display language
    (the language relations and labels are shown in), for one API base URL. Visibility is never
    stored: the API filters pages at query time and only then reads their rows.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=8)
    display_language = models.CharField(max_length=16)
    base_url = models.CharField(max_length=255)
    data = models.TextField()
    # " token token ": what the item shows besides the page itself (page:<translation_key>,
    # snippet:<translation_key>, image:<id>, document:<id>); a change to one of them deletes the row.
    dependencies = models.TextField(default=" ")
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "kind", "display_language", "base_url"],
                                    name="cms_apirepresentation_unique"),
        ]

    def __str__(self):
        return f"{self.kind} of page {self.page_id} in {self.display_language}"
