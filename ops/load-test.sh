#!/usr/bin/env bash
# load-test.sh: the manual's load tests (ops manual 8.2) with k6, against BASE_URL.
#
#   ops/load-test.sh [--dry-run] [--help]
#
# Runs baseline (10 VUs, 60 s), AI generation (5 VUs, 300 s), spike (100 VUs,
# 60 s), then comprehensive with JSON output to test-results/k6/results.json
# (load-tests/README.md; figures and suites from load-tests/scenarios.js). Each
# k6 script's thresholds (the SLOs) decide its exit status. The ops token reaches
# k6 through the environment (OPS_API_TOKEN), never on a command line. The AI
# suites expect the built-in planner (run the server without GEMINI_API_KEY), so
# they spend no Gemini quota. Only ever point BASE_URL at a server you run or
# own: load tests here target the local server by default.
#
# Exit status: 0 every run met its thresholds, 1 a run failed or k6 is missing, 2 usage error.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"
for arg in "$@"; do common_option "$arg" || die_usage "unknown option $arg"; done
cd "$OPS_ROOT"

heading "🧪 Load Testing MarketPlanAI - $BASE_URL"
if [ "$DRY_RUN" = 0 ] && ! command -v k6 >/dev/null 2>&1; then
  problem "k6 is not installed: install it from Grafana's packages (k6.io/docs/get-started/installation) or run with --dry-run"
  finish
fi
mkdir -p test-results/k6
# k6 hands the environment to the scripts as __ENV.
export OPS_API_TOKEN
ran=0
for entry in "baseline:--vus 10 --duration 60s" "ai-generation:--vus 5 --duration 300s" "spike:--vus 100 --duration 60s" "comprehensive:--out json=test-results/k6/results.json"; do
  name="${entry%%:*}"
  read -r -a options <<<"${entry#*:}"
  script="load-tests/$name.js"
  if [ ! -f "$script" ]; then
    warn "$name: $script does not exist yet (load-tests/README.md)"
    continue
  fi
  echo "Running $name..."
  ran=$((ran + 1))
  run k6 run -e "BASE_URL=$BASE_URL" "${options[@]}" "$script" || problem "$name failed its thresholds"
done
[ "$ran" -gt 0 ] || problem "No load test script found in load-tests/"
finish
