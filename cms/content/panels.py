"""Admin panels shared by the content apps: an InlinePanel that refuses the same item twice."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel


class UniqueInlinePanel(InlinePanel):
    """An InlinePanel whose rows must differ in `unique_field` (e.g. one language version per language).

    The check runs in the formset, so the editor gets a form error instead of a duplicate row
    (or an IntegrityError) when two rows name the same language, working group or resource.
    """

    def __init__(self, relation_name, *args, unique_field, duplicate_message=None, **kwargs):
        super().__init__(relation_name, *args, **kwargs)
        self.unique_field = unique_field
        self.duplicate_message = duplicate_message

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(unique_field=self.unique_field, duplicate_message=self.duplicate_message)
        return kwargs

    def get_form_options(self):
        options = super().get_form_options()
        field, message = self.unique_field, self.duplicate_message or _("This is already listed above.")

        class UniqueChildFormSet(BaseChildFormSet):
            def clean(self):
                super().clean()
                seen = set()
                for form in self.forms:
                    if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                        continue
                    value = form.cleaned_data.get(field)
                    if value in (None, ""):
                        continue
                    key = getattr(value, "pk", value)
                    if key in seen:
                        # A field error marks the row itself, and makes the formset invalid.
                        form.add_error(field, ValidationError(message))
                    seen.add(key)

        options["formsets"][self.relation_name]["formset"] = UniqueChildFormSet
        return options
