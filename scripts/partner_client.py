"""CI: a partner's TypeScript client generated from the served OpenAPI document, type-checked.

Serves the API (production settings, scripts/live.py's throwaway database) on PARTNER_PORT
(8109), saves /api/v2/openapi.json to tests/partner/, generates the client types with
openapi-typescript and type-checks tests/partner/example.ts (openapi-fetch) with `tsc --strict`.
Versions are pinned in tests/partner/package.json and package-lock.json (`npm ci`). Bounded: a
few seconds once node_modules is installed.
"""

import os
import subprocess
import sys

from live import ROOT, get, gunicorn, log, prepare_database, server_env

PORT = int(os.environ.get("PARTNER_PORT", "8109"))
PARTNER = ROOT / "tests" / "partner"


def run(*command):
    log(" ".join(command))
    subprocess.run(command, cwd=PARTNER, check=True, timeout=600)


def main():
    env = server_env(PORT)
    prepare_database(env)
    with gunicorn(env, PORT, workers=1):
        status, body = get(f"http://127.0.0.1:{PORT}", "/api/v2/openapi.json")
    if status != 200:
        log(f"openapi.json answered {status}")
        return 1
    (PARTNER / "openapi.json").write_text(body)
    if not (PARTNER / "node_modules" / ".bin" / "tsc").exists():
        run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
    run("npx", "--no-install", "openapi-typescript", "openapi.json", "-o", "api.d.ts")
    run("npx", "--no-install", "tsc", "--strict", "--noEmit", "-p", ".")
    log("the partner example type-checks against the served document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
