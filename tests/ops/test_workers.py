"""Production refuses several workers with a per-process cache (no REDIS_URL)."""

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def env(**extra):
    base = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "WEB_CONCURRENCY")}
    return {**base, "DJANGO_SETTINGS_MODULE": "cms.settings.production", "SECRET_KEY": "x" * 50, **extra}


def test_gunicorn_refuses_two_workers_without_redis():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "gunicorn"), "cms.wsgi:application", "--bind",
         f"127.0.0.1:{free_port()}", "--workers", "2"],
        cwd=ROOT, env=env(), capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "without REDIS_URL" in result.stderr + result.stdout


def test_settings_refuse_web_concurrency_without_redis():
    result = subprocess.run([sys.executable, "-c", "import django; django.setup()"], cwd=ROOT,
                            env=env(WEB_CONCURRENCY="3"), capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "REDIS_URL is not set" in result.stderr
    result = subprocess.run([sys.executable, "-c", "import django; django.setup()"], cwd=ROOT,
                            env=env(WEB_CONCURRENCY="1"), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
