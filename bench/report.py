"""Write a run into bench/results.md: one section per database, replaced on each run of that database.

Everything outside the markers (the analysis written by people) is kept as it is.
"""

import re
from pathlib import Path

TARGETS = {
    "warm_floor_ratio": 0.50,
    "cold_api_news_floor_ratio": 0.07,
    "worker_rss_mb": 250,
    "growth_p50": 1.20,
    "search_p95_ms": 100,
    "release_weight_kb": 60,
}

HEADER = """# Benchmark results

`make bench` (bench/run.py) writes the sections between the markers below, one per database;
`make bench BENCH_QUICK=1` is a smoke run whose results go to bench/work/ instead. How it works and
how "cold" is made: bench/run.py and bench/coldcache.py. The analysis at the end is written by hand.
"""


def fmt(value, digits=1):
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def verdict(ok):
    return "met" if ok else "**not met**"


def section(run, sizes):
    lines = []
    machine = run["machine"]
    title = f"{run['database']}{' (quick)' if run['quick'] else ''}"
    lines += [
        f"## {title}",
        "",
        f"Run {run['date']} at commit `{machine['commit']}`, {run['total_seconds']} s in all "
        f"({', '.join(f'{k} {v}s' for k, v in run['timings'].items())}).",
        "",
        f"Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gb']} GB RAM, Linux "
        f"{machine['kernel']}, Python {machine['python']}; "
        + ", ".join(f"{k} {v}" for k, v in machine["versions"].items()) + f"; {machine['wrk']}.",
        "",
        f"Server: gunicorn, 2 sync workers, production settings (bench/settings.py), cache {run['cache']}. "
        f"Load: {run['wrk']}, wrk on the same machine. Cold = `X-Bench-Cache: cold` (the request sees an "
        "empty Django cache); warm = the same URL with the cache filled by the warm-up.",
        "",
    ]
    lines += targets(run, sizes)
    for result in sizes:
        lines += size_table(result)
    lines += growth(sizes)
    lines += extras(sizes)
    profile = next((s.get("profile") for s in reversed(sizes) if s.get("profile")), None)
    if profile:
        lines += [f"### Profile at {sizes[-1]['size']:,} releases (pyinstrument, in-process test client)", "",
                  profile.strip(), ""]
    return "\n".join(lines).rstrip() + "\n"


def _case(result, name):
    return result["cases"].get(name)


def targets(run, sizes):
    big = sizes[-1]
    floor = big["floor"]["rps"]
    rows = []
    warm = [(name, case["warm"]["rps"] / floor) for name, case in big["cases"].items() if floor]
    if warm:
        worst = min(warm, key=lambda item: item[1])
        failing = [name for name, ratio in warm if ratio < TARGETS["warm_floor_ratio"]]
        rows.append(("Warm cases ≥ 50% of the floor's req/s",
                     f"lowest {worst[1]:.2f} ({worst[0]}); below: {', '.join(failing) or 'none'}",
                     verdict(not failing)))
    api = _case(big, "api_news_en")
    if api and floor:
        ratio = api["cold"]["rps"] / floor
        rows.append(("Cold API news listing ≥ 0.07 of the floor", f"{ratio:.3f}",
                     verdict(ratio >= TARGETS["cold_api_news_floor_ratio"])))
    else:
        rows.append(("Cold API news listing ≥ 0.07 of the floor", "not available", "–"))
    rss = max(big["rss_mb"].values()) if big["rss_mb"] else None
    rows.append(("Worker memory < 250 MB", f"{fmt(rss)} MB (largest worker, after the run)",
                 verdict(rss is not None and rss < TARGETS["worker_rss_mb"])))
    if len(sizes) > 1:
        ratios = growth_ratios(sizes)
        failing = [f"{name} {mode} {ratio:.2f}" for (name, mode), ratio in ratios.items()
                   if ratio > TARGETS["growth_p50"]]
        worst = max(ratios.values(), default=None)
        rows.append((f"{sizes[-1]['size']:,} not slower than {sizes[0]['size']:,} by > 20% (p50)",
                     f"worst {fmt(worst, 2)}; above 1.20: {', '.join(failing) or 'none'}",
                     verdict(not failing) if ratios else "–"))
    one = big.get("search_one_connection")
    search = _case(big, "search")
    if one and search and not one["requests"]:
        rows.append((f"Search p95 < 100 ms at {big['size']:,} (PostgreSQL)",
                     "no response within the run", verdict(False)))
    elif one and search:
        p95 = one["latency_ms"].get("95")
        measured = (f"{fmt(p95)} ms at 1 connection (cold); {fmt(search['cold']['latency_ms'].get('95'))} ms "
                    f"cold / {fmt(search['warm']['latency_ms'].get('95'))} ms warm at {run['wrk'].split()[2][2:]} "
                    "connections")
        ok = p95 is not None and p95 < TARGETS["search_p95_ms"]
        rows.append((f"Search p95 < 100 ms at {big['size']:,} (PostgreSQL)", measured,
                     verdict(ok) if run["database_key"] == "postgresql" else f"({verdict(ok)}; SQLite run)"))
    else:
        reason = big["probe"]["cases"].get("search", {}).get("reason", "not available")
        rows.append(("Search p95 < 100 ms (PostgreSQL)", reason, verdict(False) if "slow" in reason else "–"))
    weight = big.get("release_weight")
    if weight:
        kb = weight["total_compressed"] / 1024
        rows.append(("Release page HTML+CSS+JS compressed < 60 KB", f"{kb:.1f} KB",
                     verdict(kb < TARGETS["release_weight_kb"])))
    else:
        rows.append(("Release page HTML+CSS+JS compressed < 60 KB", "not available", "–"))
    lines = [f"### Targets (at {big['size']:,} releases)", "", "| target | measured | |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return lines + [""]


def size_table(result):
    floor = result["floor"]["rps"]
    runs = ", ".join(fmt(run["rps"]) for run in result["floor"]["runs"])
    lines = [
        f"### {result['size']:,} releases",
        "",
        f"Floor (/bench/floor/, constant 5 KB): **{fmt(floor)} req/s** (mean of start, middle, end: {runs}). "
        f"Load average (1 min) before and after: {', '.join(result.get('loadavg', []))}.",
        "",
        "| case | mode | req/s | × floor | p50 ms | p99 ms | n | SQL queries | SQL ms | bytes |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, probe in result["probe"]["cases"].items():
        label = f"{probe['label']} <br>`{probe['url'] or '–'}`"
        if not probe["available"]:
            lines.append(f"| {label} | – | {probe.get('reason', 'not available')} | | | | | | | |")
            continue
        case = result["cases"].get(name, {})
        for mode in ("cold", "warm"):
            run = case.get(mode)
            measured = probe[mode]
            if run is None:
                continue
            errors = ""
            if not run["requests"]:
                lines.append(f"| {label if mode == 'cold' else ''} | {mode} | no response within the run "
                             f"(slower than the run's length) | | | | 0 | {measured['queries']} | "
                             f"{fmt(measured['sql_ms'], 2)} | {fmt(measured['bytes'])} |")
                continue
            if not run["ok"]:
                errors = f" ({run['non_2xx']} non-2xx, {run['socket_errors']} socket errors)"
            lines.append(
                f"| {label if mode == 'cold' else ''} | {mode} | {fmt(run['rps'])}{errors} | "
                f"{run['rps'] / floor:.3f} | {fmt(run['latency_ms'].get('50'))} | "
                f"{fmt(run['latency_ms'].get('99'))} | {run['requests']} | {measured['queries']} | "
                f"{fmt(measured['sql_ms'], 2)} | {fmt(measured['bytes'])} |"
            )
    return lines + [""]


def growth_ratios(sizes):
    small, big = sizes[0], sizes[-1]
    ratios = {}
    for name, case in big["cases"].items():
        before = small["cases"].get(name)
        if not before:
            continue
        for mode in ("cold", "warm"):
            a, b = before[mode]["latency_ms"].get("50"), case[mode]["latency_ms"].get("50")
            if a and b:
                ratios[(name, mode)] = b / a
    return ratios


def growth(sizes):
    if len(sizes) < 2:
        return []
    small, big = sizes[0], sizes[-1]
    lines = [f"### Growth: p50 at {big['size']:,} / p50 at {small['size']:,}", "",
             "| case | cold | warm |", "|---|---:|---:|"]
    ratios = growth_ratios(sizes)
    for name in big["cases"]:
        label = big["probe"]["cases"][name]["label"]
        lines.append(f"| {label} | {fmt(ratios.get((name, 'cold')), 2)} | {fmt(ratios.get((name, 'warm')), 2)} |")
    return lines + [""]


def extras(sizes):
    lines = ["### Memory, search latency, page weight", ""]
    for result in sizes:
        rss = ", ".join(f"{mb} MB" for mb in result["rss_mb"].values()) or "–"
        lines.append(f"- {result['size']:,} releases: worker RSS after the run: {rss}.")
        one = result.get("search_one_connection")
        if one and one["requests"]:
            lat = one["latency_ms"]
            lines.append(f"  Search, cold, one connection: p50 {fmt(lat.get('50'))} ms, p95 {fmt(lat.get('95'))} ms, "
                         f"p99 {fmt(lat.get('99'))} ms ({fmt(one['rps'])} req/s).")
    weight = sizes[-1].get("release_weight")
    if weight:
        origin = ("gzip by the app" if weight["html_compressed_by_app"]
                  else "gzip -6 by the harness: the app does not compress HTML; the front proxy would")
        lines.append(f"- Release page: HTML {fmt(weight['html_bytes'])} bytes, {fmt(weight['html_compressed'])} "
                     f"compressed ({origin}); assets:")
        for asset in weight["assets"]:
            how = "served gzipped" if asset["served_compressed"] else "gzipped by the harness"
            lines.append(f"  - `{asset['url']}`: {fmt(asset['bytes'])} bytes ({how}, status {asset['status']})")
        lines.append(f"  - total {weight['total_compressed'] / 1024:.1f} KB")
    return lines + [""]


def write(path, run, sizes):
    path = Path(path)
    key = run["database_key"] + ("-quick" if run["quick"] else "")
    begin, end = f"<!-- bench:{key} -->", f"<!-- /bench:{key} -->"
    block = f"{begin}\n{section(run, sizes)}{end}"
    text = path.read_text() if path.exists() else HEADER
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        marker = "\n## Analysis"
        if marker in text:
            head, tail = text.split(marker, 1)
            text = f"{head.rstrip()}\n\n{block}\n{marker}{tail}"
        else:
            text = f"{text.rstrip()}\n\n{block}\n"
    path.write_text(text)
