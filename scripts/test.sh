#!/usr/bin/env bash
# Runs every test: set-up if anything is missing, then lint (ESLint with the
# module boundaries of STYLE.md: a gateway importing dockerode fails here), then the check that the
# committed OpenAPI document and client types are what the code produces, then
# the unit tests, then the
# integration tests (against the real Docker engine and Redis; their jest
# global set-up starts a gateway and a worker), the hostile and isolation suites
# again with single-use containers (SANDBOX_ISOLATION=container), then the fault tests (they kill
# workers, stop their own Redis and restart the Docker engine: last, because
# that ends every container on the machine). Run as `npm test`; CI runs it on a
# fresh machine through .ci/run.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
START=$SECONDS

if [[ -f .env ]]; then
  set -a
  # shellcheck disable=SC1091
  source .env
  set +a
fi

# --check is quiet and fast; the full set-up runs only when something is missing. Every
# language's image, as the conformance suite runs every registered language.
if ! bash scripts/setup.sh --check --languages all; then
  if ! bash scripts/setup.sh --languages all; then
    echo "test: FAILED — set-up failed (see setup: error above); no tests ran ($((SECONDS - START)) s)" >&2
    exit 1
  fi
fi

# Every suite runs even when an earlier one fails, so one run reports everything.
lint=passed
openapi=passed
unit=passed
integration=passed
integration_container=passed
faults=passed
echo "==> lint and module boundaries"
npx nx run-many -t lint || lint=FAILED
echo "==> OpenAPI document and client types are current"
npm run --silent openapi -- --check || openapi=FAILED
echo "==> unit tests"
npx nx run-many -t test --parallel=2 || unit=FAILED
echo "==> integration tests"
npx nx run-many -t integration --parallel=1 || integration=FAILED
echo "==> integration tests (container isolation): the hostile and isolation suites with SANDBOX_ISOLATION=container"
npx nx run gateway:integration-container || integration_container=FAILED
echo "==> fault tests"
npx nx run gateway:faults || faults=FAILED

summary="lint $lint, openapi check $openapi, unit tests $unit, integration tests $integration, integration tests (container isolation) $integration_container, fault tests $faults ($((SECONDS - START)) s)"
if [[ $lint == passed && $openapi == passed && $unit == passed && $integration == passed && $integration_container == passed && $faults == passed ]]; then
  echo "test: PASSED — $summary"
else
  echo "test: FAILED — $summary; see the failing tests above" >&2
  exit 1
fi
