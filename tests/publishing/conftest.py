"""Publishing tests reuse the API suite's published tree and client helper."""

from tests.api.conftest import api, fresh_cache, tree  # noqa: F401
