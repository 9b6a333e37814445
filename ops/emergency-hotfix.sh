#!/usr/bin/env bash
# emergency-hotfix.sh: ship the checked-out commit as a hotfix (ops manual 6.2, on App Hosting).
#
#   STAGING_URL=https://… PRODUCTION_URL=https://… ops/emergency-hotfix.sh [--yes] [--dry-run] [--help]
#
# 1. Validates: npm run typecheck, npm run lint, npm test (stops at the first failure).
# 2. Takes the commit at HEAD (the working tree must be clean, and the commit
#    pushed: App Hosting builds from the connected repository).
# 3. Deploys it to staging: firebase apphosting:rollouts:create BACKEND --git-commit SHA --project staging --force
# 4. Smoke-tests staging: STAGING_URL/api/health reports that commit and passes,
#    POST /api/ai/health and /api/status answer 200.
# 5. Asks (unless --yes), then deploys the same commit to production and waits
#    for PRODUCTION_URL/api/health to report it and pass.
# --dry-run prints every command without running any. HOTFIX_TIMEOUT (default
# 900 s) bounds each wait; HOTFIX_POLL (default 15 s) is the polling interval.
#
# Exit status: 0 deployed (or production declined after staging passed), 1 a step failed, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
for arg in "$@"; do common_option "$arg" || die_usage "unknown option $arg"; done
[ -n "${STAGING_URL:-}" ] || die_usage "set STAGING_URL to the staging backend's URL"
[ -n "${PRODUCTION_URL:-}" ] || die_usage "set PRODUCTION_URL to the production URL"
TIMEOUT="${HOTFIX_TIMEOUT:-900}"
POLL="${HOTFIX_POLL:-15}"
cd "$OPS_ROOT"

heading "🚨 EMERGENCY HOTFIX DEPLOYMENT - $(date -u +%FT%TZ)"

echo "1. Validating hotfix..."
for step in "npm run -s typecheck" "npm run -s lint" "npm test"; do
  read -r -a words <<<"$step"
  if ! run "${words[@]}"; then
    problem "$step failed: fix it before deploying"
    finish
  fi
done

echo "2. Taking the commit..."
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  problem "The working tree has uncommitted changes: commit and push the hotfix first"
  finish
fi
COMMIT="$(git rev-parse HEAD)"
echo "Hotfix commit: $COMMIT ($(git log -1 --format=%s))"

echo "3. Deploying to staging..."
if ! run firebase_cli apphosting:rollouts:create "$BACKEND_ID" --git-commit "$COMMIT" --project staging --force; then
  problem "The staging rollout failed"
  finish
fi

echo "4. Testing staging deployment..."
if [ "$DRY_RUN" = 1 ]; then
  echo "+ wait for $STAGING_URL/api/health to report $COMMIT and pass; POST /api/ai/health; GET /api/status"
elif ! wait_for_release "$STAGING_URL" "$COMMIT" "$TIMEOUT" "$POLL"; then
  problem "Staging did not become healthy on $COMMIT: $WAIT_LAST"
  finish
else
  ok "Staging serves $COMMIT and health passes"
  BASE_URL="$STAGING_URL" http POST /api/ai/health
  if [ "$HTTP_STATUS" = 200 ]; then ok "Staging AI health: $(body_json .status)"; else problem "Staging AI health: HTTP $HTTP_STATUS"; fi
  BASE_URL="$STAGING_URL" http GET /api/status
  if [ "$HTTP_STATUS" = 200 ]; then ok "Staging status: $(body_json .status.description)"; else problem "Staging status: HTTP $HTTP_STATUS"; fi
  [ "$PROBLEMS" -eq 0 ] || finish
fi

echo "5. Deploying to production..."
if ! confirm "Deploy $COMMIT to production?"; then
  echo "❌ Production deployment cancelled (staging has the hotfix)"
  exit 0
fi
if ! run firebase_cli apphosting:rollouts:create "$BACKEND_ID" --git-commit "$COMMIT" --project production --force; then
  problem "The production rollout failed"
  finish
fi
if [ "$DRY_RUN" = 1 ]; then
  echo "+ wait for $PRODUCTION_URL/api/health to report $COMMIT and pass"
elif wait_for_release "$PRODUCTION_URL" "$COMMIT" "$TIMEOUT" "$POLL"; then
  ok "Hotfix deployed to production: $PRODUCTION_URL serves $COMMIT"
else
  problem "Production did not become healthy on $COMMIT: $WAIT_LAST (consider ops/rollback.sh)"
fi
finish
