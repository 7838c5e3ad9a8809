"""Schemathesis hooks for scripts/fuzz_api.py (loaded through SCHEMATHESIS_HOOKS).

A filter here keeps the fuzzer away from ONE known, reported API bug so that CI stays a gate for
everything else; each says why it is still needed. Delete it as soon as its bug is fixed, so the
fuzzer sees the input again (docs/operations.md, "API fuzzing").

Removed once fixed (the fuzzer now sends them): ?offset= beyond PostgreSQL's bigint (a 400 now,
cms/api/base.py), NUL bytes in any parameter (a 400 now).
"""

import schemathesis


@schemathesis.hook
def filter_query(ctx, query):
    if not query:
        return True
    # Still a bug on main (issue 16): a whitespace-only ?search= on /images/ and /documents/ reaches
    # Wagtail's search backend (500 on SQLite and PostgreSQL). Fixed on the `search` branch; delete
    # this filter when it is merged.
    search = query.get("search")
    return not (isinstance(search, str) and search and not search.strip())
