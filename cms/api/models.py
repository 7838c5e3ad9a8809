"""The API's stored items (cms/api/store.py): rebuilt from published pages, dropped through an
indexed table of what each page's items show."""

from django.db import models


class ApiRepresentation(models.Model):
    """A page's API item, stored when it is published and looked up by the API (cms/api/store.py).

    One row per page, kind (a listing item with every field, or the detail) and display language
    (the language relations and labels are shown in), for one API base URL. Visibility is never
    stored: the API filters pages at query time and only then reads their rows.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=8)
    display_language = models.CharField(max_length=16)
    base_url = models.CharField(max_length=255)
    data = models.TextField()
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "kind", "display_language", "base_url"],
                                    name="cms_apirepresentation_unique"),
        ]

    def __str__(self):
        return f"{self.kind} of page {self.page_id} in {self.display_language}"


class ApiDependency(models.Model):
    """Something a page's stored items show besides the page itself, as a token: page:<translation
    key>, snippet:<translation key>, image:<id> or document:<id>. A change to it drops the stored
    items of every page that shows it, found through the (token, page) index."""

    token = models.CharField(max_length=64)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["token", "page"], name="cms_apidependency_unique")]

    def __str__(self):
        return f"page {self.page_id} shows {self.token}"
