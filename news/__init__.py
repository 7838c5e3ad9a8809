"""News releases and the news index: models, API endpoint, feeds, templates."""
