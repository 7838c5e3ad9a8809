"""`manage.py run_scheduler`: scheduled publishing and expiry, every minute, until stopped.

Each round runs Wagtail's `publish_scheduled` (releases whose go-live time has come are published,
pages past their expiry time are unpublished); the usual publish signals then refresh the caches,
the search index and the API's stored items. `make run` starts it beside the development server
and it stops with it (--stop-with-parent); in production run `publish_scheduled` from a timer, cron
or a Kubernetes CronJob instead, or this loop under a process supervisor (docs/operations.md).
"""

import os
import signal
import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connections


class Command(BaseCommand):
    help = "Publish and expire scheduled pages every --interval seconds (Wagtail's publish_scheduled), until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=float(os.environ.get("SCHEDULER_INTERVAL", "60")),
                            help="Seconds between rounds (default: SCHEDULER_INTERVAL or 60).")
        parser.add_argument("--once", action="store_true", help="Run one round and exit.")
        parser.add_argument("--stop-with-parent", action="store_true",
                            help="Exit when the process that started this one ends (make run).")

    def handle(self, *args, interval, once, stop_with_parent, **options):
        if interval <= 0:
            self.stderr.write("--interval must be positive")
            raise SystemExit(2)
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_args: stop.set())
        parent = os.getppid()
        if not once:
            self.stdout.write(f"Scheduler: publishing and expiring scheduled pages every {interval:g} s.")
        while True:
            self.run_round()
            if once:
                return
            deadline = time.monotonic() + interval
            while not stop.is_set() and time.monotonic() < deadline:
                if stop_with_parent and os.getppid() != parent:  # re-parented: the server has gone
                    return
                stop.wait(min(1.0, max(0.0, deadline - time.monotonic())))
            if stop.is_set():
                return

    def run_round(self):
        recycle_connections()  # a database restart between rounds is not fatal
        try:
            call_command("publish_scheduled", verbosity=0)
        except Exception as exc:  # noqa: BLE001 - one failed round must not stop the next ones
            self.stderr.write(f"Scheduler: publish_scheduled failed: {exc!r}")
        finally:
            recycle_connections()


def recycle_connections():
    """Drop broken or expired connections, as a request would; not inside a caller's transaction
    (call_command from code or a test), where closing would end it."""
    if not any(connection.in_atomic_block for connection in connections.all(initialized_only=True)):
        close_old_connections()
