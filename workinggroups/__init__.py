"""The working-group directory and profiles: models, API endpoint, embed card and oEmbed."""
