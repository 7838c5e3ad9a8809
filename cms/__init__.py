"""The Django project: settings, URLs, the API router and cross-cutting pieces."""
