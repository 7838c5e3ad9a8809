"""Schemathesis hooks for scripts/fuzz_api.py (loaded through SCHEMATHESIS_HOOKS).

Each filter below keeps the fuzzer away from ONE known, reported API bug so that CI stays a gate
for everything else. Delete a filter as soon as its bug is fixed (docs/operations.md, "API fuzzing").
"""

import schemathesis

PG_BIGINT_MAX = 2**63 - 1


def _too_big(value):
    try:
        return int(value) > PG_BIGINT_MAX
    except (TypeError, ValueError):
        return False


@schemathesis.hook
def filter_query(ctx, query):
    if not query:
        return True
    # Known bug 1: ?offset= beyond PostgreSQL's bigint reaches the database (500 DataError) on
    # every listing; it should be a 400 like other bad parameters.
    if _too_big(query.get("offset")):
        return False
    # Known bug 2: a whitespace-only ?search= makes the language-aware search backend (search/)
    # OR two empty tsqueries together (TypeError, 500).
    search = query.get("search")
    if isinstance(search, str) and search and not search.strip():
        return False
    # Known bug 3: a NUL byte in a text parameter reaches PostgreSQL (500 DataError), e.g.
    # /pages/find/?html_path=; should be a 400.
    return not any(isinstance(value, str) and "\x00" in value for value in query.values())
