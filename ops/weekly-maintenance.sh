#!/usr/bin/env bash
# weekly-maintenance.sh: the weekly maintenance window, all six steps of ops manual 6.1.
#
#   ops/weekly-maintenance.sh [--yes] [--dry-run] [--offline] [--help]
#
# 1. System updates: npm outdated and npm audit (reported; updates go through a
#    pull request and CI, never straight from the window).
# 2. Security scans: npm audit --audit-level high (fails on high or critical).
# 3. Database: old anonymous users (90+ days), plans deleted 30+ days ago and
#    metric rollups older than 35 days: dry runs first, then the real runs after
#    you confirm (at once with --yes; never with --dry-run).
# 4. Performance: performance-check.sh --no-lighthouse (the app's p95 and AI
#    p90 against the SLOs). App Hosting's CDN cache is replaced at each rollout.
# 5. Backups: backup-verification.sh (the latest backup restores).
# 6. Documentation: the weekly report saved under .data/reports/, and the
#    runbooks not reviewed for 90 days listed.
# --offline skips the steps that need the npm registry (1 and 2), saying so.
# The store comes from the environment as for every ops command; BASE_URL and
# OPS_API_TOKEN as for every script (ops/README.md).
#
# Exit status: 0 every step passed, 1 a step failed (the others still ran), 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
OFFLINE=0
for arg in "$@"; do
  common_option "$arg" && continue
  case "$arg" in
    --offline) OFFLINE=1 ;;
    *) die_usage "unknown option $arg" ;;
  esac
done
if [ "$DRY_RUN" = 0 ] && [ "$ASSUME_YES" = 0 ] && [ ! -t 0 ]; then
  die_usage "not a terminal, so nobody can confirm: pass --yes or --dry-run"
fi
cd "$OPS_ROOT"
HERE="$OPS_ROOT/ops"

heading "🔧 Weekly Maintenance - $(date)"

echo "1. Checking for system updates..."
if [ "$OFFLINE" = 1 ]; then
  warn "Skipped (--offline): npm outdated, npm audit"
else
  npm outdated || true
  npm audit --omit=dev || true
fi

echo "2. Running security scans..."
if [ "$OFFLINE" = 1 ]; then
  warn "Skipped (--offline): npm audit --audit-level high"
elif npm audit --audit-level high >/dev/null; then
  ok "No high or critical advisories"
else
  problem "npm audit found high or critical advisories: npm audit --audit-level high"
fi

echo "3. Database optimization..."
db_ok=1
for command in cleanup-anonymous purge-deleted purge-rollups; do
  echo "   $command (dry run):"
  ops_cli "$command" --dry-run || { problem "ops $command --dry-run failed"; db_ok=0; }
done
if [ "$DRY_RUN" = 1 ]; then
  ok "Dry runs completed; nothing was removed"
elif [ "$db_ok" = 1 ] && confirm "Remove them?"; then
  for command in cleanup-anonymous purge-deleted purge-rollups; do
    ops_cli "$command" || problem "ops $command failed"
  done
else
  echo "❌ Cancelled; nothing was removed"
fi

echo "4. Performance optimization..."
"$HERE/performance-check.sh" --no-lighthouse || problem "Performance is outside the SLOs (step 4 above)"

echo "5. Verifying backups..."
"$HERE/backup-verification.sh" || problem "The latest backup did not verify (step 5 above)"

echo "6. Updating documentation..."
"$HERE/weekly-report.sh" --out "${MARKETPLAN_DATA_DIR:-.data}/reports" || problem "The weekly report could not be saved"
stale=0
for doc in docs/runbooks/*.md docs/on-call.md docs/disaster-recovery.md; do
  [ -f "$doc" ] || continue
  last="$(git log -1 --format=%ct -- "$doc" 2>/dev/null || true)"
  if [ -n "$last" ] && [ $(( ($(date +%s) - last) / 86400 )) -gt 90 ]; then
    warn "$doc not reviewed for $(( ($(date +%s) - last) / 86400 )) days"
    stale=$((stale + 1))
  fi
done
[ "$stale" -gt 0 ] || ok "Runbooks reviewed within 90 days"

if [ "$PROBLEMS" -eq 0 ]; then ok "Weekly maintenance completed"; fi
finish
