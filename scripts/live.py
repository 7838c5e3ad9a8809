"""A production-like server on loopback for the soak test and the API fuzzing: gunicorn with
production settings on its own database (never the development one) and its own Redis db."""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get("SOAK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/vpi_soak")
REDIS_URL = os.environ.get("SOAK_REDIS_URL", "redis://127.0.0.1:6379/13")


def log(message):
    print(f"[{Path(sys.argv[0]).stem} {time.strftime('%H:%M:%S')}] {message}", flush=True)


def server_env(port):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": "vpi-live",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on loopback
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "LOG_LEVEL": "ERROR",
        # One loopback client stands for many readers here: the per-address API throttle is off.
        "API_THROTTLE_RATE": "",
    }


def prepare_database(env):
    """Create the throwaway database when missing (SOAK_FRESH=1: recreate), migrate, load the demo.
    LIVE_PREPARED=1 skips it (CI runs the fuzzing right after the soak, on the same database)."""
    if os.environ.get("LIVE_PREPARED"):
        return
    if DATABASE_URL.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, name = DATABASE_URL.rsplit("/", 1)
        if name in ("vpi", "postgres", ""):
            sys.exit(f"refusing to use the database {name!r}; set SOAK_DATABASE_URL to a throwaway one")
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            if os.environ.get("SOAK_FRESH"):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    elif "db.sqlite3" in DATABASE_URL:
        sys.exit("refusing to use the development SQLite database")
    for step in (["migrate", "--noinput", "--verbosity", "0"], ["load_demo"], ["load_demo_translations"],
                 ["setup_roles"], ["collectstatic", "--noinput", "--verbosity", "0"]):
        log(f"manage.py {step[0]}")
        subprocess.run([PYTHON, "manage.py", *step], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def django_setup(env):
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def get(base, path, timeout=10):
    try:
        with urllib.request.urlopen(base + path, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


@contextlib.contextmanager
def gunicorn(env, port, workers=2):
    """Run gunicorn until the block ends; yields the process (its children are the workers)."""
    base = f"http://127.0.0.1:{port}"
    log(f"starting gunicorn on {base} ({workers} workers)")
    process = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "cms.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--threads", "4", "--worker-class", "gthread", "--timeout", "60",
         "--log-level", "warning"],
        cwd=ROOT, env=env,
    )
    try:
        for _ in range(200):
            if process.poll() is not None:
                sys.exit("gunicorn exited")
            try:
                if get(base, "/healthz", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.3)
        else:
            sys.exit("gunicorn did not become healthy")
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
