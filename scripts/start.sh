#!/usr/bin/env bash
# Runs GhostIDE execution in the foreground: set-up if anything is missing,
# build the gateway and worker, then run one gateway and WORKER_COUNT workers.
# Ctrl-C or SIGTERM stops them all; if one of them exits on its own, the others
# are stopped too and the script exits non-zero. Run as `npm start`.
#
# Environment (a .env file in the repo root is loaded first):
#   PORT              gateway port, default 8000
#   WORKER_COUNT      number of workers, default 1
#   WORKER_HTTP_PORT  health and metrics port of worker 1, default 8081; worker n
#                     gets WORKER_HTTP_PORT + n - 1 (0: each takes any free port)

# shellcheck disable=SC2317 # the trap handlers look unreachable to shellcheck
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() {
  echo "start: error: $*" >&2
  exit 1
}

if [[ -f .env ]]; then
  set -a
  # shellcheck disable=SC1091
  source .env
  set +a
fi

export PORT=${PORT:-8000}
WORKER_COUNT=${WORKER_COUNT:-1}
[[ $WORKER_COUNT =~ ^[1-9][0-9]*$ ]] || die "WORKER_COUNT must be a whole number >= 1, got '$WORKER_COUNT'"
# The apps' output reaches the terminal through a pipe (the [name] prefix), so LOG_FORMAT=auto
# would pick JSON: at a terminal, ask for readable lines.
if [[ -t 1 && ${LOG_FORMAT:-auto} == auto ]]; then export LOG_FORMAT=pretty; fi
WORKER_HTTP_PORT=${WORKER_HTTP_PORT:-8081}
[[ $WORKER_HTTP_PORT =~ ^[0-9]+$ ]] || die "WORKER_HTTP_PORT must be a port number (0: any free port), got '$WORKER_HTTP_PORT'"

STOP_TIMEOUT=15 # seconds children get after SIGTERM before SIGKILL

# --check is quiet and fast; the full set-up runs only when something is missing. It makes
# the seed images (python, javascript, java, cpp); the others are built in the background below.
if ! bash scripts/setup.sh --check; then
  bash scripts/setup.sh || exit 1 # setup.sh printed its own error
fi

echo "==> build gateway and worker"
npx nx run-many -t build -p gateway worker || die "the build failed (output above) — fix the errors and re-run"
for app in gateway worker; do
  [[ -f dist/apps/$app/main.js ]] || die "the build did not produce dist/apps/$app/main.js — check the $app project's build target"
done

declare -a PIDS=()
declare -A NAMES=()
# The background build of the other languages' images: not one of PIDS, as its end is no failure.
IMAGES_PID=

# Prefixes each output line with the process name, so gateway and worker logs
# can be told apart. It ignores Ctrl-C and SIGTERM (it ends when its process
# closes the pipe), so the children's shutdown messages are not lost.
prefix() {
  trap '' INT TERM
  exec sed -u "s/^/[$1] /"
}

# launch NAME [VAR=value...] -- runs `node dist/...` in the background.
launch() {
  local name=$1 main=$2
  shift 2
  # exec: the recorded pid is node's own, so signals reach it directly.
  (exec env "$@" node "$main") > >(prefix "$name") 2>&1 &
  PIDS+=("$!")
  NAMES[$!]=$name
  echo "started $name (pid $!)"
}

alive_pids() {
  local pid
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
  done
}

# The build's docker clients are its children: stopping them cancels their builds.
stop_image_build() {
  [[ -n $IMAGES_PID ]] && kill -0 "$IMAGES_PID" 2>/dev/null || return 0
  echo "stopping the background image build (set-up resumes it next time)"
  pkill -TERM -P "$IMAGES_PID" 2>/dev/null || true
  kill -TERM "$IMAGES_PID" 2>/dev/null || true
}

STOPPING=0
stop_all() {
  [[ $STOPPING -eq 1 ]] && return 0
  STOPPING=1
  stop_image_build
  local pids
  pids=$(alive_pids)
  [[ -z $pids ]] && return 0
  echo "stopping $(echo "$pids" | wc -l) process(es) (SIGTERM, SIGKILL after ${STOP_TIMEOUT} s)"
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  local i
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do
    [[ -n $(alive_pids) ]] || break
    sleep 0.2 || true # a Ctrl-C during the stop kills this sleep; keep waiting
  done
  pids=$(alive_pids)
  if [[ -n $pids ]]; then
    echo "still running after ${STOP_TIMEOUT} s; sending SIGKILL"
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
  fi
  wait 2>/dev/null || true # reap children and let the output prefixers flush
}

on_signal() {
  [[ $STOPPING -eq 1 ]] && return 0 # a second Ctrl-C while stopping: keep stopping
  echo
  echo "start: $1 received"
  stop_all
  echo "start: stopped"
  exit 0
}
trap 'on_signal SIGINT' INT
trap 'on_signal SIGTERM' TERM
# On any exit (also failures of this script itself): stop the children, and
# if this script is exiting in the middle of a stop, kill what is left.
on_exit() {
  stop_all
  local pids
  pids=$(alive_pids)
  # shellcheck disable=SC2086
  if [[ -n $pids ]]; then kill -KILL $pids 2>/dev/null || true; fi
}
trap on_exit EXIT

echo "==> run (gateway on port $PORT, $WORKER_COUNT worker(s); Ctrl-C stops)"
launch gateway dist/apps/gateway/main.js PORT="$PORT"
host=${HOSTNAME:-$(hostname)}
for n in $(seq "$WORKER_COUNT"); do
  http_port=$((WORKER_HTTP_PORT == 0 ? 0 : WORKER_HTTP_PORT + n - 1))
  launch "worker-$n" dist/apps/worker/main.js WORKER_ID="worker-$host-$n" WORKER_HTTP_PORT="$http_port"
done

# Every other language, after the service is up: workers find each image within 15 s of it
# being built, and GET /api/v1/execution/languages says installed: true from then on.
if [[ ${SETUP_SKIP_IMAGES:-} != 1 ]]; then
  (exec bash scripts/setup.sh --languages all) > >(prefix images) 2>&1 &
  IMAGES_PID=$!
  echo "started the build of the other languages' images in the background (pid $IMAGES_PID; lines [images])"
fi

# Wait for the first child to exit; a signal interrupts this wait and runs on_signal.
status=0
exited=
wait -n -p exited "${PIDS[@]}" || status=$?
if [[ -n $exited ]]; then
  echo "start: error: ${NAMES[$exited]} (pid $exited) exited unexpectedly with status $status — stopping the others; see its output above" >&2
  stop_all
  exit 1
fi
die "lost track of the child processes (wait returned $status)"
