"""Settings shared by every environment; dev, test and production only override what they must.

Everything that differs between machines is read from the environment (listed in README.md).
"""

import datetime
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty, stripped items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "home",
    "news",
    "workinggroups",
    "resources",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "rest_framework",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # brotli/gzip, outside the response cache: hits are compressed too (cms/publishing/compression.py).
    "cms.publishing.compression.CompressionMiddleware",
    # Inside CORS (computed per request), outside PublicCacheMiddleware (sees the final
    # Cache-Control and every cookie): answers anonymous public GETs (cms/publishing/caching.py).
    "cms.publishing.caching.ResponseCacheMiddleware",
    # Before SessionMiddleware, so it sees every cookie set on the way out (cms/publishing/caching.py).
    "cms.publishing.caching.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Outside LocaleMiddleware: the API's language is its ?locale=, not Accept-Language (cms/api/http.py).
    "cms.api.http.ApiLanguageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After (inside) XFrameOptionsMiddleware: it exempts EMBED_PATH_PREFIX before that one runs.
    "cms.security.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: DATABASE_URL, or an SQLite file in the project so `make run` needs nothing else.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# SQLite shared by processes (`make run`: the server, the scheduler, and the webhook worker, whose
# every poll is an EXCLUSIVE transaction): a transaction takes the write lock when it begins and
# waits up to `timeout` seconds for another process's. A DEFERRED transaction that has read cannot
# wait for a writer (SQLite refuses at once, "database is locked", to avoid a deadlock).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20,
                                       **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared between workers and machines), else local memory.
# Redis fails soft (cms/publishing/failsoft.py): each call waits at most CACHE_SOCKET_TIMEOUT
# seconds, and after a failure the process skips Redis for CACHE_RETRY_SECONDS.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    _cache_timeout = float(os.environ.get("CACHE_SOCKET_TIMEOUT", "0.25"))
    CACHES = {
        "default": {
            "BACKEND": "cms.publishing.failsoft.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "vpi"),
            "TIMEOUT": 300,
            "OPTIONS": {
                "socket_connect_timeout": _cache_timeout,
                "socket_timeout": _cache_timeout,
                "retry_seconds": float(os.environ.get("CACHE_RETRY_SECONDS", "2")),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "vpi-default",
            "TIMEOUT": 300,
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. CONTENT_LANGUAGES is the one list to extend: add ("fr", "Français"),
# then run `manage.py sync_locales` (README: "Adding a language").
CONTENT_LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
]
_extra_languages = env_list("EXTRA_CONTENT_LANGUAGES")  # e.g. "fr:Français,pt:Português"
CONTENT_LANGUAGES += [tuple(item.split(":", 1)) for item in _extra_languages if ":" in item]

LANGUAGE_CODE = "en"
LANGUAGES = CONTENT_LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = CONTENT_LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LOCALE_PATHS = [BASE_DIR / "locale"]
# International English dates ("5 September 2024"); other languages keep Django's formats.
FORMAT_MODULE_PATH = ["cms.formats"]

# Static files: whitenoise serves them; hashed, compressed names outside development.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media on S3-compatible storage (django-storages) when AWS_STORAGE_BUCKET_NAME is set: every worker
# and machine sees the same files (docs/operations.md, "Media on S3-compatible storage").
# Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the instance role.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,  # MinIO, Scaleway, OVH, …
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,  # a CDN in front of the bucket
            "default_acl": None,  # the bucket policy decides; documents are served through Django
            "querystring_auth": os.environ.get("AWS_QUERYSTRING_AUTH", "false").lower() == "true",
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Voluntary Principles Initiative"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search (search/): the database backend; on PostgreSQL each page is indexed with its language's
# text-search configuration (created by search/migrations) and searched with the visitor's.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "AUTO_UPDATE": True,
        "SEARCH_CONFIG": "simple_unaccent",
        "LANGUAGE_CONFIGS": {"en": "english_unaccent", "es": "spanish_unaccent"},
        # Among equal matches, news releases first (search/backends/weights.py).
        "FIRST_AMONG_EQUALS": ["news.NewsReleasePage"],
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILADMIN_PERMITTED_LANGUAGES = CONTENT_LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The API's absolute URLs (detail_url, media, the change feed): this origin when set (production),
# else the origin of the request (development: `make run` on any port gives working links).
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL") or None
WAGTAILAPI_LIMIT_MAX = 100

# A page submitted for translation starts as a draft in the target tree: English text must never go
# live under /es/ as if it were Spanish. Translators publish it (docs/translation.md).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation for translators: off unless configured (README: "Machine translation").
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }

# Public API: read-only, open to any origin for GET/HEAD/OPTIONS, never with credentials.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
# Browsers may revalidate (If-None-Match / If-Modified-Since) and read the validators and Retry-After.
CORS_ALLOW_HEADERS = ["accept", "accept-language", "content-type", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After", "Content-Language"]
CORS_PREFLIGHT_MAX_AGE = 86400

# Background tasks (django-tasks): Wagtail's own run immediately, as before; partner webhooks
# (cms/api/webhooks.py) are queued in the database and sent by `manage.py db_worker --backend
# webhooks` (`make run` starts one beside the server; docs/api.md, "Webhooks").
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["webhooks"]},
}
# Webhook deliveries: attempts in all, the first retry's delay (doubled each time) and the timeout.
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "5"))
WEBHOOK_RETRY_SECONDS = float(os.environ.get("WEBHOOK_RETRY_SECONDS", "30"))
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "10"))

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    # The API is anonymous (no authentication classes): request.user is an AnonymousUser, which
    # Wagtail's media endpoints ask about restricted collections (None made them answer 500).
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Records with a request (django.request, django.security) name the client's address.
    "filters": {"client_ip": {"()": "cms.clients.ClientAddressFilter"}},
    "formatters": {"default": {"format": "%(levelname)s %(name)s [%(client_ip)s] %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["client_ip"], "formatter": "default"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The one HTTP caching policy for public responses (HTML pages, API, feeds, embeds). Admin,
# previews and logged-in users never get it. Both the page middleware and the API apply it.
PUBLIC_CACHE_CONTROL = os.environ.get(
    "PUBLIC_CACHE_CONTROL", "public, max-age=60, s-maxage=300, stale-while-revalidate=600"
)

# Public API (cms/api*.py): anonymous rate limit per client IP (DRF rate, e.g. "300/minute"; empty
# turns it off). Responses served from the response cache are not counted (docs/api.md).
API_THROTTLE_RATE = os.environ.get("API_THROTTLE_RATE", "300/minute")
# How long a rendered public response (page, API, feed, embed) stays in the response cache
# (cms/publishing/caching.py); any content change invalidates it sooner.
RESPONSE_CACHE_SECONDS = int(os.environ.get("RESPONSE_CACHE_SECONDS", "300"))
# The content version lives in the database (every process sees it); the cache keeps a copy this
# long, so a change made while the cache was down, or by another process with a per-process
# cache, shows within this time (cms/publishing/caching.py).
CONTENT_VERSION_SECONDS = int(os.environ.get("CONTENT_VERSION_SECONDS", "5"))

# Frontend-cache purge on publish/unpublish (wagtail.contrib.frontend_cache + cms/publishing/caching.py):
# FRONTEND_CACHE_URL is the CDN or proxy that accepts PURGE requests, e.g. http://varnish:6081.
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }
# Slugs are translated (/es/noticias/), so Wagtail must not guess other languages' URLs by
# swapping the prefix: each translation purges its own URL when it is published.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Security (cms/security.py, cms/security.py, cms/content/uploads.py; docs/operations.md) ---------
# Headers are the same in every environment so tests see them; only the HTTPS redirect, HSTS and
# secure-only cookies are production's (cms/settings/production.py).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Wagtail's "Remember me" keeps a session this long; without it the session ends with the browser.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party avatar requests from the admin (CSP, privacy)

# Pages under this prefix may be framed by any site (the embeds); everything else is DENY.
EMBED_PATH_PREFIX = "/embed/"
ADMIN_PATH_PREFIX = "/admin/"

# oEmbed: only these providers are asked; any other address is refused by the EmbedBlock.
EMBED_FRAME_ORIGINS = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [
            {"endpoint": "https://www.youtube.com/oembed", "urls": [
                r"^https?://(?:www\.|m\.)?youtube\.com/(?:watch|shorts/|playlist).+$",
                r"^https?://youtu\.be/.+$",
            ]},
            {"endpoint": "https://vimeo.com/api/oembed.{format}", "urls": [
                r"^https?://(?:www\.)?vimeo\.com/.+$",
                r"^https?://player\.vimeo\.com/.+$",
            ]},
        ],
    }
]

# Content-Security-Policy (django-csp). The public site: self-hosted assets only, no inline script.
# MEDIA_ORIGINS: where images and media come from when not this site (S3 bucket, CDN), comma-separated.
_MEDIA_ORIGINS = env_list("MEDIA_ORIGINS")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
        "media-src": ["'self'", *_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin (and its previews, served under /admin/) needs inline scripts and styles: inline
# panels, date pickers and wagtail-localize's editor render <script> blocks; blob: for upload
# previews. Previews are framed by the admin itself, hence frame-ancestors 'self'.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *_MEDIA_ORIGINS],
        "font-src": ["'self'", "data:"],
        "worker-src": ["'self'", "blob:"],
        "frame-ancestors": ["'self'"],
    }
}

PERMISSIONS_POLICY = {
    "accelerometer": [], "browsing-topics": [], "camera": [], "display-capture": [], "geolocation": [],
    "gyroscope": [], "hid": [], "magnetometer": [], "microphone": [], "midi": [], "payment": [],
    "serial": [], "usb": [],
}

# Admin sign-in: django-axes locks a username *from one address* after repeated failures.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out attempts before checking passwords
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.security.lockout_response"
# Client addresses (cms.clients.client_ip), one rule for the lockout, the API throttle, the
# password-reset limit and the logs: behind TRUSTED_PROXY_COUNT reverse proxies that each append to
# X-Forwarded-For, the address the outermost one saw; unset or 0: REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT") or 0)
AXES_CLIENT_IP_CALLABLE = "cms.clients.client_ip"
# Wagtail's "forgot password": requests per client address and per e-mail address (empty: no limit).
PASSWORD_RESET_RATE = os.environ.get("PASSWORD_RESET_RATE", "5/hour")

# Uploads (cms/content/uploads.py): raster images Pillow can verify; documents from the allow list above,
# served as attachments (PDF alone inline) through Django so the safe headers always apply.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.content.uploads.VerifiedImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.content.uploads.CheckedDocumentForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_SERVE_METHOD = os.environ.get("WAGTAILDOCS_SERVE_METHOD", "serve_view")
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
