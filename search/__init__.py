"""Search: one search function for pages and API, and the search page."""
