"""Run wrk and read its report: req/s, latency percentiles, errors.

wrk --latency prints p50/p75/p90/p99 only; the Lua `done` hook adds p95 (and exact counts) as
one JSON line. Both are parsed, so a wrk without Lua still gives the standard numbers.
"""

import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

LUA_REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "non_2xx": %d, "socket_errors": %d, '
    .. '"p50_us": %d, "p90_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\\n',
    summary.requests, summary.duration, summary.bytes, summary.errors.status, errors,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max))
end
"""

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass
class WrkResult:
    requests_per_second: float = 0.0
    requests: int = 0
    latency_ms: dict = field(default_factory=dict)  # {50: ms, 75: ..., 90: ..., 95: ..., 99: ...}
    non_2xx: int = 0
    socket_errors: int = 0
    transfer_per_request: float | None = None  # bytes, headers included

    @property
    def ok(self):
        return self.requests > 0 and self.non_2xx == 0 and self.socket_errors == 0


def _ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    return float(match.group(1)) * UNITS_MS[match.group(2)] if match else None


def parse(output):
    """A WrkResult from wrk's stdout (with --latency, with or without the Lua JSON line)."""
    result = WrkResult()
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result.requests_per_second = float(match.group(1))
    if match := re.search(r"(\d+) requests in", output):
        result.requests = int(match.group(1))
    if match := re.search(r"Latency Distribution\n((?:\s+\d+%\s+\S+\n?)+)", output):
        for percent, value in re.findall(r"(\d+)%\s+(\S+)", match.group(1)):
            result.latency_ms[int(percent)] = _ms(value)
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        result.non_2xx = int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        result.socket_errors = sum(int(n) for n in match.groups())
    if match := re.search(r"^BENCH_JSON (\{.*\})$", output, re.MULTILINE):
        data = json.loads(match.group(1))
        result.requests = data["requests"]
        result.non_2xx = data["non_2xx"]
        result.socket_errors = data["socket_errors"]
        if data["duration_us"]:
            result.requests_per_second = data["requests"] / (data["duration_us"] / 1e6)
        for percent in (50, 90, 95, 99):
            result.latency_ms[percent] = data[f"p{percent}_us"] / 1000
        if data["requests"]:
            result.transfer_per_request = data["bytes"] / data["requests"]
    return result


def run(url, *, duration, connections, threads=1, headers=(), timeout="10s", lua_path=None):
    """Run wrk against url; returns (WrkResult, raw output)."""
    command = ["wrk", "--latency", f"-t{threads}", f"-c{connections}", f"-d{duration}", f"--timeout={timeout}"]
    for header in headers:
        command += ["-H", header]
    if lua_path:
        command += ["-s", str(lua_path)]
    command.append(url)
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    output = completed.stdout + completed.stderr
    return parse(output), output


def write_lua(directory):
    path = Path(directory) / "report.lua"
    path.write_text(LUA_REPORT)
    return path
