"""Contract: our PO upload and "submit page" views answer at wagtail-localize's own addresses
(wagtail-localize 1.14.5), for generated ids, and the upstream pieces they stand in for are
still where the override modules say. A wagtail-localize upgrade that moves them fails here
instead of silently bringing back the upstream views."""

import inspect

import pytest
from django.urls import resolve, reverse
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from cms.overrides import localize_convert_alias, localize_po_upload, localize_submit_page, localize_sync
from cms.translation.admin_views import (
    SubmitPageForTranslationView,
    SyncTranslationsView,
    convert_to_alias_if_allowed,
    upload_pofile,
)

IDS = [1, 7, 42, 999, 2**31 - 1]
OVERRIDES = [
    (localize_po_upload, "upload_pofile", upload_pofile),
    (localize_submit_page, "submit_page_translation", SubmitPageForTranslationView),
    (localize_sync, "update_translations", SyncTranslationsView),
    (localize_convert_alias, "convert_to_alias", convert_to_alias_if_allowed),
]


def upstream_routes():
    """{URL name: route below admin/} of wagtail-localize's register_admin_urls hook."""
    routes = {}
    for entry in localize_hooks.register_admin_urls():
        if hasattr(entry, "url_patterns"):  # its include("localize/", ...)
            routes.update({p.name: f"{entry.pattern}{p.pattern}" for p in entry.url_patterns
                           if getattr(p, "name", None)})
        elif getattr(entry, "name", None):
            routes[entry.name] = str(entry.pattern)
    return routes


@pytest.mark.parametrize(("module", "upstream_name", "view"), OVERRIDES)
def test_upstream_address_reaches_our_view(module, upstream_name, view):
    assert upstream_routes()[upstream_name] == module.ROUTE  # the address we shadow is upstream's
    assert module.UPSTREAM_NAME == f"wagtail_localize:{upstream_name}"
    for pk in IDS:
        address = reverse(module.UPSTREAM_NAME, args=[pk])  # what wagtail-localize's pages link and post to
        match = resolve(address)  # the admin wraps views (require_admin_access): compare names
        assert match.url_name == module.NAME and match.route == f"admin/{module.ROUTE}", address
        assert match._func_path == f"{view.__module__}.{view.__qualname__}", address
        assert address == reverse(module.NAME, args=[pk])


def test_the_upstream_views_we_replace_are_as_checked():
    assert callable(edit_translation.upload_pofile)
    parameters = inspect.signature(SubmitPageTranslationView.get_default_success_url).parameters
    assert list(parameters) == ["self", "translated_page"]  # the method our subclass overrides
    assert issubclass(SubmitPageForTranslationView, SubmitPageTranslationView)
