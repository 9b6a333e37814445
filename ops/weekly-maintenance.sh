#!/bin/bash
# weekly-maintenance.sh
#
# The database step of the weekly maintenance window (ops manual 6.1, step 3):
# clean up old anonymous user data, purge plans deleted more than 30 days
# ago (past their undo window), and drop metric rollups older than 35 days. Each runs as a dry run first; the real run
# follows only after you confirm, or at once with --yes (for cron).
#
#   ops/weekly-maintenance.sh              dry runs, then asks
#   ops/weekly-maintenance.sh --dry-run    dry runs only
#   ops/weekly-maintenance.sh --yes        dry runs, then the real runs without asking
#
# The store comes from the environment, as for every ops command:
#   local        (nothing set: SQLite under .data/, or MARKETPLAN_DATA_DIR)
#   production   STORE=firestore FIREBASE_PROJECT_ID=<project>, credentials via ADC
#
# Exit status: 0 ok, 1 a step failed, 2 usage error.

set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

usage() { sed -n '3,17p' "$0" | sed 's/^# \{0,1\}//'; }

MODE=ask
for arg in "$@"; do
  case "$arg" in
    --yes) MODE=yes ;;
    --dry-run) MODE=dry ;;
    -h | --help) usage; exit 0 ;;
    *) echo "weekly-maintenance.sh: unknown option $arg" >&2; usage >&2; exit 2 ;;
  esac
done

if [ "$MODE" = ask ] && [ ! -t 0 ]; then
  echo "weekly-maintenance.sh: not a terminal, so nobody can confirm: pass --yes or --dry-run" >&2
  exit 2
fi

ops() {
  node --conditions=react-server --import tsx ops/cli.ts "$@"
  local status=$?
  if [ $status -ne 0 ]; then
    echo "❌ ops $* failed (exit $status)" >&2
    exit $status
  fi
}

echo "🔧 Weekly Maintenance (database) - $(date)"

echo "1. Anonymous users inactive for 90+ days (dry run)..."
ops cleanup-anonymous --dry-run

echo "2. Plans deleted more than 30 days ago (dry run)..."
ops purge-deleted --dry-run

echo "3. Metric rollups older than 35 days (dry run)..."
ops purge-rollups --dry-run

if [ "$MODE" = dry ]; then
  echo "✅ Dry runs completed; nothing was removed"
  exit 0
fi
if [ "$MODE" = ask ]; then
  read -r -p "Remove them? (y/N): " confirm
  if [ "$confirm" != "y" ]; then
    echo "❌ Cancelled; nothing was removed"
    exit 0
  fi
fi

echo "4. Cleaning up old anonymous user data..."
ops cleanup-anonymous

echo "5. Purging deleted plans past the undo window..."
ops purge-deleted

echo "6. Dropping metric rollups past their retention..."
ops purge-rollups

echo "✅ Weekly maintenance completed"
