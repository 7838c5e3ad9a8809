#!/usr/bin/env bash
# Back up the PostgreSQL database (pg_dump custom format) and the media files (tar.gz) into
# $BACKUP_DIR/<UTC timestamp>/, and print that folder. Restore with scripts/restore.sh <folder>.
#   DATABASE_URL  postgres://user@host:port/name (required; SQLite is not supported here)
#   MEDIA_ROOT    default: media/ in the project
#   BACKUP_DIR    default: backups/ in the project
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL database to back up}"
case "$DATABASE_URL" in
  postgres://*|postgresql://*) ;;
  *) echo "backup: DATABASE_URL must be a PostgreSQL URL (got ${DATABASE_URL%%:*}://...)" >&2; exit 2 ;;
esac
MEDIA_ROOT="${MEDIA_ROOT:-$PWD/media}"
BACKUP_DIR="${BACKUP_DIR:-$PWD/backups}"
target="$BACKUP_DIR/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"

# Custom format: compressed, restorable table by table, independent of the owner's role names.
pg_dump --format=custom --no-owner --no-privileges --file="$target/db.dump" "$DATABASE_URL"
if [ -d "$MEDIA_ROOT" ]; then
  tar -czf "$target/media.tar.gz" -C "$MEDIA_ROOT" .
else
  tar -czf "$target/media.tar.gz" --files-from /dev/null
fi
# A manifest so a restore can tell a complete backup from an interrupted one.
( cd "$target" && sha256sum db.dump media.tar.gz > SHA256SUMS )
echo "$target"
