"""Query hygiene for every caller of the search backend, through its public `search()` and `autocomplete()`.

The public search page and the API clean their queries in search.query; the Wagtail admin (page
search, choosers, listings, images, documents, snippets) and Wagtail's own API filters pass what
the user typed straight to the backend, where quotes, operators and `*` reach the full-text query
syntax. Every backend of this project cleans queries here with search.query.clean_search_query,
so all of them see plain words only; a query with no words left finds nothing: it becomes Wagtail's
MATCH_NONE, whose results still know their model (the admin's listings read it) and cost no query.
"""

from wagtail.search.query import MATCH_NONE


class QueryHygieneMixin:
    """Mixed into a search backend class (before it): cleans the query of `search` and `autocomplete`."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        from search.query import clean_search_query

        query = clean_search_query(query)
        if query is None or query == "":
            query = MATCH_NONE
        return super().search(query, model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        from search.query import clean_search_query

        query = clean_search_query(query)
        if query is None or query == "":
            query = MATCH_NONE
        return super().autocomplete(query, model_or_queryset, *args, **kwargs)
