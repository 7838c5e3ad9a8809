"""Admin and serving hooks of publishing: direct document URLs follow the public-media rule."""

from django.http import Http404
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from cms.publishing.visibility import is_public_media

# Staff who may pick or edit a document in the admin may download it before it is public (previews).
DOCUMENT_STAFF_ACTIONS = ["choose", "change"]


@hooks.register("before_serve_document")
def hide_non_public_documents(document, request):
    """/documents/<id>/<filename>: a 404 for a document no live, public page uses yet (a draft's, an
    embargoed release's), unless the user may choose or edit it in the admin."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        # Model permissions (the roles' groups, cms/translation/roles.py) or collection permissions.
        if any(user.has_perm(f"wagtaildocs.{action}_document") for action in DOCUMENT_STAFF_ACTIONS):
            return None
        policy = policy_registry.get_by_type(get_document_model())
        if policy.user_has_any_permission_for_instance(user, DOCUMENT_STAFF_ACTIONS, document):
            return None
    if not is_public_media(document, request):
        raise Http404("No such document.")
    return None
