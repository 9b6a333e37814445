#!/usr/bin/env bash
# backup-verification.sh: prove the latest backup restores (ops manual 7.1).
#
#   ops/backup-verification.sh [--id ID] [--help]
#
# Local mode: checksums, decryption, PRAGMA integrity_check and a restore into
# a scratch database compared table by table with the manifest. Firestore mode:
# the export operation finished, its size against the previous export (at least
# half of it: the manual's fixed 1,000,000 bytes made relative), and a restore
# drill. Also warns when the last successful backup is older than 26 hours.
#
# Exit status: 0 the backup is good, 1 a check failed, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
ARGS=()
while [ $# -gt 0 ]; do
  common_option "$1" && { shift; continue; }
  case "$1" in
    --id) [ $# -ge 2 ] || die_usage "--id needs a backup id"; ARGS+=(--id "$2"); shift 2 ;;
    *) die_usage "unknown option $1" ;;
  esac
done

heading "🔍 Backup Verification - $(date)"
if ops_cli backup-verify "${ARGS[@]}"; then
  ok "Backup verification completed"
else
  problem "Backup verification failed: do not rely on this backup (docs/disaster-recovery.md)"
fi
finish
