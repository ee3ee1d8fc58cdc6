#!/usr/bin/env bash
# Checks docker-compose.yml end to end: set-up for compose, build the gateway
# and worker images, start the stack with two workers, wait until the gateway
# is ready with both workers alive, run hello world through the gateway on
# loopback, then tear everything down (also on failure or Ctrl-C) and check no
# sandbox container of its workers is left. Run as `npm run compose:check`.
#
# Its own compose project and ports, so it runs beside a developer's own Redis
# (6379), gateway and compose stack:
#   GATEWAY_PORT        default 18800
#   COMPOSE_REDIS_PORT  default 16380
#   DOCKER_GID          default: the group of /var/run/docker.sock
# The apps run with the defaults of .env.example, whatever .env says.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
START=$SECONDS

PROJECT=ghostide-compose-check
WORKERS=2
READY_TIMEOUT=300 # seconds: each worker starts warm pools of every language
export GATEWAY_PORT=${GATEWAY_PORT:-18800}
export COMPOSE_REDIS_PORT=${COMPOSE_REDIS_PORT:-16380}
export COMPOSE_REDIS_HOST=127.0.0.1 COMPOSE_REDIS_BIND=127.0.0.1
export APP_ENV_FILE=.env.example
export DOCKER_GID=${DOCKER_GID:-$(stat -c %g /var/run/docker.sock)}

die() {
  echo "compose-check: FAILED — $* ($((SECONDS - START)) s)" >&2
  exit 1
}
step() { echo "==> $*"; }

bash scripts/setup.sh --compose || die "set-up failed (see setup: error above)"

if docker compose version >/dev/null 2>&1; then
  COMPOSE=(docker compose)
else
  COMPOSE=(docker-compose)
fi
compose() { "${COMPOSE[@]}" --project-name "$PROJECT" "$@"; }

# GET or POST (with a JSON body) to the gateway; prints "<status> <body>", status 000 when it cannot connect.
http() {
  node -e '
    const [method, url, body] = process.argv.slice(1);
    fetch(url, { method, body: body || undefined, headers: { "content-type": "application/json" }, signal: AbortSignal.timeout(60_000) })
      .then(async (response) => console.log(response.status, await response.text()))
      .catch((err) => console.log("000", err.cause?.message ?? err.message));
  ' "$1" "http://127.0.0.1:$GATEWAY_PORT$2" "${3:-}"
}

# Reads a JSON body on stdin and prints the value at a dotted path ("" if absent).
json_at() {
  node -e '
    let text = ""; process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
      let value; try { value = JSON.parse(text); } catch { value = undefined; }
      for (const key of process.argv[1].split(".")) value = value?.[key];
      console.log(typeof value === "object" ? JSON.stringify(value) : (value ?? ""));
    });
  ' "$1"
}

WORKER_CONTAINERS=()
teardown() {
  local status=$?
  trap - EXIT INT TERM
  if [[ $status -ne 0 ]]; then
    echo "--- last log lines of the stack ---"
    compose logs --tail=40 || true
  fi
  step "tear down"
  compose down --remove-orphans --timeout 90 || status=1
  # A worker removes its warm pools when it stops: any sandbox left is a leak.
  local leaked=() id worker container
  while read -r id worker; do
    for container in "${WORKER_CONTAINERS[@]}"; do
      if [[ $worker == *-${container:0:12} ]]; then leaked+=("$id"); fi
    done
  done < <(docker ps -a --filter label=ghostide.sandbox --format '{{.ID}} {{.Label "ghostide.worker"}}')
  if [[ ${#leaked[@]} -gt 0 ]]; then
    echo "compose-check: ${#leaked[@]} sandbox container(s) of the stopped workers were left; removing them" >&2
    docker rm -f "${leaked[@]}" >/dev/null || true
    status=1
  fi
  if [[ $status -eq 0 ]]; then
    echo "compose-check: passed (build ${BUILD_SECONDS:-?} s, start to ready ${READY_SECONDS:-?} s; $((SECONDS - START)) s in all)"
  else
    echo "compose-check: FAILED ($((SECONDS - START)) s)" >&2
  fi
  exit "$status"
}
trap teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step "build the gateway and worker images (${COMPOSE[*]})"
t0=$SECONDS
compose build || die "the image build failed (output above)"
BUILD_SECONDS=$((SECONDS - t0))

step "start Redis on $COMPOSE_REDIS_PORT, the gateway on $GATEWAY_PORT and $WORKERS workers"
t0=$SECONDS
compose up -d --scale worker=$WORKERS || die "the stack did not start (output above)"
mapfile -t WORKER_CONTAINERS < <(compose ps -q worker)
[[ ${#WORKER_CONTAINERS[@]} -eq $WORKERS ]] || die "expected $WORKERS worker containers, found ${#WORKER_CONTAINERS[@]}"

step "wait until the gateway is ready with $WORKERS workers alive (at most $READY_TIMEOUT s)"
while true; do
  read -r code body < <(http GET /health/ready) || true
  alive=$(json_at details.workers.alive <<<"$body")
  [[ $code == 200 && $alive == "$WORKERS" ]] && break
  ((SECONDS - t0 < READY_TIMEOUT)) || die "not ready after $READY_TIMEOUT s: last answer $code $body"
  # A worker that exits at start (no engine, no images) is restarted by its policy: fail at once.
  restarts=$(docker inspect -f '{{.RestartCount}}' "${WORKER_CONTAINERS[@]}" | tr '\n' ' ')
  [[ $restarts =~ ^(0 )+$ ]] || die "worker containers restarted while starting (restart counts: $restarts; their logs are below)"
  sleep 2
done
READY_SECONDS=$((SECONDS - t0))
echo "    ready in $READY_SECONDS s: $body"

step "workers run as non-root with the socket's group"
for container in "${WORKER_CONTAINERS[@]}"; do
  ids=$(docker exec "$container" sh -c 'echo "$(id -u) $(id -G)"')
  [[ ${ids%% *} != 0 ]] || die "worker container ${container:0:12} runs as root"
  [[ " ${ids#* } " == *" $DOCKER_GID "* ]] || die "worker container ${container:0:12} lacks group $DOCKER_GID of the Docker socket (has: ${ids#* })"
  echo "    ${container:0:12}: uid ${ids%% *}, groups ${ids#* }"
done

step "hello world through the gateway"
read -r code body < <(http POST /api/v1/execution/execute '{"language": "python", "code": "print(\"hello world\")"}')
[[ $code == 200 ]] || die "execute answered $code: $body"
status=$(json_at status <<<"$body")
stdout=$(json_at stdout <<<"$body")
[[ $status == success && $stdout == "hello world" ]] || die "unexpected result: $body"
echo "    $status: $stdout"
