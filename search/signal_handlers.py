"""Keep the index in step with publishing.

Wagtail indexes a page on `post_save`, but a page's child rows and parental many-to-many links
(a resource's language versions and topics) are written just after that signal, so a publish that
adds a language version or a topic would leave the index one step behind. Reindexing on
`page_published` (also sent when a wagtail-localize translation is published) catches them up.
"""

from wagtail.search.index import class_is_indexed
from wagtail.search.tasks import insert_or_update_object_task
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    if class_is_indexed(type(instance)):
        insert_or_update_object_task.enqueue(instance._meta.app_label, instance._meta.model_name, str(instance.pk))


def register_signal_handlers():
    page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
