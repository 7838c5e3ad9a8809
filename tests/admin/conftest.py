"""The admin tests share the translation suite's tree and role users."""

from tests.translation.conftest import (  # noqa: F401
    editor,
    moderator,
    release_es,
    roles,
    translator,
    tree,
)
