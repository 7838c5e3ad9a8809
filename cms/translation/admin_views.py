"""Translation admin pieces: a safe PO upload and the "Translations" dashboard panel.

wagtail-localize's own PO upload answers a PO file without its translation header with a server
error and imports fuzzy entries; `upload_pofile` below replaces it at the same address (the override:
cms/overrides/localize_po_upload.py) and refuses broken or foreign files without changing anything.
"""

import os
import re
import tempfile
from dataclasses import dataclass

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.edit_translation import user_can_edit_instance
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitTranslationForm
from wagtail_localize.views.update_translations import UpdateTranslationsView

from cms.publishing.visibility import not_aliases
from cms.translation.policy import can_convert_alias, translation_refusal

PO_MAX_BYTES = 5 * 1024 * 1024
TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


class POFileRefused(ValueError):
    """The uploaded file cannot be imported; the message says why, for the translator."""


def parse_pofile(uploaded, translation):
    """The uploaded file as a polib.POFile for `translation`, or POFileRefused."""
    if uploaded is None:
        raise POFileRefused(_("Choose a PO file to upload."))
    if uploaded.size > PO_MAX_BYTES:
        raise POFileRefused(_("This file is too large to be a PO file for one page."))
    # polib.pofile() reads a path when given a short string, so never pass it uploaded text:
    # write it to a temporary file and parse that.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        for chunk in uploaded.chunks():
            handle.write(chunk)
    try:
        po = polib.pofile(handle.name, encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError, IndexError) as error:
        # polib's messages name our temporary file; keep only the line number.
        line = re.search(r"line (\d+)", str(error))
        detail = _("syntax error on line %(line)s") % {"line": line.group(1)} if line else _("unreadable text")
        raise POFileRefused(_("This is not a valid PO file (%(detail)s). Nothing was imported.")
                            % {"detail": detail}) from error
    finally:
        os.unlink(handle.name)

    file_translation_id = po.metadata.get(TRANSLATION_ID_HEADER)
    if not file_translation_id:
        raise POFileRefused(_("This PO file was not downloaded from this translation (it has no translation "
                              "identifier). Download the PO file from the translation editor, fill it in and "
                              "upload that. Nothing was imported."))
    if file_translation_id != str(translation.uuid):
        raise POFileRefused(_("This PO file belongs to a different page or language. Download the PO file of "
                              "this translation and upload that. Nothing was imported."))

    current = set(StringSegment.objects.filter(source=translation.source)
                  .values_list("string__data", "context__path"))
    filled = [entry for entry in po if entry.msgstr and not entry.obsolete and not entry.fuzzy]
    if filled and not any((entry.msgid, entry.msgctxt) in current for entry in filled):
        raise POFileRefused(_("None of the texts in this PO file match the current source text: it is out of "
                              "date. Download a fresh PO file. Nothing was imported."))
    return po


@require_POST
def upload_pofile(request, translation_id):
    """Import translator-filled PO file into a translation, or refuse it with a clear message."""
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied

    try:
        po = parse_pofile(request.FILES.get("file"), translation)
    except POFileRefused as refusal:
        messages.error(request, str(refusal))
    else:
        # Fuzzy entries are the tool's guesses, not the translator's word: leave them out.
        fuzzy = [entry for entry in po if entry.fuzzy]
        for entry in fuzzy:
            po.remove(entry)
        warnings = translation.import_po(po, user=request.user, tool_name="PO File")
        messages.success(request, _("Imported the translations from the PO file."))
        skipped = len(warnings) + len(fuzzy)
        if skipped:
            messages.warning(request, ngettext(
                "%(count)d entry was skipped (marked fuzzy, or its source text has changed).",
                "%(count)d entries were skipped (marked fuzzy, or their source text has changed).",
                skipped) % {"count": skipped})

    next_url = get_valid_next_url_from_request(request)
    return redirect(next_url or translation.get_target_instance_edit_url())


class SubmitPageForTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", with the roles' policy and landing where the submitter may go.

    - A draft, or a page waiting for approval, is refused with a message (cms/translation/policy.py):
      what is translated must have been approved.
    - When one language is left to translate into, it is ticked already.
    - It sends the submitter to the new translation's editor, but an Editor may not edit Spanish
      pages (that is the Translators' job) and would meet "permission denied"; they go back to the
      English page's section instead.
    """

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm("wagtail_localize.submit_translation"):
            page = self.get_object()
            refusal = translation_refusal(page)
            if refusal:
                messages.error(request, refusal)
                return redirect(get_valid_next_url_from_request(request)
                                or reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        if self.request.method != "POST" and not form.initial.get("locales"):
            choices = list(form.fields["locales"].queryset[:2])
            if len(choices) == 1:
                form = SubmitTranslationForm(self.object, initial={"locales": choices})
        return form

    def get_default_success_url(self, translated_page=None):
        if translated_page is not None and not translated_page.permissions_for_user(self.request.user).can_edit():
            translated_page = None
        return super().get_default_success_url(translated_page)


class SyncTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", with the roles' policy (cms/translation/policy.py).

    Upstream checks only the submit permission, then copies the source's text into every
    translation and, with "Publish immediately", publishes them all as the submitter. Here a draft
    source, or one waiting for approval, is refused, and "Publish immediately" is refused unless the
    submitter may publish every translation (Editors may not: Translators publish translations).
    Refusals change nothing.
    """

    def form_valid(self, form):
        instance = self.object.get_source_instance()
        refusal = translation_refusal(instance) if isinstance(instance, Page) else None
        if refusal is None and form.cleaned_data.get("publish_translations"):
            for translation in self.object.translations.filter(enabled=True):
                target = translation.get_target_instance()
                if isinstance(target, Page) and not target.permissions_for_user(self.request.user).can_publish():
                    refusal = _("You may sync the translations but not publish them: leave “Publish "
                                "immediately” unticked, and the translators will publish them.")
                    break
        if refusal:
            messages.error(self.request, refusal)
            return self.render_to_response(self.get_context_data())
        return super().form_valid(form)


def convert_to_alias_if_allowed(request, page_id):
    """wagtail-localize's "Convert to alias page", for Moderators only: it replaces a translation by the
    source language's text and deletes the translation record."""
    page = get_object_or_404(Page, id=page_id)
    if not can_convert_alias(request.user, page):
        raise PermissionDenied
    return convert_to_alias(request, page_id)


@dataclass
class Progress:
    translation: Translation
    total: int
    translated: int
    source_changed: bool  # the source was published after the translation was last synced
    source_live: bool = True  # the source page is live: the translation may be published
    can_edit: bool = True  # the viewing user may open the translation (set by the panel)

    @property
    def percent(self):
        return 100 if not self.total else round(100 * self.translated / self.total)


def translation_progress(translations):
    """Progress of each translation, computed in one query per target locale, least complete first."""
    translations = list(translations.select_related("source", "target_locale"))
    source_ids = {t.source_id for t in translations}
    totals = dict(StringSegment.objects.filter(source_id__in=source_ids).values("source_id")
                  .annotate(n=Count("pk")).values_list("source_id", "n"))
    translated = {}
    for locale_id in {t.target_locale_id for t in translations}:
        done = StringTranslation.objects.filter(translation_of_id=OuterRef("string_id"),
                                                context_id=OuterRef("context_id"), locale_id=locale_id,
                                                has_error=False)
        rows = (StringSegment.objects.filter(source_id__in=source_ids).filter(Exists(done))
                .values("source_id").annotate(n=Count("pk")).values_list("source_id", "n"))
        translated.update({(source_id, locale_id): n for source_id, n in rows})

    published = {
        (key, locale_id): (when, live) for key, locale_id, when, live in
        not_aliases(Page.objects.filter(translation_key__in={t.source.object_id for t in translations}))
        .values_list("translation_key", "locale_id", "last_published_at", "live")
    }
    result = []
    for t in translations:
        # Snippets have no page row: they count as live.
        last_published, live = published.get((t.source.object_id, t.source.locale_id), (None, True))
        result.append(Progress(
            translation=t,
            total=totals.get(t.source_id, 0),
            translated=translated.get((t.source_id, t.target_locale_id), 0),
            source_changed=bool(last_published and last_published > t.source.last_updated_at),
            source_live=live,
        ))
    result.sort(key=lambda p: (p.percent, p.translation.source.object_repr))
    return result


def pages_awaiting_translation(locale):
    """Live default-locale pages with no real (non-alias) page in `locale` yet."""
    translated_keys = not_aliases(Page.objects.filter(locale=locale)).values("translation_key")
    return (not_aliases(Page.objects.live().filter(locale=Locale.get_default(), depth__gt=2))
            .exclude(translation_key__in=translated_keys).order_by("path"))


def user_works_on_translations(user):
    if user.is_superuser or user.has_perm("wagtail_localize.submit_translation"):
        return True
    homes = Page.objects.filter(depth=2).exclude(locale=Locale.get_default())
    return any(home.permissions_for_user(user).can_edit() for home in homes)


class TranslationsPanel(Component):
    """Dashboard: what awaits translation and how far each translation has come."""

    name = "translations"
    template_name = "cms/admin/translations_panel.html"
    order = 150
    LIMIT = 15

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        """Translators see the translations waiting for them (those they may open); Editors see
        every translation's progress and the pages waiting to be submitted, with a link to submit."""
        context = super().get_context_data(parent_context)
        user = self.request.user
        can_submit = user.has_perm("wagtail_localize.submit_translation")
        # Tree permissions: whoever may edit a language's home may edit its translations.
        homes = not_aliases(Page.objects.filter(depth=2)).exclude(locale=Locale.get_default())
        editable_locales = {home.locale_id for home in homes if home.permissions_for_user(user).can_edit()}
        translations = Translation.objects.filter(enabled=True)
        if not can_submit:
            translations = translations.filter(target_locale_id__in=editable_locales)
        progress = translation_progress(translations)
        for item in progress:
            item.can_edit = item.translation.target_locale_id in editable_locales
        unfinished = [p for p in progress if p.percent < 100 or p.source_changed]
        awaiting = []
        for locale in Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"):
            pages = pages_awaiting_translation(locale)
            awaiting.append({"locale": locale, "count": pages.count(),
                             "pages": list(pages[: self.LIMIT]) if can_submit else []})
        context.update({
            "progress": unfinished[: self.LIMIT],
            "unfinished_count": len(unfinished),
            "finished_count": len(progress) - len(unfinished),
            "awaiting": awaiting,
            "can_submit": can_submit,
            "is_translator": bool(editable_locales) and not can_submit,
        })
        return context
