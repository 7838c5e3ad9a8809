"""`make bench`: seed a separate database at two sizes, load-test gunicorn with wrk, write results.

    make bench                                   # SQLite file in bench/work/, 1,000 then 10,000 releases
    make bench BENCH_QUICK=1                     # tiny sizes, short runs (results in bench/work/)
    make bench BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/vpi_bench

Per size: seed (bench/seed.py), probe each case in-process for status, bytes and SQL queries
(bench/probe.py), start gunicorn (bench settings = production + floor view + cold-cache header,
2 workers on 127.0.0.1), then per case a warm-up and a wrk run, cold (`X-Bench-Cache: cold`: an
empty cache for that request, see bench/coldcache.py) and warm. The floor view is measured at the
start and the end of the same server's run; ratios use their mean. Worker RSS is read from /proc
after the run. The results go into this database's section of bench/results.md.

The PostgreSQL database is dropped and created again: its name must contain "bench". The Redis
cache (BENCH_REDIS_URL, default db 9) is used with its own key prefix, whose keys are deleted
before each size; without Redis the workers use local memory.
"""

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

from bench import report, wrk

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
WORK = BENCH_DIR / "work"
PYTHON = sys.executable
HOST = "127.0.0.1"
CACHE_PREFIX = "vpi-bench"
COLD_HEADER = "X-Bench-Cache: cold"


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- environment ---------------------------------------------------------------------------------

def machine():
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True, check=False).stdout.strip() or os.environ.get("BENCH_COMMIT", "unknown")
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "versions": {name: metadata.version(name) for name in
                     ("Django", "wagtail", "wagtail-localize", "djangorestframework", "gunicorn")},
        "wrk": subprocess.run(["wrk", "--version"], capture_output=True, text=True,
                              check=False).stdout.split(" [")[0].strip(),
        "commit": commit,
    }


def loadavg():
    """The 1-minute load average: other work on the machine skews every number, so it is reported."""
    return Path("/proc/loadavg").read_text().split()[0]


def redis_client(url):
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=1)
        client.ping()
        return client
    except Exception:  # noqa: BLE001 - no Redis: the workers fall back to local memory
        return None


def flush_bench_keys(client):
    if client is None:
        return 0
    keys = list(client.scan_iter(match=f"{CACHE_PREFIX}:*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start:start + 1000])
    return len(keys)


def reset_database(url):
    """A fresh, empty bench database: delete the SQLite file, or drop and create the PostgreSQL one."""
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        path = Path(parts.path)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return "SQLite"
    name = parts.path.lstrip("/")
    if "bench" not in name:
        sys.exit(f"Refusing to drop PostgreSQL database {name!r}: the bench database's name must contain 'bench'.")
    import psycopg

    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
        version = conn.execute("SHOW server_version").fetchone()[0]
    return f"PostgreSQL {version}"


def bench_env(database_url, redis_url, port):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update({
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": "bench-throwaway-" + secrets.token_urlsafe(40),
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(WORK / "media"),
        "BENCH_STATIC_ROOT": str(WORK / "static"),
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": HOST,
        "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{port}",
        "CACHE_KEY_PREFIX": CACHE_PREFIX,
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(ROOT),
    })
    server_env = dict(env, REDIS_URL=redis_url) if redis_url else env
    return env, server_env


def run_step(label, command, env):
    started = time.monotonic()
    completed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    seconds = time.monotonic() - started
    for line in completed.stdout.splitlines():
        if line.startswith(("[seed]", "[probe]")):
            print("   ", line, flush=True)
    if completed.returncode:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-6000:])
        sys.exit(f"{label} failed (exit {completed.returncode})")
    log(f"{label}: {seconds:.1f}s")
    return seconds


# --- the server ----------------------------------------------------------------------------------

class Server:
    """gunicorn with 2 workers, as `make serve-prod` runs it; stopped through its own pid only."""

    def __init__(self, env, port, logfile):
        self.env, self.port, self.logfile = env, port, logfile
        self.process = None

    def __enter__(self):
        self.log = open(self.logfile, "w")  # noqa: SIM115 - closed in __exit__
        self.process = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "cms.wsgi:application", "--bind", f"{HOST}:{self.port}",
             "--workers", "2", "--log-level", "warning"],
            cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn exited at start; see {self.logfile}")
            try:
                if fetch(self.url("/bench/floor/"))[0] == 200:
                    drain(self)  # both workers booted and the application loaded
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        self.__exit__()
        sys.exit(f"gunicorn did not answer within 60s; see {self.logfile}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def url(self, path):
        return f"http://{HOST}:{self.port}{path}"

    def worker_rss_mb(self):
        """Resident memory of each worker (the master's children), in MB."""
        pid = self.process.pid
        children_file = Path(f"/proc/{pid}/task/{pid}/children")
        if children_file.exists():
            children = [int(p) for p in children_file.read_text().split()]
        else:
            children = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _ppid(p) == pid]
        result = {}
        for child in children:
            try:
                status = Path(f"/proc/{child}/status").read_text()
            except OSError:
                continue
            result[child] = round(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024, 1)
        return result


def _ppid(proc_dir):
    try:
        return int((proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


# --- measuring -----------------------------------------------------------------------------------

def drain(server, timeout=120):
    """Wait until both workers are idle: requests wrk left queued must not slow the next case.

    gunicorn's sync workers finish every request they accepted even when wrk has hung up, so a
    slow case leaves work behind. Two floor requests at once answered fast means both are free.
    """
    deadline = time.monotonic() + timeout
    with ThreadPoolExecutor(max_workers=2) as pool:
        while time.monotonic() < deadline:
            started = time.monotonic()
            list(pool.map(lambda _: fetch(server.url("/bench/floor/")), range(2)))
            if time.monotonic() - started < 0.25:
                return
    log("warning: the server did not become idle")


def load_test(server, path, *, cold, args, lua):
    """One wrk run. Warm runs come first and fill the cache in a warm-up; cold runs need none (their
    cache is empty by design, and the warm run has already loaded code and templates)."""
    headers = [COLD_HEADER] if cold else []
    url = server.url(path)
    drain(server)
    if cold:
        pass
    elif args.warmup:
        wrk.run(url, duration=args.warmup, connections=args.connections, headers=headers)
    else:
        for _ in range(4):
            fetch(url)
    result, output = wrk.run(url, duration=args.duration, connections=args.connections, headers=headers,
                             lua_path=lua)
    return {
        "rps": round(result.requests_per_second, 1),
        "requests": result.requests,
        "latency_ms": {str(k): round(v, 2) for k, v in result.latency_ms.items() if v is not None},
        "non_2xx": result.non_2xx,
        "socket_errors": result.socket_errors,
        "ok": result.ok,
        "raw": output if not result.ok else "",
    }


ASSET_PATTERNS = [
    r'<link\b[^>]*\brel="?stylesheet"?[^>]*\bhref="([^"]+)"',
    r'<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="?stylesheet"?',
    r'<script\b[^>]*\bsrc="([^"]+)"',
]


def page_weight(server, path):
    """Bytes on the wire for the page's HTML, CSS and JS, as a browser asking for gzip gets them."""
    accept = {"Accept-Encoding": "gzip"}
    status, body, headers = fetch(server.url(path), accept)
    if status != 200:
        return None
    html_wire = len(body)
    html_compressed_by_app = headers.get("Content-Encoding") == "gzip"
    html = gzip.decompress(body) if html_compressed_by_app else body
    if not html_compressed_by_app:
        html_wire = len(gzip.compress(html, compresslevel=6))  # what the front proxy would send
    assets = []
    seen = set()
    for pattern in ASSET_PATTERNS:
        for href in re.findall(pattern, html.decode("utf-8", "replace")):
            if href in seen or href.startswith(("http://", "https://", "//", "data:")):
                continue
            seen.add(href)
            a_status, a_body, a_headers = fetch(server.url(href), accept)
            compressed = a_headers.get("Content-Encoding") == "gzip"
            size = len(a_body) if compressed else len(gzip.compress(a_body, compresslevel=6))
            assets.append({"url": href, "status": a_status, "bytes": size, "served_compressed": compressed})
    return {
        "html_bytes": len(html), "html_compressed": html_wire, "html_compressed_by_app": html_compressed_by_app,
        "assets": assets, "total_compressed": html_wire + sum(a["bytes"] for a in assets),
    }


def bench_size(size, args, env, server_env, redis, lua, timings):
    log(f"== {size:,} releases ==")
    timings[f"seed {size}"] = run_step(f"seed {size:,}", [PYTHON, "-m", "bench.django_main", "bench.seed",
                                                          "--releases", str(size)], env)
    probe_file = WORK / f"probe-{size}.json"
    profile_file = WORK / f"profile-{size}.md"
    command = [PYTHON, "-m", "bench.django_main", "bench.probe", "--output", str(probe_file)]
    if args.profile and size == args.sizes[-1]:  # the profile is of the largest size only
        command += ["--profile", str(profile_file)]
    timings[f"probe {size}"] = run_step(f"probe {size:,}", command, env)
    probe = json.loads(probe_file.read_text())
    flushed = flush_bench_keys(redis)
    if flushed:
        log(f"deleted {flushed} bench cache keys")

    result = {"size": size, "cases": {}, "probe": probe, "loadavg": [loadavg()]}
    if args.profile and size == args.sizes[-1] and profile_file.exists():
        result["profile"] = profile_file.read_text()
    started = time.monotonic()
    with Server(server_env, args.port, WORK / f"gunicorn-{size}.log") as server:
        floors = [load_test(server, "/bench/floor/", cold=False, args=args, lua=lua)]
        log(f"floor: {floors[0]['rps']} req/s")
        middle = len(probe["cases"]) // 2
        for number, (name, case) in enumerate(probe["cases"].items()):
            if number == middle:
                floors.append(load_test(server, "/bench/floor/", cold=False, args=args, lua=lua))
            if not case["available"]:
                log(f"{name}: {case.get('reason', 'not available')}")
                continue
            entry = {}
            for mode in ("warm", "cold"):
                entry[mode] = load_test(server, case["url"], cold=mode == "cold", args=args, lua=lua)
            log(f"{name}: cold {entry['cold']['rps']} req/s p50 {entry['cold']['latency_ms'].get('50')} ms, "
                f"warm {entry['warm']['rps']} req/s p50 {entry['warm']['latency_ms'].get('50')} ms")
            result["cases"][name] = entry
        if probe["cases"].get("search", {}).get("available"):
            # One connection: the latency of a search without waiting behind other requests.
            result["search_one_connection"] = load_test(server, probe["cases"]["search"]["url"], cold=True,
                                                        args=argparse.Namespace(**{**vars(args), "connections": 1}),
                                                        lua=lua)
        floors.append(load_test(server, "/bench/floor/", cold=False, args=args, lua=lua))
        result["floor"] = {"runs": floors, "rps": round(statistics.mean(f["rps"] for f in floors), 1)}
        result["rss_mb"] = server.worker_rss_mb()
        result["loadavg"].append(loadavg())
        release = probe["cases"].get("release", {})
        if release.get("available"):
            result["release_weight"] = page_weight(server, release["url"])
    timings[f"load {size}"] = time.monotonic() - started
    log(f"floor again: {floors[-1]['rps']} req/s; worker RSS {result['rss_mb']} MB")
    flush_bench_keys(redis)
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description="The VPI CMS benchmark (bench/run.py).")
    parser.add_argument("--quick", action="store_true", help="tiny sizes and short runs; results in bench/work/")
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--duration", help="wrk duration per run, e.g. 5s")
    parser.add_argument("--warmup", help="wrk warm-up per run, e.g. 1s ('' = four plain requests)")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8110")))
    parser.add_argument("--output", type=Path)
    parser.add_argument("--no-profile", dest="profile", action="store_false")
    args = parser.parse_args(argv)
    quick = args.quick
    args.sizes = args.sizes or ([50, 200] if quick else [1000, 10000])
    args.duration = args.duration or ("1s" if quick else "4s")
    args.warmup = ("" if quick else "1s") if args.warmup is None else args.warmup
    args.output = args.output or (WORK / "results-quick.md" if quick else BENCH_DIR / "results.md")
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk).")

    WORK.mkdir(exist_ok=True)
    shutil.rmtree(WORK / "media", ignore_errors=True)
    database_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{WORK / 'bench.sqlite3'}"
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    redis = redis_client(redis_url)
    if redis is None:
        log(f"no Redis at {redis_url}: workers use local-memory caches")
        redis_url = ""
    env, server_env = bench_env(database_url, redis_url, args.port)
    lua = wrk.write_lua(WORK)
    started = time.monotonic()
    timings = {}
    database = reset_database(database_url)
    log(f"database: {database}")
    timings["migrate"] = run_step("migrate", [PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    timings["collectstatic"] = run_step("collectstatic", [PYTHON, "manage.py", "collectstatic", "--noinput",
                                                          "--clear", "-v0"], env)
    sizes = [bench_size(size, args, env, server_env, redis, lua, timings) for size in args.sizes]
    total = time.monotonic() - started
    log(f"total {total:.0f}s")
    run_info = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "database": database,
        "database_key": "sqlite" if database.startswith("SQLite") else "postgresql",
        "cache": f"Redis ({redis_url})" if redis_url else "local memory (per worker)",
        "quick": quick,
        "wrk": f"wrk -t1 -c{args.connections} -d{args.duration} --latency"
               + (f", after a {args.warmup} warm-up" if args.warmup else ", after four warm-up requests"),
        "total_seconds": round(total),
        "timings": {k: round(v, 1) for k, v in timings.items()},
    }
    (WORK / f"results-{run_info['database_key']}{'-quick' if quick else ''}.json").write_text(
        json.dumps({"run": run_info, "sizes": sizes}, indent=2))
    report.write(args.output, run_info, sizes)
    log(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")


if __name__ == "__main__":
    main()
