#!/usr/bin/env bash
# vendor-health.sh: are our vendors reachable from here? (ops manual 9.2)
#
#   ops/vendor-health.sh [--timeout SECONDS] [--help]
#
# Checks, each with a short timeout (default 4 s) so a dead network reports
# "unreachable" within seconds instead of hanging:
#   Gemini      the models list (GEMINI_BASE_URL or Google's API; the key is sent, never printed)
#   Firestore   the Firestore API (or FIRESTORE_EMULATOR_HOST)
#   Sentry      the ingest host of SENTRY_DSN (or sentry.io)
#   Firebase    the status feed (status.firebase.google.com incidents)
# Override any URL with VENDOR_GEMINI_URL, VENDOR_FIRESTORE_URL, VENDOR_SENTRY_URL, VENDOR_STATUS_URL.
#
# Exit status: 0 all reachable, 1 one or more unreachable, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
LIMIT=4
while [ $# -gt 0 ]; do
  common_option "$1" && { shift; continue; }
  case "$1" in
    --timeout) [[ "${2:-}" =~ ^[0-9]+$ ]] || die_usage "--timeout needs whole seconds"; LIMIT="$2"; shift 2 ;;
    *) die_usage "unknown option $1" ;;
  esac
done

gemini_base="${GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
firestore_url="https://firestore.googleapis.com/"
[ -n "${FIRESTORE_EMULATOR_HOST:-}" ] && firestore_url="http://$FIRESTORE_EMULATOR_HOST/"
sentry_url="https://sentry.io/api/0/"
if [ -n "${SENTRY_DSN:-}" ]; then sentry_url="$(printf '%s' "$SENTRY_DSN" | sed -E 's#^(https?://)[^@]*@([^/]+).*#\1\2/api/#')"; fi

# check NAME URL [header]: reachable means any HTTP answer (even 401/404: the vendor is there).
check() {
  local name="$1" url="$2" header="${3:-}" code started elapsed
  local args=(-s -o /dev/null -w '%{http_code}' --connect-timeout "$LIMIT" --max-time "$LIMIT")
  [ -n "$header" ] && args+=(-H "$header")
  started=$(date +%s%N)
  code="$(curl "${args[@]}" "$url" 2>/dev/null)" || true
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  local display="${url%%\?*}"
  if [ -n "$code" ] && [ "$code" != 000 ]; then
    if [ "$code" -ge 500 ]; then problem "$name: answering with errors (HTTP $code in ${elapsed} ms) - $display"
    else ok "$name: reachable (HTTP $code in ${elapsed} ms) - $display"; fi
  else
    problem "$name: unreachable (no HTTP answer; gave up after ${elapsed} ms, limit ${LIMIT}s) - $display"
  fi
}

heading "🏢 Vendor Health Check - $(date)"
key_header=''
[ -n "${GEMINI_API_KEY:-${GOOGLE_API_KEY:-}}" ] && key_header="x-goog-api-key: ${GEMINI_API_KEY:-${GOOGLE_API_KEY:-}}"
check "Gemini (models list)" "${VENDOR_GEMINI_URL:-$gemini_base/v1beta/models?pageSize=1}" "$key_header"
check "Firestore" "${VENDOR_FIRESTORE_URL:-$firestore_url}"
check "Sentry ingest" "${VENDOR_SENTRY_URL:-$sentry_url}"
check "Firebase status feed" "${VENDOR_STATUS_URL:-https://status.firebase.google.com/incidents.json}"
finish
