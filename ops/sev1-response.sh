#!/usr/bin/env bash
# sev1-response.sh: first five minutes of a SEV1 (ops manual 5.2).
#
#   ops/sev1-response.sh [--title TEXT] [--help]
#
# 1. Checks BASE_URL/api/health. When it passes, says so and stops (exit 0).
# 2. When the service is down: opens a SEV1 through the incidents API
#    (POST /api/incidents with OPS_API_TOKEN), which notifies through the alert routing.
# 3. Prints each diagnosis step's result: the store and the AI provider (ops
#    diagnose, run here, without the app), DNS resolution of BASE_URL's host, and
#    the last App Hosting rollouts (firebase apphosting:rollouts:list on the
#    FIREBASE_PROJECT alias, default production; backend APPHOSTING_BACKEND).
# Next steps: docs/runbooks/service-down.md.
#
# Exit status: 0 the service is up, 1 it is down (an incident was opened or tried), 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
TITLE="Service down: $BASE_URL/api/health failing"
while [ $# -gt 0 ]; do
  common_option "$1" && { shift; continue; }
  case "$1" in
    --title) [ $# -ge 2 ] || die_usage "--title needs text"; TITLE="$2"; shift 2 ;;
    *) die_usage "unknown option $1" ;;
  esac
done

heading "🚨 SEV1 INCIDENT RESPONSE INITIATED - $(date -u +%FT%TZ)"
echo "1. Assessing impact..."
http GET /api/health
if [ "$HTTP_STATUS" = 200 ]; then
  ok "Primary service is up: /api/health answered $(body_json .status) (release $(body_json .releaseId)); no SEV1 opened"
  exit 0
fi
reason="HTTP $HTTP_STATUS"
[ "$HTTP_STATUS" = 000 ] && reason="no answer within ${HTTP_TIMEOUT}s"
failing="$(body_json '[.checks | to_entries[]? | select(.value[0].status == "fail") | .key] | join(", ")')"
problem "Primary service is down: /api/health $reason${failing:+ (failing: $failing)}"

echo "2. Notifying stakeholders: opening a SEV1..."
payload="$(jq -n --arg title "$TITLE" --arg body "sev1-response.sh: /api/health $reason${failing:+, failing checks: $failing}" \
  '{title: $title, severity: "SEV1", impact: "critical", components: ["application"], body: $body}')"
http POST /api/incidents auth "$payload"
case "$HTTP_STATUS" in
  200 | 201) ok "Incident opened: $(body_json '.id // .incident.id') (alert routing notifies PagerDuty/Slack)" ;;
  000) problem "Could not open the incident: the app is down too; page the on-call by hand (docs/on-call.md) and record it later with: npm run -s ops -- incident open (SEV1)" ;;
  *) problem "Could not open the incident: POST /api/incidents answered HTTP $HTTP_STATUS $(body_json '.error.message // .message')" ;;
esac

echo "3. Starting diagnosis..."
echo "3a. Store and AI provider (from here, without the app):"
ops_cli diagnose || problem "A dependency failed (above): see docs/runbooks/store-outage.md or ai-degraded.md"
host="$(printf '%s' "$BASE_URL" | sed -E 's#^[a-z]+://##; s#[:/].*$##')"
echo "3b. DNS resolution of $host:"
if addresses="$(timeout 5 getent ahosts "$host" 2>/dev/null | awk '{print $1}' | sort -u | tr '\n' ' ')" && [ -n "$addresses" ]; then
  ok "$host resolves to $addresses"
else
  problem "$host does not resolve (DNS): check the domain's records and the registrar"
fi
echo "3c. Last rollouts ($BACKEND_ID on $FIREBASE_PROJECT):"
if rollouts="$(firebase_cli apphosting:rollouts:list "$BACKEND_ID" --project "$FIREBASE_PROJECT" --json 2>/dev/null)"; then
  printf '%s' "$rollouts" | jq -r '(.result | if type == "array" then . else (.rollouts // []) end) | sort_by(.createTime) | reverse | .[:3][] | "   \(.createTime // "?")  \(.state // "?")  \(.name | split("/") | last)  build \(.build // "?" | split("/") | last)"' ||
    warn "Could not read the rollout list"
else
  warn "Could not list rollouts (firebase CLI missing, not logged in, or no network): firebase apphosting:rollouts:list $BACKEND_ID --project $FIREBASE_PROJECT"
fi

echo "4. Incident record: see step 2; post updates with: npm run -s ops -- incident update <id>"
echo "5. War room: open the incident channel (docs/on-call.md) and follow docs/runbooks/service-down.md"
finish
