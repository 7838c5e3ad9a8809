"""Contract: after cms.publishing.renditions.prefetch_page_renditions, every image a page shows
answers get_rendition with the rendition Wagtail's own get_rendition gives (wagtail 8.0.1), for
generated filter specs, existing or new; existing ones without a query."""

import itertools

import pytest
from wagtail.rich_text import RichText

from cms.publishing.renditions import page_images, prefetch_page_renditions
from home.models import StandardPage
from news.models import NewsReleasePage
from tests.factories import ImageFactory, NewsIndexPageFactory, NewsReleasePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

SPECS = ["original", "width-480", "max-800x600", "fill-100x100", "fill-1200x630|format-jpeg", "width-320|format-webp"]


@pytest.fixture
def pages(home):
    images = [ImageFactory() for _ in range(4)]
    news = NewsIndexPageFactory(parent=home)
    release = NewsReleasePageFactory(parent=news, featured_image=images[0], featured_image_alt="A photo")
    body = [("image", {"image": image, "alt_text": "Alt", "caption": ""}) for image in images[1:]]
    body += [("paragraph", RichText("<p>Text</p>")),
             ("image", {"image": images[1], "alt_text": "Again", "caption": ""})]
    standard = StandardPageFactory(parent=home, slug="images", body=body)
    return {"release": (NewsReleasePage, release.pk, {images[0].pk}),
            "standard": (StandardPage, standard.pk, {image.pk for image in images[1:]})}


@pytest.mark.parametrize("existing", [True, False])
def test_prefetched_renditions_are_wagtails(pages, django_assert_num_queries, existing):
    for (model, pk, image_pks), chosen in itertools.product(pages.values(), itertools.combinations(SPECS, 3)):
        page = model.objects.get(pk=pk)
        images = page_images(page)
        assert {image.pk for image in images} == image_pks  # image fields and StreamField blocks
        if existing:  # generated before, by Wagtail (a cold render's first view)
            upstream = {(image.pk, spec): type(image).objects.get(pk=image.pk).get_rendition(spec)
                        for image in images for spec in chosen}
            page = model.objects.get(pk=pk)
            prefetch_page_renditions(page)
            with django_assert_num_queries(0):
                ours = {(image.pk, spec): image.get_rendition(spec) for image in page_images(page) for spec in chosen}
        else:  # new specs: Wagtail creates them through the prefetched images too
            prefetch_page_renditions(page)
            ours = {(image.pk, spec): image.get_rendition(spec) for image in images for spec in chosen}
            upstream = {(image.pk, spec): type(image).objects.get(pk=image.pk).get_rendition(spec)
                        for image in images for spec in chosen}
        assert {key: (r.pk, r.url, r.width, r.height) for key, r in ours.items()} == \
            {key: (r.pk, r.url, r.width, r.height) for key, r in upstream.items()}
        for image in images:  # leave no renditions for the next round of "new" specs
            image.renditions.all().delete()
