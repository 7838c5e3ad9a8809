"""Seed the bench database: the demo site, then N news releases (a quarter also in Spanish).

`python -m bench.seed --releases 10000` (bench settings) adds releases until there are N English
ones, so the harness grows 1,000 into 10,000 without starting again. Releases are realistic where
it costs time to serve them: StreamField bodies (headings, paragraphs, a quote, an image), a
featured image from a few shared real JPEGs (renditions are made by the site on first use),
one to three topics, links to working groups and resources, and a search-index entry each.

Pages are written with bulk inserts computed from the tree (path, depth, url_path) rather than
`add_child` + revision + publish: about 40x faster. The rows are what publishing leaves behind
for readers (live, published dates, translation_key shared across locales); what the public site
never reads is left out: revisions, wagtail-localize TranslationSource records, reference index.
The API's stored items (cms.api.store) are built at the end, as publishing would have built them.
"""

import argparse
import contextlib
import copy
import datetime
import io
import random
import time
import uuid

from django.core.files.images import ImageFile
from django.core.management import call_command, get_commands
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from cms.models import Topic
from cms.translation.bootstrap import ensure_home_pages
from home.models import HomePage
from news.models import NewsIndexPage, NewsReleasePage, NewsReleaseResource, NewsReleaseWorkingGroup
from resources.models import ResourcePage
from workinggroups.models import WorkingGroupPage

TRANSLATED_EVERY = 4  # every 4th release also exists in Spanish: a quarter
IMAGE_COUNT = 6
BATCH = 250
RANDOM_SEED = 20261127  # the same content on every run
MEASURED_RELEASE = 500  # the release page the benchmark requests (bench/cases.py), in every size

WORDS_EN = (
    "security human rights company government civil society working group dialogue risk "
    "assessment community grievance mechanism training public private security provider "
    "implementation plenary guidance report stakeholders extractive sector accountability"
).split()
WORDS_ES = (
    "seguridad derechos humanos empresa gobierno sociedad civil grupo de trabajo diálogo riesgo "
    "evaluación comunidad mecanismo de quejas capacitación seguridad pública privada proveedor "
    "implementación plenaria orientación informe actores sector extractivo rendición de cuentas"
).split()
PLACES = ["Santiago, Chile", "Lima, Peru", "Accra, Ghana", "Bogotá, Colombia", "Kinshasa, DRC",
          "Geneva, Switzerland", "Jakarta, Indonesia", "Nairobi, Kenya", "Ottawa, Canada", "London, UK"]
KINDS = [NewsReleasePage.Kind.RELEASE] * 6 + [NewsReleasePage.Kind.STATEMENT] * 2 + [
    NewsReleasePage.Kind.EVENT_REPORT] * 2


def log(message):
    print(f"[seed] {message}", flush=True)


def sentence(rng, words, count):
    text = " ".join(rng.choice(words) for _ in range(count))
    return text[:1].upper() + text[1:] + "."


def paragraph(rng, words, sentences=5):
    return " ".join(sentence(rng, words, rng.randint(10, 22)) for _ in range(sentences))


# --- the site: demo content, indexes, topics, images -------------------------------------------

def ensure_site(demo=True):
    """The demo site (load_demo, and its translations when that command exists); else home pages only."""
    if not demo:
        ensure_home_pages()
        return
    commands = get_commands()
    call_command("load_demo", verbosity=0)
    if "load_demo_translations" in commands:
        call_command("load_demo_translations", verbosity=0)


def homes():
    return {page.locale.language_code: page for page in HomePage.objects.filter(depth=2).select_related("locale")}


def ensure_news_index(language):
    """The news index under the home page of `language` (English first; Spanish as its translation)."""
    home = homes()[language]
    index = NewsIndexPage.objects.child_of(home).first()
    if index:
        return index
    if language == "en":
        index = home.add_child(instance=NewsIndexPage(title="News", slug="news", locale=home.locale))
        index.save_revision().publish()
        return index
    source = ensure_news_index("en")
    index = source.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    index.title, index.slug = "Noticias", "noticias"
    index.save_revision().publish()
    return NewsIndexPage.objects.get(pk=index.pk)


def ensure_topics():
    """The demo topics, or a dozen made here when the demo has none."""
    en = Locale.objects.get(language_code="en")
    topics = list(Topic.objects.filter(locale=en))
    if not topics:
        names = ["Human rights defenders", "Risk assessment", "Public security", "Private security",
                 "Grievance mechanisms", "Gender", "Mining", "Oil and gas", "Training", "Community engagement",
                 "Conflict", "Land"]
        topics = [Topic.objects.create(name=name, slug=slugify(name), locale=en) for name in names]
    es_by_key = {t.translation_key: t for t in Topic.objects.filter(locale__language_code="es")}
    return topics, es_by_key


def ensure_images():
    """A few real JPEGs (1600x900) shared by the releases; renditions come from the site itself."""
    image_model = get_image_model()
    images = list(image_model.objects.filter(title__startswith="Bench photo").order_by("pk"))
    for number in range(len(images), IMAGE_COUNT):
        # A small gradient per image scaled up: real JPEGs of realistic size, made in milliseconds.
        small = PILImage.new("RGB", (64, 36))
        small.putdata([((x * 4 + number * 40) % 256, (y * 7) % 256, (x + y + number * 20) % 256)
                       for y in range(36) for x in range(64)])
        picture = small.resize((1600, 900), PILImage.Resampling.BICUBIC)
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=80)
        image = image_model(title=f"Bench photo {number + 1}")
        image.file = ImageFile(buffer, name=f"bench-photo-{number + 1}.jpg")
        image.save()
        images.append(image)
    return images


# --- releases ----------------------------------------------------------------------------------

def release_body(rng, words, image, lang):
    """The body as StreamField's stored JSON (what the editor saves), so nothing is converted."""
    quote_role = "Jefa de misión" if lang == "es" else "Head of Mission"
    blocks = [
        ("paragraph", f"<p>{paragraph(rng, words, 4)}</p>"),
        ("heading", {"text": sentence(rng, words, 4)[:-1], "level": "h2"}),
        ("paragraph", f"<p>{paragraph(rng, words, 6)}</p><p>{paragraph(rng, words, 3)}</p>"),
        ("quote", {"quote": sentence(rng, words, 25), "attribution": "María Pérez", "role": quote_role}),
        ("image", {"image": image.pk, "alt_text": sentence(rng, words, 6), "caption": sentence(rng, words, 8)}),
        ("paragraph", f"<p>{paragraph(rng, words, 5)}</p><ul><li>{sentence(rng, words, 6)}</li>"
                      f"<li>{sentence(rng, words, 7)}</li></ul>"),
    ]
    return [{"type": kind, "value": value, "id": str(uuid.UUID(int=rng.getrandbits(128)))}
            for kind, value in blocks]


def next_child_steps(parent, count):
    """Treebeard paths for `count` new children after the parent's last child."""
    last = (Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path").values_list("path", flat=True).first())
    start = Page._str2int(last[-Page.steplen:]) if last else 0
    return [parent.path + Page._int2str(start + i).rjust(Page.steplen, Page.alphabet[0])
            for i in range(1, count + 1)]


def bulk_add_pages(parent, pages):
    """Insert specific pages as live children of `parent`: base rows in bulk, then the subclass rows."""
    model = type(pages[0])
    now = timezone.now()
    for page, path in zip(pages, next_child_steps(parent, len(pages)), strict=True):
        page.path, page.depth, page.numchild = path, parent.depth + 1, 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now
    page_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    bases = [Page(**{name: getattr(page, name) for name in page_fields}) for page in pages]
    Page.objects.bulk_create(bases, batch_size=BATCH)
    for page, base in zip(pages, bases, strict=True):
        page.pk = page.id = page.page_ptr_id = base.pk
    # bulk_create refuses multi-table models; _insert writes just the subclass table.
    local_fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        model._base_manager._insert(pages[start:start + BATCH], fields=local_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.filter(
        path__startswith=parent.path, depth=parent.depth + 1).count())


def make_releases(count, offset, images, locale, lang, translation_keys=None, sources=None):
    """Unsaved release instances numbered offset+1..offset+count (Spanish ones copy `sources`)."""
    words = WORDS_ES if lang == "es" else WORDS_EN
    releases = []
    for i in range(count):
        number = offset + i + 1
        rng = random.Random(RANDOM_SEED + number * 2 + (lang == "es"))
        source = sources[i] if sources else None
        image = images[number % len(images)]
        title = (f"Comunicado {number}: " if lang == "es" else f"Release {number}: ") + sentence(rng, words, 6)[:-1]
        releases.append(NewsReleasePage(
            title=title,
            slug=f"{slugify(title)[:60]}-{number}",
            locale=locale,
            translation_key=source.translation_key if source else uuid.uuid4(),
            publication_date=source.publication_date if source else
            datetime.date(2026, 11, 1) - datetime.timedelta(days=number // 3),
            dateline=rng.choice(PLACES),
            kind=source.kind if source else rng.choice(KINDS),
            summary=sentence(rng, words, 30)[:400],
            featured_image=image,
            featured_image_alt=sentence(rng, words, 8),
            body=release_body(rng, words, image, lang),
            search_description="",
            seo_title="",
        ))
    return releases


def add_relations(releases, sources, topics, es_topics, groups, resources, lang):
    """Topics, working-group and resource links: chosen for the English release, copied to Spanish."""
    topic_through, page_column, topic_column = topic_columns()
    topic_rows, group_rows, resource_rows = [], [], []
    for i, release in enumerate(releases):
        source = sources[i] if sources else release
        rng = random.Random(source.pk)
        for topic in rng.sample(topics, k=min(len(topics), rng.randint(1, 3))):
            topic = es_topics.get(topic.translation_key, topic) if lang == "es" else topic
            topic_rows.append(topic_through(**{page_column: release.pk, topic_column: topic.pk}))
        # Links always point at the source-locale profile and resource (see WorkingGroupPage.releases).
        for order, group in enumerate(rng.sample(groups, k=min(len(groups), rng.randint(0, 2)))):
            group_rows.append(NewsReleaseWorkingGroup(page_id=release.pk, working_group_id=group, sort_order=order))
        if resources and rng.random() < 0.4:
            resource_rows.append(NewsReleaseResource(page_id=release.pk, resource_id=rng.choice(resources),
                                                     sort_order=0))
    topic_through.objects.bulk_create(topic_rows, batch_size=BATCH)
    NewsReleaseWorkingGroup.objects.bulk_create(group_rows, batch_size=BATCH)
    NewsReleaseResource.objects.bulk_create(resource_rows, batch_size=BATCH)


def topic_columns():
    through = NewsReleasePage.topics.through
    page_column = next(f.attname for f in through._meta.concrete_fields if f.related_model is NewsReleasePage)
    topic_column = next(f.attname for f in through._meta.concrete_fields if f.related_model is Topic)
    return through, page_column, topic_column


@contextlib.contextmanager
def images_in_memory(images):
    """Bodies name one of a few shared images: serve them from memory while indexing, not one query each."""
    by_id = {image.pk: image for image in images}
    original = ImageChooserBlock.bulk_to_python

    def bulk_to_python(block, values):
        if block.model_class is type(images[0]) and all(value in by_id for value in values):
            return [copy.copy(by_id[value]) for value in values]
        return original(block, values)

    ImageChooserBlock.bulk_to_python = bulk_to_python
    try:
        yield
    finally:
        ImageChooserBlock.bulk_to_python = original


def index_for_search(pages, images=()):
    """Search-index entries, as publishing would make them (bulk: one backend call per chunk)."""
    if not pages:
        return
    if images:
        with images_in_memory(images):
            return index_for_search(pages)
    model = type(pages[0])
    index = get_search_backend().get_index_for_model(model)
    through, page_column, topic_column = topic_columns()
    topics = Topic.objects.in_bulk()
    pks = [page.pk for page in pages]
    for start in range(0, len(pks), 500):
        chunk = pks[start:start + 500]
        objs = list(model.get_indexed_objects().filter(pk__in=chunk))
        # The index reads each release's topics (RelatedFields), and Wagtail does not prefetch
        # ParentalManyToManyFields: hand modelcluster the topics, or it runs 5 queries per release.
        by_page = {obj.pk: [] for obj in objs}
        for page_id, topic_id in through.objects.filter(**{f"{page_column}__in": chunk}).values_list(
                page_column, topic_column):
            by_page[page_id].append(topics[topic_id])
        for obj in objs:
            obj._cluster_related_objects = {"topics": by_page[obj.pk]}
        index.add_items(model, objs)


@transaction.atomic
def add_releases(target):
    """Grow the English releases to `target`; every TRANSLATED_EVERY-th also in Spanish."""
    started = time.monotonic()
    en_index, es_index = ensure_news_index("en"), ensure_news_index("es")
    en, es = en_index.locale, es_index.locale
    existing = NewsReleasePage.objects.filter(locale=en).count()
    if existing >= target:
        return 0, 0
    images = ensure_images()
    topics, es_topics = ensure_topics()
    en_groups = list(WorkingGroupPage.objects.filter(locale=en).values_list("pk", flat=True))
    en_resources = list(ResourcePage.objects.filter(locale=en).values_list("pk", flat=True))

    releases = make_releases(target - existing, existing, images, en, "en")
    bulk_add_pages(en_index, releases)
    add_relations(releases, None, topics, es_topics, en_groups, en_resources, "en")

    sources = [r for i, r in enumerate(releases, start=existing + 1) if i % TRANSLATED_EVERY == 0]
    translations = []
    if sources:
        translations = make_releases(len(sources), 0, images, es, "es", sources=sources)
        for translation, source in zip(translations, sources, strict=True):
            number = int(source.slug.rsplit("-", 1)[1])
            translation.slug = f"{slugify(translation.title)[:60]}-{number}"
        bulk_add_pages(es_index, translations)
        add_relations(translations, sources, topics, es_topics, en_groups, en_resources, "es")
    log(f"pages and relations written in {time.monotonic() - started:.1f}s")
    step = time.monotonic()
    index_for_search(releases + translations, images)
    log(f"search index updated in {time.monotonic() - step:.1f}s")
    return len(releases), len(translations)


def analyze():
    """PostgreSQL: fresh planner statistics, as autovacuum would have them on a live site.

    Without them PostgreSQL plans the first queries after a bulk load for near-empty tables.
    SQLite is left as Django leaves it, without statistics: nothing runs ANALYZE there, and with
    them the API's news listing took 78 s instead of 1 s at 10,000 releases (bench/results.md).
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def seed(target, demo=True):
    started = time.monotonic()
    ensure_site(demo)
    log(f"demo site ready in {time.monotonic() - started:.1f}s")
    step = time.monotonic()
    added, translated = add_releases(target)
    analyze()
    log(f"added {added} releases and {translated} Spanish translations in {time.monotonic() - step:.1f}s "
        f"(total {NewsReleasePage.objects.count()} release pages)")
    # Bulk inserts publish nothing: store the API items as publishing would have (cms.api.store).
    step = time.monotonic()
    call_command("build_api_representations", stdout=io.StringIO())
    log(f"API representations stored in {time.monotonic() - step:.1f}s")
    return added, translated


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, required=True, help="English releases wanted in total")
    args = parser.parse_args(argv)
    seed(args.releases)
