#!/usr/bin/env bash
# restore.sh: restore a backup over the live data (docs/disaster-recovery.md).
#
#   ops/restore.sh --id ID [--yes] [--dry-run] [--help]
#
# Verifies the backup, saves the current data as a safety backup, restores, and
# tells you to restart the app. Asks first unless --yes; without a terminal it
# refuses (exit 2). --dry-run prints the command and restores nothing.
# Find ids with: npm run -s ops -- backup-verify --json (or ls .data/backups).
#
# Exit status: 0 restored, 1 the restore failed, 2 usage error or not confirmed.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
ID=''
while [ $# -gt 0 ]; do
  common_option "$1" && { shift; continue; }
  case "$1" in
    --id) [ $# -ge 2 ] || die_usage "--id needs a backup id"; ID="$2"; shift 2 ;;
    *) die_usage "unknown option $1" ;;
  esac
done
[ -n "$ID" ] || die_usage "--id is required: which backup to restore"

heading "♻️ Restore $ID - $(date)"
if ! confirm "Restore backup $ID over the live data? The current data is saved first."; then
  echo "❌ Restore cancelled; nothing was changed"
  exit 2
fi
if run ops_cli restore --id "$ID" --yes; then
  [ "$DRY_RUN" = 1 ] || ok "Restored $ID: restart the app now"
else
  problem "Restore failed; the live data was not replaced (see the message above)"
fi
finish
