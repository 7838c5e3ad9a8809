"""`{% profile_embed page as embed %}`: the embed snippets and oEmbed URL of a profile page."""

from django import template

from workinggroups import embeds

register = template.Library()


@register.simple_tag(takes_context=True)
def profile_embed(context, page):
    """embeds.embed_snippets for the page, with absolute URLs of the current request; None if unknown."""
    try:
        return embeds.embed_snippets(page, context.get("request"))
    except AttributeError:  # not a profile (e.g. a preview of another page type): show nothing
        return None
