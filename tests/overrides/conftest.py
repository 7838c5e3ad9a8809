"""A page tree for the contract tests: both locales, unicode slugs, drafts, a live page under a
draft, private sections (password, login), aliases (also of a private page) and a second site."""

import pytest
from wagtail.models import PageViewRestriction, Site

from tests.factories import StandardPageFactory, translate


@pytest.fixture
def contract_tree(homes, locale_es):
    en, es = homes["en"], homes["es"]
    news = StandardPageFactory(parent=en, slug="news", title="News")
    cafe = StandardPageFactory(parent=news, slug="café", title="Café")
    japan = StandardPageFactory(parent=cafe, slug="日本", title="Japan")
    draft = StandardPageFactory(parent=news, slug="draft", title="Draft")
    draft.unpublish()
    under_draft = StandardPageFactory(parent=draft, slug="child", title="Live under a draft")
    private = StandardPageFactory(parent=en, slug="private", title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    inside = StandardPageFactory(parent=private, slug="inside", title="Inside")
    members = StandardPageFactory(parent=en, slug="members", title="Members")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    about = StandardPageFactory(parent=en, slug="about", title="About")

    news_es = translate(news, locale_es, title="Noticias", slug="noticias")
    cafe_es = translate(cafe, locale_es, title="Cafetería", slug="cafetería")
    draft_es = translate(draft, locale_es, title="Borrador", slug="borrador")
    draft_es.unpublish()
    about_alias = about.create_alias(parent=es, update_locale=locale_es)  # an untranslated page's alias
    private_alias = private.create_alias(parent=es, update_locale=locale_es)
    # A second site whose root is a section (its own hostname, port 8080).
    Site.objects.create(hostname="other.test", port=8080, root_page=news)
    return {
        "homes": homes, "news": news, "cafe": cafe, "japan": japan, "draft": draft, "under_draft": under_draft,
        "private": private, "inside": inside, "members": members, "about": about, "news_es": news_es,
        "cafe_es": cafe_es, "draft_es": draft_es, "about_alias": about_alias, "private_alias": private_alias,
    }
