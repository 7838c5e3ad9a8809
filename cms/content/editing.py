"""The editors' path through the admin for a new page: no surprises, and back where they started.

- `CreatePageView`: Wagtail's page create view without autosave. Autosave on a page that does
  not exist yet tries to create it at every pause, warns "validation errors" while the form is
  still being filled in, and, once the form happens to be valid, silently creates a draft whose
  slug then blocks the next attempt. Autosave starts once the page exists (the edit view keeps it).
- `ListingChooseParentView`: the "Add" of a flat listing (News releases, Working groups, Resources)
  passes the listing's address as `next`, so that after saving or publishing the editor lands on
  the listing they came from rather than in the page explorer (`FlatListingViewSet`: such a
  listing's admin menu entry and columns).

Both are Wagtail's documented extension points (PageViewSet's view classes, wagtail 8.0.1).
"""

from django.shortcuts import redirect
from django.utils.http import urlencode
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageListingViewSet, PageViewSet


class CreatePageView(CreateView):
    def get_context_data(self, **kwargs):
        self.autosave_enabled = False
        return super().get_context_data(**kwargs)


class EditingPageViewSet(PageViewSet):
    """A page type's admin views: Wagtail's, with `CreatePageView`."""

    add_view_class = CreatePageView


def editing_viewsets(page_models):
    """One `EditingPageViewSet` per page model, for the `register_admin_viewset` hook."""
    return [type(f"{model.__name__}EditingViewSet", (EditingPageViewSet,), {"model": model})()
            for model in page_models]


class ListingChooseParentView(ChooseParentView):
    """Choose where a new page goes, then open the create view with `next` = the listing."""

    def _with_next(self, response):
        next_url = get_valid_next_url_from_request(self.request) or self.get_index_url()
        if next_url and response.status_code == 302 and "?" not in response["Location"]:
            return redirect(response["Location"] + "?" + urlencode({"next": next_url}))
        return response

    def get(self, request, *args, **kwargs):
        return self._with_next(super().get(request, *args, **kwargs))

    def form_valid(self, form):
        return self._with_next(super().form_valid(form))


class FlatListingViewSet(PageListingViewSet):
    """A flat admin listing of one page type (News releases, Working groups, Resources) in the main
    menu, whose "Add" comes back to it (`ListingChooseParentView`). Subclasses declare the model, the
    menu entry, `extra_columns` (after the page listing's own: title, parent, updated, status), the
    filters and the order."""

    add_to_admin_menu = True
    choose_parent_view_class = ListingChooseParentView
    extra_columns = []

    @property
    def list_display(self):
        return PageListingViewSet.columns + self.extra_columns
