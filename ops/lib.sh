# shellcheck shell=bash
# shellcheck disable=SC2034  # variables here are read by the scripts that source this file
# Shared helpers of the on-call scripts in ops/. Sourced, never run:
#   source "$(dirname "$0")/lib.sh"
#
# Environment every script reads:
#   BASE_URL        the app to check (default http://127.0.0.1:${PORT:-3000}, the local server)
#   OPS_API_TOKEN   bearer token of the ops endpoints (default: the local server's
#                   generated token in ${MARKETPLAN_DATA_DIR:-.data}/ops-token)
#   HTTP_TIMEOUT    seconds one HTTP request may take (default 5)
#   NO_COLOR        set to turn colour off even on a terminal
# Exit status convention: 0 all well, 1 a problem was found, 2 usage error.

OPS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRIPT_NAME="$(basename "$0")"
BASE_URL="${BASE_URL:-http://127.0.0.1:${PORT:-3000}}"
BASE_URL="${BASE_URL%/}"
HTTP_TIMEOUT="${HTTP_TIMEOUT:-5}"
PROBLEMS=0
DRY_RUN=0
ASSUME_YES=0

if [ -z "${OPS_API_TOKEN:-}" ]; then
  token_file="${MARKETPLAN_DATA_DIR:-$OPS_ROOT/.data}/ops-token"
  if [ -r "$token_file" ]; then OPS_API_TOKEN="$(tr -d '[:space:]' <"$token_file")"; fi
fi
OPS_API_TOKEN="${OPS_API_TOKEN:-}"

# Colour only on a terminal, and never with NO_COLOR.
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_BOLD=$'\e[1m' C_OFF=$'\e[0m'
else
  C_RED='' C_GREEN='' C_YELLOW='' C_BOLD='' C_OFF=''
fi

ok() { printf '%s✅ %s%s\n' "$C_GREEN" "$*" "$C_OFF"; }
warn() { printf '%s⚠️ %s%s\n' "$C_YELLOW" "$*" "$C_OFF"; }
problem() {
  printf '%s❌ %s%s\n' "$C_RED" "$*" "$C_OFF"
  PROBLEMS=$((PROBLEMS + 1))
}
heading() { printf '%s%s%s\n' "$C_BOLD" "$*" "$C_OFF"; }
die_usage() {
  printf '%s: %s\nRun %s --help for usage.\n' "$SCRIPT_NAME" "$*" "$SCRIPT_NAME" >&2
  exit 2
}

# Prints the script's header comment (from line 2 to the first line that is not a comment) as its help.
usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; }

# Handles --help, --yes and --dry-run; returns 1 for any other argument so the script can take it.
common_option() {
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --yes) ASSUME_YES=1 ;;
    --dry-run) DRY_RUN=1 ;;
    *) return 1 ;;
  esac
}

# Exit status from what was found.
finish() {
  if [ "$PROBLEMS" -gt 0 ]; then
    printf '%s%d problem(s) found%s\n' "$C_RED" "$PROBLEMS" "$C_OFF"
    exit 1
  fi
  exit 0
}

# Runs a command, or with --dry-run prints exactly what would run (shell-quoted).
run() {
  if [ "$DRY_RUN" = 1 ]; then
    local shown=("$@")
    case "$1" in
      ops_cli) shown=(npm run -s ops -- "${@:2}") ;;
      firebase_cli) shown=(firebase "${@:2}") ;;
    esac
    printf '+'
    printf ' %q' "${shown[@]}"
    printf '\n'
    return 0
  fi
  "$@"
}

# Asks before a destructive step; --yes skips it; without a terminal nobody can answer: exit 2.
confirm() {
  [ "$ASSUME_YES" = 1 ] && return 0
  [ "$DRY_RUN" = 1 ] && return 0
  if [ ! -t 0 ]; then
    die_usage "not a terminal, so nobody can confirm \"$1\": pass --yes (or --dry-run)"
  fi
  local answer
  read -r -p "$1 (y/N): " answer
  [ "$answer" = y ] || [ "$answer" = yes ]
}

# http METHOD PATH [auth] [body]: sets HTTP_STATUS (000 when unreachable) and HTTP_BODY; never fails.
http() {
  local method="$1" path="$2" auth="${3:-}" body="${4:-}" out
  local args=(-sS -o - -w '\n%{http_code}' --connect-timeout 3 --max-time "$HTTP_TIMEOUT" -X "$method")
  if [ "$auth" = auth ] && [ -n "$OPS_API_TOKEN" ]; then args+=(-H "Authorization: Bearer $OPS_API_TOKEN"); fi
  if [ -n "$body" ]; then args+=(-H 'content-type: application/json' --data "$body"); fi
  out="$(curl "${args[@]}" "$BASE_URL$path" 2>/dev/null)" || true
  HTTP_STATUS="${out##*$'\n'}"
  HTTP_BODY="${out%$'\n'*}"
  [ "$HTTP_STATUS" = "$out" ] && HTTP_BODY=''
  case "$HTTP_STATUS" in [0-9][0-9][0-9]) ;; *) HTTP_STATUS=000 ;; esac
}

# A one-number endpoint's value, or "unavailable (HTTP n)".
number() {
  http GET "$1" auth
  if [ "$HTTP_STATUS" = 200 ]; then printf '%s' "$HTTP_BODY"; else printf 'unavailable (HTTP %s)' "$HTTP_STATUS"; fi
}

# jq on HTTP_BODY, empty on anything that is not JSON.
body_json() { printf '%s' "$HTTP_BODY" | jq -r "$1" 2>/dev/null || true; }

# The ops CLI, from the repository root (npm run -s ops -- …).
ops_cli() { (cd "$OPS_ROOT" && npm run -s ops -- "$@"); }

# firebase-tools: the one on PATH, else the pinned version through npx (as CI fetches it).
firebase_cli() {
  if command -v firebase >/dev/null 2>&1; then firebase "$@"; else npx --yes firebase-tools@15.34.2 "$@"; fi
}

# The App Hosting backend id (firebase.json) and the alias of .firebaserc to act on.
BACKEND_ID="${APPHOSTING_BACKEND:-marketplanai}"
FIREBASE_PROJECT="${FIREBASE_PROJECT:-production}"

# wait_for_release URL COMMIT TIMEOUT POLL: polls URL/api/health until it reports
# releaseId COMMIT and passes; 0 when it does, 1 when TIMEOUT seconds pass first.
wait_for_release() {
  local url="$1" commit="$2" timeout="$3" poll="$4" deadline release status
  deadline=$(($(date +%s) + timeout))
  while :; do
    BASE_URL="$url" http GET /api/health
    release="$(body_json '.releaseId // empty')" status="$(body_json '.status // empty')"
    if [ "$HTTP_STATUS" = 200 ] && [ "$release" = "$commit" ] && [ "$status" = pass ]; then return 0; fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      WAIT_LAST="after ${timeout}s health is HTTP $HTTP_STATUS, status ${status:-none}, release ${release:-unknown}"
      return 1
    fi
    echo "   waiting for $commit at $url: HTTP $HTTP_STATUS, status ${status:-none}, release ${release:-unknown}"
    sleep "$poll"
  done
}
