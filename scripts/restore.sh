#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh: scripts/restore.sh <backup folder>.
# The database in DATABASE_URL is replaced (objects in the dump are dropped and recreated); media
# files are extracted into MEDIA_ROOT. Run `manage.py migrate` afterwards when restoring an older
# backup into newer code.
set -euo pipefail
cd "$(dirname "$0")/.."

source_dir="${1:-${BACKUP:-}}"
[ -n "$source_dir" ] || { echo "usage: scripts/restore.sh <backup folder> (or BACKUP=<folder>)" >&2; exit 2; }
: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL database to restore into}"
MEDIA_ROOT="${MEDIA_ROOT:-$PWD/media}"

( cd "$source_dir" && sha256sum --check --quiet SHA256SUMS ) || { echo "restore: $source_dir is incomplete or damaged" >&2; exit 1; }
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$DATABASE_URL" "$source_dir/db.dump"
mkdir -p "$MEDIA_ROOT"
tar -xzf "$source_dir/media.tar.gz" -C "$MEDIA_ROOT"
echo "restored $source_dir"
