#!/usr/bin/env bash
# performance-check.sh: performance against the SLOs (ops manual 4.1 and 1.2).
#
#   ops/performance-check.sh [--no-lighthouse] [--desktop] [--help]
#
# 1. Lighthouse (the devDependency, Chromium from CHROME_PATH or PATH) against
#    BASE_URL: FCP, LCP, CLS, TBT and the category scores; the report is saved
#    to test-results/lighthouse/performance-check.json.
# 2. The app's own figures for the last 7 days (/api/reports/weekly, OPS_API_TOKEN):
#    HTTP p95 against the 3 s SLO, AI generation p90 against the 30 s SLO.
# 3. AI service latency: the time POST /api/ai/health takes.
# Fails (exit 1) past: performance score < 90, LCP > 2500 ms, CLS > 0.1,
# TBT > 300 ms, p95 > 3000 ms, AI p90 > 30 s.
#
# Exit status: 0 within every limit, 1 a limit was passed or a figure is unavailable, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
LIGHTHOUSE=1
FORM=mobile
for arg in "$@"; do
  common_option "$arg" && continue
  case "$arg" in
    --no-lighthouse) LIGHTHOUSE=0 ;;
    --desktop) FORM=desktop ;;
    *) die_usage "unknown option $arg" ;;
  esac
done

# within NAME VALUE LIMIT UNIT: ok when VALUE <= LIMIT.
within() {
  if [ -z "$2" ] || [ "$2" = null ]; then problem "$1: unavailable"; return; fi
  if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v + 0 <= l + 0) }'; then ok "$1: $2$4 (limit $3$4)"; else problem "$1: $2$4 (limit $3$4)"; fi
}

heading "📊 Performance Analysis - $(date) - $BASE_URL"
if [ "$LIGHTHOUSE" = 1 ]; then
  echo "1. Running Lighthouse audit ($FORM)..."
  mkdir -p "$OPS_ROOT/test-results/lighthouse"
  report="$OPS_ROOT/test-results/lighthouse/performance-check.json"
  if scores="$(cd "$OPS_ROOT" && timeout 180 node bench/lighthouse-audit.mjs "$BASE_URL/" "$FORM" "$report" 2>/dev/null | tail -1)" && [ -s "$report" ]; then
    echo "Scores: $(printf '%s' "$scores" | jq -r '.scores | to_entries | map("\(.key) \(.value)") | join(", ")')"
    audit() { jq -r ".audits[\"$1\"].numericValue // empty | . * 1000 | round / 1000" "$report"; }
    echo "Core Web Vitals (lab):"
    echo "FCP: $(audit first-contentful-paint)ms"
    within "LCP" "$(audit largest-contentful-paint)" 2500 ms
    within "CLS" "$(audit cumulative-layout-shift)" 0.1 ""
    within "TBT" "$(audit total-blocking-time)" 300 ms
    perf="$(printf '%s' "$scores" | jq -r .scores.performance)"
    if [ "$perf" -ge 90 ]; then ok "Performance score: $perf (at least 90)"; else problem "Performance score: $perf (at least 90)"; fi
  else
    problem "Lighthouse could not audit $BASE_URL/ (is the app up, and Chromium installed?)"
  fi
else
  echo "1. Lighthouse skipped (--no-lighthouse)"
fi

echo "2. The app's figures (last 7 days)..."
http GET /api/reports/weekly auth
if [ "$HTTP_STATUS" = 200 ]; then
  requests="$(body_json .responseTime.requests)"
  if [ "$(body_json .responseTime.p95Ms)" = null ]; then ok "HTTP p95: n/a ($requests requests)"; else within "HTTP p95 ($requests requests)" "$(body_json .responseTime.p95Ms)" 3000 ms; fi
  if [ "$(body_json .ai.p90Seconds)" = null ]; then ok "AI generation p90: n/a ($(body_json .ai.generations) generations)"; else within "AI generation p90" "$(body_json .ai.p90Seconds)" 30 s; fi
  http GET /api/metrics/web-vitals auth
  if [ "$HTTP_STATUS" = 200 ]; then echo "Real-user Web Vitals: $HTTP_BODY"; else warn "Real-user Web Vitals: not collected by this server (HTTP $HTTP_STATUS)"; fi
else
  problem "The app's figures are unavailable: /api/reports/weekly answered HTTP $HTTP_STATUS"
fi

echo "3. AI service performance:"
took="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --connect-timeout 3 --max-time "$HTTP_TIMEOUT" -X POST "$BASE_URL/api/ai/health" 2>/dev/null || true)"
if [ "${took%% *}" = 200 ]; then ok "POST /api/ai/health answered in ${took#* }s"; else problem "POST /api/ai/health: HTTP ${took%% *}"; fi
finish
