#!/usr/bin/env bash
# backup.sh: back up the store now, then prune backups past the retention (ops manual 7.1).
#
#   ops/backup.sh [--dry-run] [--no-prune] [--help]
#
# Local mode: a consistent SQLite snapshot, compressed, encrypted when
# BACKUP_ENCRYPTION_KEY is set, into BACKUP_DIR (default .data/backups).
# Firestore mode (STORE=firestore, FIREBASE_PROJECT_ID, BACKUP_BUCKET): a managed
# export to the bucket. Either way a heartbeat is recorded in the store.
# --dry-run prints the commands without running them.
#
# Exit status: 0 backed up, 1 the backup failed, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
PRUNE=1
for arg in "$@"; do
  common_option "$arg" && continue
  case "$arg" in
    --no-prune) PRUNE=0 ;;
    *) die_usage "unknown option $arg" ;;
  esac
done

heading "💾 Backup - $(date -u +%FT%TZ)"
if run ops_cli backup; then
  [ "$DRY_RUN" = 1 ] || ok "Backup completed"
else
  problem "Backup failed (ops backup exited non-zero)"
  finish
fi
if [ "$PRUNE" = 1 ] && [ "${STORE:-sqlite}" != firestore ]; then
  run ops_cli backup-prune || problem "Pruning old backups failed"
fi
finish
