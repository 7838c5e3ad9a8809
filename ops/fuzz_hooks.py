"""Schemathesis hooks for scripts/fuzz_api.py (loaded through SCHEMATHESIS_HOOKS).

Each filter below keeps the fuzzer away from ONE known, reported API bug so that CI stays a gate
for everything else. Delete a filter as soon as its bug is fixed (docs/operations.md, "API fuzzing").
"""

import schemathesis


@schemathesis.hook
def filter_query(ctx, query):
    if not query:
        return True
    # Known bug 2: a whitespace-only ?search= makes the language-aware search backend (search/)
    # OR two empty tsqueries together (TypeError, 500). (Bugs 1 and 3, ?offset= beyond bigint and
    # NUL bytes in parameters, are fixed: 400.)
    search = query.get("search")
    return not (isinstance(search, str) and search and not search.strip())
