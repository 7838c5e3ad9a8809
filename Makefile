# The two set-up commands are `make run` and `make test`; both are idempotent.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate demo serve dev-servers scheduler serve-prod messages lint test-browser test-postgres bench clean-db \
	backup restore soak fuzz-api fault

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=python3"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) requirements.txt requirements-dev.txt
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

messages: install
	$(PY) manage.py compilemessages --ignore=.venv --verbosity 0

migrate: messages
	$(PY) manage.py migrate --noinput --verbosity 0

demo: migrate
	$(PY) manage.py load_demo
	$(PY) manage.py load_demo_translations
	$(PY) manage.py setup_roles
	$(PY) manage.py ensure_admin

# The webhook worker (docs/api.md, "Webhooks") runs beside the server and stops with it.
WORKER := $(PY) manage.py db_worker --backend webhooks --queue-name webhooks

# Links follow each request's origin (cms/links.py); the Site record names the site in background
# work (webhook payloads, API items stored at publish): set_site_address keeps it on HOST:PORT.
serve: demo
	$(PY) manage.py set_site_address $(HOST) $(PORT)
	$(MAKE) --no-print-directory dev-servers

# The development server and, beside it, the webhook worker and the scheduler (scheduled publishing
# and expiry every SCHEDULER_INTERVAL seconds); both stop with the server (docs/operations.md).
SCHEDULER_INTERVAL ?= 60
dev-servers:
	$(WORKER) & worker=$$!; \
	$(PY) manage.py run_scheduler --interval $(SCHEDULER_INTERVAL) --stop-with-parent & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# Scheduled publishing and expiry in the foreground, every SCHEDULER_INTERVAL seconds (production:
# a systemd timer, cron or a Kubernetes CronJob running `manage.py publish_scheduled`, see docs).
scheduler: migrate
	$(PY) manage.py run_scheduler --interval $(SCHEDULER_INTERVAL)

run: serve

# Production-like server: gunicorn with production settings (needs SECRET_KEY, see README);
# WEB_CONCURRENCY workers, by default 2 with REDIS_URL and 1 without (several need a shared cache).
serve-prod: migrate
	DJANGO_SETTINGS_MODULE=cms.settings.production $(PY) manage.py collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=cms.settings.production $(VENV)/bin/gunicorn cms.wsgi:application \
		--bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-$$([ -n "$$REDIS_URL" ] && echo 2 || echo 1)} --access-logfile -

test: messages
	$(PY) -m pytest -m "not browser" -n 2

test-postgres: messages
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vpi} $(PY) -m pytest -m "not browser" -n 2

# The browser tests validate HTML with the Nu HTML Checker: vnu.jar from npm's vnu-jar, pinned in
# package.json and package-lock.json (needs Java; npm ci only when it is not installed yet).
node_modules/vnu-jar/build/dist/vnu.jar: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test-browser: messages node_modules/vnu-jar/build/dist/vnu.jar
	$(PY) -m pytest -m browser -p no:xdist

lint: install
	$(VENV)/bin/ruff check .

# Benchmark (bench/run.py): seeds its own database (SQLite in bench/work/, or
# BENCH_DATABASE_URL=postgres://.../vpi_bench), runs gunicorn + wrk, writes bench/results.md.
# BENCH_QUICK=1: tiny sizes and short runs, results in bench/work/.
bench: messages
	$(PY) -m bench.run $(if $(BENCH_QUICK),--quick,)

# Operations (docs/operations.md). backup/restore: PostgreSQL (DATABASE_URL) and MEDIA_ROOT.
backup:
	scripts/backup.sh

restore:
	scripts/restore.sh $(BACKUP)

# Bounded load test on loopback while pages are published (SOAK_SECONDS, default 180).
soak: messages
	$(PY) scripts/soak.py

# Redis hung and stopped under a production gunicorn while publishing (scripts/fault.py).
fault: messages
	$(PY) scripts/fault.py

# Schemathesis against /api/v2/openapi.json (FUZZ_MAX_EXAMPLES, default 25 per operation).
fuzz-api: messages
	$(PY) scripts/fuzz_api.py
