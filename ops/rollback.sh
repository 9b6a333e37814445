#!/usr/bin/env bash
# rollback.sh: roll production back to the last good release (ops manual 6.3, on App Hosting).
#
#   ops/rollback.sh [--to COMMIT] [--yes] [--dry-run] [--help]
#
# 1. Lists the backend's rollouts (firebase apphosting:rollouts:list) and, newest
#    first, the commits of the successful ones (apphosting:builds:get); the last
#    good release is the newest successful commit that is not the one serving now
#    (BASE_URL/api/health's releaseId). --to COMMIT picks one yourself.
# 2. Asks (unless --yes), then rolls that commit out:
#    firebase apphosting:rollouts:create BACKEND --git-commit COMMIT --force
# 3. Waits until BASE_URL/api/health reports releaseId COMMIT and passes
#    (ROLLBACK_TIMEOUT seconds, default 900; polled every ROLLBACK_POLL seconds, default 15).
# --dry-run reads the rollouts and prints the rollout command without running it.
# Project: the FIREBASE_PROJECT alias of .firebaserc (default production);
# backend: APPHOSTING_BACKEND (default marketplanai). BASE_URL must be that
# project's public URL (it defaults to the local server, which never matches).
#
# Exit status: 0 rolled back and healthy, 1 failed or not healthy in time, 2 usage error or not confirmed.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
TARGET=''
while [ $# -gt 0 ]; do
  common_option "$1" && { shift; continue; }
  case "$1" in
    --to) [[ "${2:-}" =~ ^[0-9a-f]{7,40}$ ]] || die_usage "--to needs a git commit hash"; TARGET="$2"; shift 2 ;;
    *) die_usage "unknown option $1" ;;
  esac
done
TIMEOUT="${ROLLBACK_TIMEOUT:-900}"
POLL="${ROLLBACK_POLL:-15}"

heading "↩️ INITIATING ROLLBACK - $BACKEND_ID on $FIREBASE_PROJECT - $(date -u +%FT%TZ)"
http GET /api/health
CURRENT="$(body_json '.releaseId // empty')"
echo "Serving now: ${CURRENT:-unknown} (/api/health: HTTP $HTTP_STATUS)"

if [ -z "$TARGET" ]; then
  echo "1. Finding the last good release..."
  if ! listed="$(firebase_cli apphosting:rollouts:list "$BACKEND_ID" --project "$FIREBASE_PROJECT" --json)"; then
    problem "Could not list rollouts (firebase apphosting:rollouts:list $BACKEND_ID --project $FIREBASE_PROJECT)"
    finish
  fi
  mapfile -t good < <(printf '%s' "$listed" | jq -r '(.result | if type == "array" then . else (.rollouts // []) end) | sort_by(.createTime) | reverse | .[] | select(.state == "SUCCEEDED") | "\(.name) \(.build)"')
  for entry in "${good[@]}"; do
    rollout="${entry%% *}" build="${entry##* }"
    location="$(printf '%s' "$rollout" | sed -nE 's#.*/locations/([^/]+)/.*#\1#p')"
    commit="$(firebase_cli apphosting:builds:get "$BACKEND_ID" "${build##*/}" --location "$location" --project "$FIREBASE_PROJECT" --json | jq -r '(.result // .).source.codebase.hash // empty')"
    echo "   ${rollout##*/}: commit ${commit:-unknown}"
    # Health did not say what serves now: take the newest successful rollout as the current one.
    if [ -z "$CURRENT" ]; then CURRENT="$commit"; echo "   (taken as the release serving now)"; continue; fi
    if [ -n "$commit" ] && [ "$commit" != "$CURRENT" ]; then TARGET="$commit"; break; fi
  done
  if [ -z "$TARGET" ]; then
    problem "No earlier successful rollout with another commit: nothing to roll back to (use --to COMMIT)"
    finish
  fi
fi
echo "Rolling back to commit: $TARGET"

echo "2. Performing rollback..."
if ! confirm "Roll $FIREBASE_PROJECT back to $TARGET?"; then
  echo "❌ Rollback cancelled"
  exit 2
fi
if ! run firebase_cli apphosting:rollouts:create "$BACKEND_ID" --git-commit "$TARGET" --project "$FIREBASE_PROJECT" --force; then
  problem "The rollout failed to start: manual intervention required (docs/runbooks/service-down.md)"
  finish
fi
[ "$DRY_RUN" = 1 ] && { echo "Dry run: nothing was rolled out"; exit 0; }

echo "3. Verifying rollback (up to ${TIMEOUT}s)..."
if wait_for_release "$BASE_URL" "$TARGET" "$TIMEOUT" "$POLL"; then
  ok "Rollback successful: $BASE_URL serves $TARGET and health passes"
else
  problem "Rollback failed - manual intervention required: $WAIT_LAST"
fi
finish
