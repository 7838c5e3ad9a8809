"""The resource library: resources with language versions, the library index and its facets."""
