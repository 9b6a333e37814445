#!/usr/bin/env bash
# weekly-report.sh: the manual's weekly operations report (ops manual 10.2).
#
#   ops/weekly-report.sh [--out DIR] [--help]
#
# Prints the manual's lines from BASE_URL's one-number endpoints (OPS_API_TOKEN)
# and saves the full report (/api/reports/weekly) as DIR/weekly-report-YYYYMMDD.json
# (DIR defaults to the current directory).
#
# Exit status: 0 report written, 1 the app did not answer or refused the token, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
OUT=.
while [ $# -gt 0 ]; do
  common_option "$1" && { shift; continue; }
  case "$1" in
    --out) [ -n "${2:-}" ] || die_usage "--out needs a directory"; OUT="$2"; shift 2 ;;
    *) die_usage "unknown option $1" ;;
  esac
done

heading "📊 Weekly Operations Report - $(date -u +%F) - $BASE_URL"
echo "## System Performance"
echo "Average uptime: $(number /api/metrics/uptime/weekly)%"
echo "Average response time: $(number /api/metrics/response-time/weekly)ms"
echo "Total AI generations: $(number /api/metrics/ai-generations/weekly)"
echo "## User Metrics"
echo "Weekly active users: $(number /api/metrics/wau)"
echo "New user registrations: $(number /api/metrics/new-users/weekly)"
echo "User retention rate: $(number /api/metrics/retention/weekly)%"
echo "## Incidents"
echo "Total incidents: $(number /api/incidents/weekly/count)"
echo "Average resolution time: $(number /api/incidents/weekly/avg-resolution)"

http GET /api/reports/weekly auth
if [ "$HTTP_STATUS" = 200 ] && printf '%s' "$HTTP_BODY" | jq -e .asOf >/dev/null 2>&1; then
  mkdir -p "$OUT"
  file="$OUT/weekly-report-$(date -u +%Y%m%d).json"
  printf '%s\n' "$HTTP_BODY" >"$file"
  ok "Full report: $file"
else
  problem "The weekly report is unavailable: /api/reports/weekly answered HTTP $HTTP_STATUS"
fi
finish
