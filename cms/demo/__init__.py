"""Demo content for `manage.py load_demo`: real VPI content (the Chile launch release in full, the
working groups, releases and resources of /work/shared/domain/vpi_domain.yaml, paraphrased),
with placeholder images and PDFs drawn locally. Data lives in the modules beside this one; the
loader (`cms.demo.loader.load_demo`) builds it idempotently, keyed on the English slugs below.
"""

from cms.demo.news import RELEASES
from cms.demo.pages import INDEXES, STANDARD_PAGES
from cms.demo.resources import RESOURCES
from cms.demo.snippets import ORGANISATIONS, TOPICS
from cms.demo.workinggroups import PROFILES

# The stable keys other commands (e.g. load_demo_translations) may rely on.
INDEX_SLUGS = list(INDEXES)
STANDARD_PAGE_SLUGS = [page["slug"] for page in STANDARD_PAGES]
RELEASE_SLUGS = [release["slug"] for release in RELEASES]
PROFILE_SLUGS = [profile["slug"] for profile in PROFILES]
PUBLISHED_PROFILE_SLUGS = [profile["slug"] for profile in PROFILES if not profile.get("draft")]
RESOURCE_SLUGS = [resource["slug"] for resource in RESOURCES]
TOPIC_SLUGS = [slug for slug, _name, _description in TOPICS]
ORGANISATION_NAMES = [name for name, _pillar, _website in ORGANISATIONS]
