#!/usr/bin/env bash
# manual-scaling.sh: scale on traffic by hand (ops manual 8.1), dry run unless --apply.
#
#   ops/manual-scaling.sh [--apply] [--yes] [--rpm N] [--help]
#
# Reads requests per minute from BASE_URL/api/metrics/rpm (OPS_API_TOKEN) and
# applies the manual's thresholds to runConfig.minInstances of apphosting.yaml:
#   above 500 a minute   scale up: minInstances + 2 (at most maxInstances)
#   below 50 a minute    scale down: minInstances - 1 (at least 1)
# With --apply (asks unless --yes) it changes apphosting.yaml, so the next App
# Hosting rollout keeps the new value (commit and push it), and applies it at
# once to the backend's Cloud Run service:
#   gcloud run services update BACKEND --min-instances N --region REGION --project PROJECT
# (APPHOSTING_REGION, default us-central1; GCLOUD_PROJECT_ID, default marketplan-ai;
# APPHOSTING_YAML, default the repository's apphosting.yaml).
# Without --apply it prints exactly those steps and changes nothing. --rpm N
# skips the reading (to rehearse a decision).
#
# Exit status: 0 done (or nothing to do), 1 the traffic could not be read or the change failed, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
DRY_RUN=1
RPM=''
while [ $# -gt 0 ]; do
  common_option "$1" && { shift; continue; }
  case "$1" in
    --apply) DRY_RUN=0 ;;
    --rpm) [[ "${2:-}" =~ ^[0-9]+$ ]] || die_usage "--rpm needs a whole number"; RPM="$2"; shift ;;
    *) die_usage "unknown option $1" ;;
  esac
  shift
done
YAML="${APPHOSTING_YAML:-$OPS_ROOT/apphosting.yaml}"
REGION="${APPHOSTING_REGION:-us-central1}"
PROJECT_ID="${GCLOUD_PROJECT_ID:-marketplan-ai}"

heading "📈 Manual Scaling Operations - $(date)"
current="$(sed -nE 's/^[[:space:]]+minInstances:[[:space:]]*([0-9]+).*/\1/p' "$YAML" | head -1)"
maximum="$(sed -nE 's/^[[:space:]]+maxInstances:[[:space:]]*([0-9]+).*/\1/p' "$YAML" | head -1)"
echo "Current minInstances: ${current:?apphosting.yaml has no runConfig.minInstances} (maxInstances ${maximum:-?})"

echo "Analyzing traffic patterns..."
if [ -z "$RPM" ]; then
  http GET /api/metrics/rpm auth
  if [ "$HTTP_STATUS" != 200 ] || ! [[ "$HTTP_BODY" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
    problem "Could not read requests per minute: $BASE_URL/api/metrics/rpm answered HTTP $HTTP_STATUS"
    finish
  fi
  RPM="${HTTP_BODY%%.*}"
fi
echo "Requests per minute: $RPM"

target="$current"
if [ "$RPM" -gt 500 ]; then
  target=$((current + 2))
  [ -n "$maximum" ] && [ "$target" -gt "$maximum" ] && target="$maximum"
  echo "High traffic detected - scaling up: minInstances $current -> $target"
elif [ "$RPM" -lt 50 ]; then
  target=$((current > 1 ? current - 1 : 1))
  echo "Low traffic - scaling down: minInstances $current -> $target"
else
  ok "Traffic between 50 and 500 a minute: no change (minInstances $current)"
  finish
fi
if [ "$target" = "$current" ]; then
  ok "Already at the limit: minInstances stays $current"
  finish
fi

[ "$DRY_RUN" = 1 ] && echo "Dry run (pass --apply to make the change):"
if [ "$DRY_RUN" = 0 ] && ! confirm "Set minInstances to $target?"; then
  echo "❌ Scaling cancelled"
  exit 2
fi
run sed -i -E "s/^([[:space:]]+minInstances:[[:space:]]*)[0-9]+/\\1$target/" "$YAML"
if ! run gcloud run services update "$BACKEND_ID" --min-instances "$target" --region "$REGION" --project "$PROJECT_ID"; then
  problem "gcloud could not update the service; apphosting.yaml already says $target: roll out to apply it"
fi
[ "$DRY_RUN" = 1 ] || ok "minInstances is now $target: commit and push apphosting.yaml so the next rollout keeps it"
finish
