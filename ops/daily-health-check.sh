#!/usr/bin/env bash
# daily-health-check.sh: the manual's morning check (ops manual 2.1) with real figures.
#
#   ops/daily-health-check.sh [--help]
#
# Checks BASE_URL's /api/health, POST /api/ai/health, /api/status, the 24-hour
# error rate (/api/metrics/error-rate/24h, against the 1% SLO) and prints the
# usage figures (/api/analytics/{users,plans,ai}/24h, with OPS_API_TOKEN).
# BASE_URL defaults to the local server; OPS_API_TOKEN to its generated token.
#
# Exit status: 0 every check passed, 1 a check failed, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
for arg in "$@"; do common_option "$arg" || die_usage "unknown option $arg"; done

ERROR_RATE_SLO_PERCENT=1

heading "🌅 Daily MarketPlanAI Health Check - $(date) - $BASE_URL"

echo "1. Checking system health..."
http GET /api/health
status="$(body_json .status)"
case "$HTTP_STATUS/$status" in
  200/pass) ok "Health: pass (release $(body_json .releaseId))" ;;
  200/warn) warn "Health: warn: $(body_json '[.checks | to_entries[] | select(.value[0].status != "pass") | .key] | join(", ")')" ;;
  000/*) problem "Health check failed: $BASE_URL did not answer within ${HTTP_TIMEOUT}s" ;;
  *) problem "Health check failed: HTTP $HTTP_STATUS, status ${status:-unknown}: $(body_json '[.checks | to_entries[] | select(.value[0].status == "fail") | .key] | join(", ")')" ;;
esac

echo "2. Checking AI service..."
http POST /api/ai/health
status="$(body_json .status)"
case "$HTTP_STATUS/$status" in
  200/pass) ok "AI service: pass ($(body_json '[.checks | to_entries[] | "\(.key)=\(.value[0].observedValue)"] | join(", ")'))" ;;
  200/warn) warn "AI service degraded: $(body_json '[.checks | to_entries[] | select(.value[0].status != "pass") | "\(.key)=\(.value[0].observedValue)"] | join(", ")')" ;;
  000/*) problem "AI service check failed: no answer" ;;
  *) problem "AI service failed: HTTP $HTTP_STATUS, status ${status:-unknown}" ;;
esac

echo "3. Checking performance metrics..."
http GET /api/status
if [ "$HTTP_STATUS" = 200 ]; then
  indicator="$(body_json .status.indicator)"
  line="Status: $(body_json .status.description) ($(body_json '[.components[] | "\(.name) \(.status)"] | join(", ")'))"
  if [ "$indicator" = none ]; then ok "$line"; else problem "$line"; fi
else
  problem "Status check failed: HTTP $HTTP_STATUS"
fi

echo "4. Checking error rates..."
http GET /api/metrics/error-rate/24h auth
if [ "$HTTP_STATUS" = 200 ]; then
  rate="$HTTP_BODY"
  if [ "$rate" = n/a ]; then
    ok "Error rate last 24h: n/a (no requests)"
  elif awk -v r="$rate" -v slo="$ERROR_RATE_SLO_PERCENT" 'BEGIN { exit !(r + 0 < slo) }'; then
    ok "Error rate last 24h: ${rate}% (SLO < ${ERROR_RATE_SLO_PERCENT}%)"
  else
    problem "Error rate last 24h: ${rate}% (SLO < ${ERROR_RATE_SLO_PERCENT}%)"
  fi
elif [ "$HTTP_STATUS" = 404 ]; then
  warn "Error rate last 24h: this server has no /api/metrics/error-rate/24h yet"
else
  problem "Error rate check failed: HTTP $HTTP_STATUS"
fi

echo "5. Daily usage statistics..."
users="$(number /api/analytics/users/24h)"
plans="$(number /api/analytics/plans/24h)"
generations="$(number /api/analytics/ai/24h)"
echo "Active users last 24h: $users"
echo "Plans generated: $plans"
echo "AI generations: $generations"
case "$users $plans $generations" in
  *unavailable*"HTTP 401"*) problem "Usage figures refused: OPS_API_TOKEN is missing or wrong" ;;
  *unavailable*) problem "Usage figures unavailable" ;;
esac

if [ "$PROBLEMS" -eq 0 ]; then ok "Daily health check completed"; fi
finish
