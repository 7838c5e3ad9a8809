"""gunicorn's configuration file (read from the working directory by `gunicorn cms.wsgi:application`).

Production refuses to start more than one worker with a per-process cache: without REDIS_URL each
worker would keep its own response cache, throttle counts and lockout cache, and a publish would
show in the worker that made it only (docs/operations.md, "One or many workers").
"""

import os
import sys


def on_starting(server):
    settings_module = os.environ.get("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    if settings_module == "cms.settings.production" and not os.environ.get("REDIS_URL") and server.cfg.workers > 1:
        sys.exit(f"Refusing to start {server.cfg.workers} workers without REDIS_URL: each would keep its own "
                 "cache. Set REDIS_URL (a shared Redis) or run one worker (--workers 1 / WEB_CONCURRENCY=1).")
