#!/usr/bin/env bash
# Idempotent set-up for GhostIDE execution: system packages, Redis, the Docker
# engine, npm dependencies and the sandbox images. Run as `npm run setup`.
# Needs no node modules, so it works on a fresh clone before `npm install`.
#
#   scripts/setup.sh             set up whatever is missing (a second run only checks)
#   scripts/setup.sh --check     exit 0 quietly if everything is in place, else 1
#   scripts/setup.sh --compose   the same, then what docker-compose.yml needs: Docker
#                                Compose and its base images (see the last section)
#   --languages seed|all|<names> with any of the above: which sandbox images to build (or
#                                check). seed (the default): python, javascript, java and cpp,
#                                what start-up waits for; all: every dockerfiles/*.Dockerfile;
#                                or Dockerfile names, comma-separated (go,rust). An image's
#                                parent (FROM ghostide-sandbox-<name>) is built before it.
#
# Environment:
#   REDIS_URL           when it points anywhere but 127.0.0.1/localhost:6379 the
#                       external Redis is used and no local one is started
#   SETUP_SKIP_IMAGES=1 skip the base and sandbox images (unit-test-only runs)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO_ROOT=$PWD

MIN_FREE_GB=5
MIN_NODE_MAJOR=20
BASE_IMAGE=debian:bookworm-slim
DEBIAN_MIRROR=http://deb.debian.org/debian
HASH_LABEL=ghostide.source-hash
AGENT_DIR=libs/sandbox/agent
SANDBOX_BASE_DOCKERFILE=dockerfiles/sandbox-base.Dockerfile
SANDBOX_BASE_IMAGE=ghostide-sandbox-base
# The images `npm start` waits for; the others are built after it, in the background.
SEED_IMAGES=(python javascript java cpp)
# The public images docker-compose.yml builds and runs on.
COMPOSE_NODE_IMAGE=node:20-bookworm-slim
COMPOSE_REDIS_IMAGE=redis:7-bookworm
DOCKERD_FLAGS=(--bridge=none --iptables=false --ip6tables=false)

die() {
  echo "setup: error: $*" >&2
  exit 1
}
step() { echo "==> $*"; }
result() { echo "    $*"; }

# A .env file may set REDIS_URL (start.sh and test.sh load it as well).
if [[ -f .env ]]; then
  set -a
  # shellcheck disable=SC1091
  source .env
  set +a
fi

# Logs of the daemons we start. Non-root users (who may only run set-up when
# docker and redis already work) cannot create /var/log/ghostide.
LOG_DIR=/var/log/ghostide
if ! mkdir -p "$LOG_DIR" 2>/dev/null || [[ ! -w $LOG_DIR ]]; then
  LOG_DIR="${TMPDIR:-/tmp}/ghostide-logs"
  mkdir -p "$LOG_DIR"
fi

# ---------------------------------------------------------------- helpers ---

is_root() { [[ $(id -u) -eq 0 ]]; }
have() { command -v "$1" >/dev/null 2>&1; }

# True when REDIS_URL is unset or names the local default instance.
redis_is_local() {
  local url=${REDIS_URL:-} hostport host port
  [[ -z $url ]] && return 0
  hostport=${url#*://}     # drop the scheme
  hostport=${hostport##*@} # drop user:password@
  hostport=${hostport%%/*} # drop /db
  hostport=${hostport%%\?*}
  host=${hostport%%:*}
  port=6379
  [[ $hostport == *:* ]] && port=${hostport##*:}
  [[ ($host == 127.0.0.1 || $host == localhost) && $port == 6379 ]]
}

redis_answers() {
  have redis-cli || return 1
  [[ $(timeout 3 redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null) == PONG ]]
}

# Redis' memory ceiling in MB: REDIS_MAXMEMORY_MB, else an eighth of this machine's memory,
# from 128 MB to 2 GB. With noeviction a full Redis refuses writes (the gateway answers 503)
# instead of evicting keys, which would drop other people's queued jobs and results silently.
redis_maxmemory_mb() {
  if [[ -n ${REDIS_MAXMEMORY_MB:-} ]]; then
    [[ $REDIS_MAXMEMORY_MB =~ ^[1-9][0-9]*$ ]] || die "REDIS_MAXMEMORY_MB=$REDIS_MAXMEMORY_MB must be a whole number of MB"
    echo "$REDIS_MAXMEMORY_MB"
    return
  fi
  local total_kb mb
  total_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
  mb=$((total_kb / 1024 / 8))
  ((mb < 128)) && mb=128
  ((mb > 2048)) && mb=2048
  echo "$mb"
}

redis_has_ceiling() {
  [[ $(timeout 3 redis-cli -h 127.0.0.1 -p 6379 config get maxmemory-policy 2>/dev/null | tail -n 1) == noeviction &&
    $(timeout 3 redis-cli -h 127.0.0.1 -p 6379 config get maxmemory 2>/dev/null | tail -n 1) != 0 ]]
}

docker_answers() {
  have docker || return 1
  timeout 15 docker info >/dev/null 2>&1
}

node_major() {
  have node || return 1
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null
}

node_modules_current() {
  [[ -f node_modules/.package-lock.json && ! package-lock.json -nt node_modules/.package-lock.json ]]
}

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }
runsc_registered() { docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"'; }

image_hash() {
  docker image inspect -f "{{ index .Config.Labels \"$HASH_LABEL\" }}" "$1" 2>/dev/null || true
}

# sha256 over the Dockerfile, every file under the agent folder (names and
# contents) and, for language images, the parent image's source hash; so a
# changed agent, base or parent Dockerfile rebuilds every image built on it.
source_hash() {
  local dockerfile=$1 parent_hash=${2:-}
  {
    echo "dockerfile $(sha256sum <"$dockerfile" | cut -d' ' -f1)"
    find "$AGENT_DIR" -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum
    if [[ -n $parent_hash ]]; then echo "parent $parent_hash"; fi
  } | sha256sum | cut -d' ' -f1
}

# Image names from dockerfiles/<name>.Dockerfile, sandbox-base excluded.
language_ids() {
  local f id
  for f in dockerfiles/*.Dockerfile; do
    [[ -e $f ]] || continue
    id=$(basename "$f" .Dockerfile)
    [[ $id == sandbox-base ]] || echo "$id"
  done
}

# The image names --languages selects.
selected_images() {
  case $LANGUAGES in
    seed) printf '%s\n' "${SEED_IMAGES[@]}" ;;
    all) language_ids ;;
    *) tr ',' '\n' <<<"$LANGUAGES" ;;
  esac
}

# Prints "<image> <dockerfile> <hash>" for the image NAME, after its parents'
# (FROM ghostide-sandbox-<parent>), each image once; "base" is the sandbox base.
declare -A IMAGE_HASH=() IMAGE_VISITING=()
image_with_parents() {
  local name=$1 dockerfile parent hash
  [[ -n ${IMAGE_HASH[$name]:-} ]] && return 0
  if [[ $name == base ]]; then
    [[ -f $SANDBOX_BASE_DOCKERFILE ]] || die "$SANDBOX_BASE_DOCKERFILE is missing — restore it from git"
    hash=$(source_hash "$SANDBOX_BASE_DOCKERFILE")
    dockerfile=$SANDBOX_BASE_DOCKERFILE
  else
    dockerfile=dockerfiles/$name.Dockerfile
    [[ $name =~ ^[a-z][a-z0-9-]*$ && -f $dockerfile ]] ||
      die "no sandbox image '$name': use seed, all, or names of dockerfiles/*.Dockerfile ($(language_ids | paste -sd, -))"
    [[ -z ${IMAGE_VISITING[$name]:-} ]] || die "$dockerfile: its FROM lines go round in a circle"
    IMAGE_VISITING[$name]=1
    parent=$(awk 'toupper($1) == "FROM" { print $2; exit }' "$dockerfile")
    [[ $parent == ghostide-sandbox-* ]] || die "$dockerfile must start FROM ghostide-sandbox-base or another ghostide-sandbox-<name> image, not '$parent'"
    parent=${parent#ghostide-sandbox-}
    image_with_parents "$parent"
    hash=$(source_hash "$dockerfile" "${IMAGE_HASH[$parent]}")
  fi
  IMAGE_HASH[$name]=$hash
  echo "ghostide-sandbox-$name $dockerfile $hash"
}

# Prints "<image> <dockerfile> <hash>" for every image --languages selects and
# their parents, the base first, each parent before the images built on it.
sandbox_images() {
  [[ -d $AGENT_DIR ]] || die "$AGENT_DIR is missing — restore it from git"
  local name
  image_with_parents base
  for name in $(selected_images); do image_with_parents "$name"; done
}

# Free space in GB (one decimal) on the filesystem holding $1, or its nearest
# existing parent (/var/lib/docker does not exist before docker.io is installed).
free_gb() {
  local path=$1
  while [[ ! -e $path ]]; do path=$(dirname "$path"); done
  df -Pk "$path" | awk 'NR == 2 { printf "%.1f", $4 / 1024 / 1024 }'
}

APT_UPDATED=0
apt_install() {
  is_root || die "$* must be installed — run as root so set-up can install it"
  # A policy-rc.d that denies service starts keeps apt from starting docker
  # (with its default 172.17.x bridge, which is forbidden here) or a second
  # redis on its own; set-up starts both itself with the right flags.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    created_policy=1
  fi
  local rc=0
  if [[ $APT_UPDATED -eq 0 ]]; then
    result "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -q || rc=$?
    [[ $rc -eq 0 ]] && APT_UPDATED=1
  fi
  if [[ $rc -eq 0 ]]; then
    result "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" || rc=$?
  fi
  [[ $created_policy -eq 1 ]] && rm -f "$policy"
  [[ $rc -eq 0 ]] || die "apt-get could not install $* — check the apt sources and network access to deb.debian.org, then re-run"
}

# Reads a build's output on stdin and prints only its step lines (legacy
# builder "Step 3/8 : ..." and BuildKit "#5 [2/4] ..."), plus a heartbeat
# when nothing was printed for 10 s.
build_progress() {
  local label=$1 start=$SECONDS last=$SECONDS line rc
  while true; do
    rc=0
    IFS= read -r -t 10 line || rc=$?
    if [[ $rc -eq 0 ]]; then
      if [[ $line =~ ^(Step\ [0-9]+/[0-9]+\ :|#[0-9]+\ \[) ]]; then
        echo "    ${line:0:150}"
        last=$SECONDS
      fi
    elif [[ $rc -le 128 ]]; then
      break # end of output
    fi
    if ((SECONDS - last >= 10)); then
      echo "    ... $label still building ($((SECONDS - start)) s)"
      last=$SECONDS
    fi
  done
}

# debootstrap a minimal Debian bookworm into a temporary folder and import it
# as image $1. Used when the registry cannot be reached.
ROOTFS_DIR=
cleanup_rootfs() {
  [[ -n $ROOTFS_DIR && -d $ROOTFS_DIR ]] || return 0
  # A failed debootstrap may leave /proc or /sys mounted inside the tree:
  # unmount them, and never let rm cross into another filesystem.
  local mnt
  awk -v d="$ROOTFS_DIR/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r mnt; do umount -l "$mnt" 2>/dev/null || true; done
  rm -rf --one-file-system "$ROOTFS_DIR"
  ROOTFS_DIR=
}
# The build context of the node stand-in (make_node_stand_in).
NODE_CONTEXT_DIR=
cleanup() {
  cleanup_rootfs
  if [[ -n $NODE_CONTEXT_DIR ]]; then rm -rf "$NODE_CONTEXT_DIR"; fi
}
trap cleanup EXIT

import_debootstrap_image() {
  local tag=$1
  have debootstrap || apt_install debootstrap
  ROOTFS_DIR=$(mktemp -d /var/tmp/ghostide-rootfs.XXXXXX)
  result "debootstrap --variant=minbase bookworm into $ROOTFS_DIR (a few minutes)"
  debootstrap --variant=minbase bookworm "$ROOTFS_DIR" "$DEBIAN_MIRROR" ||
    die "debootstrap failed — check network access to $DEBIAN_MIRROR, then re-run"
  result "importing the tree as $tag"
  tar --numeric-owner -C "$ROOTFS_DIR" -c . | docker import --change 'CMD ["bash"]' - "$tag" >/dev/null ||
    die "docker import of the debootstrapped tree failed — see the message above"
  cleanup_rootfs
}

# docker build --network host -t IMAGE ARGS..., printing only the build's
# steps; its whole output goes to $LOG_DIR/build-<image>.log.
build_image() {
  local image=$1 log
  shift
  log="$LOG_DIR/build-${image//[:\/]/-}.log"
  if ! docker build --network host -t "$image" "$@" 2>&1 | tee "$log" | build_progress "$image"; then
    tail -n 30 "$log" >&2 || true
    die "building $image failed — see the lines above or $log"
  fi
}

# Base image IMAGE: pulled where a registry answers, else made under the same
# tag by the function MAKE_STAND_IN, so the Dockerfiles build unchanged.
ensure_base_image() {
  local image=$1 make_stand_in=$2 t0=$SECONDS
  step "base image $image"
  if image_exists "$image"; then
    result "present"
    return 0
  fi
  result "pulling (at most 60 s)"
  if timeout 60 docker pull "$image"; then
    result "pulled from the registry in $((SECONDS - t0)) s"
  else
    result "registry not reachable; making a stand-in from Debian's packages instead"
    "$make_stand_in" "$image"
    result "made in $((SECONDS - t0)) s"
  fi
}

# node:20-bookworm-slim from debian:bookworm-slim and this machine's own
# Node.js (binary, npm and extra CAs); see dockerfiles/stand-ins/node.Dockerfile.
make_node_stand_in() {
  local tag=$1 node_bin npm_dir
  [[ $tag == "node:$(node_major)-"* ]] ||
    die "the stand-in for $tag would carry this machine's Node.js $(node -v) — install Node.js ${tag#node:} or make a registry reachable"
  node_bin=$(readlink -f "$(command -v node)")
  npm_dir=$(dirname "$node_bin")/../lib/node_modules/npm
  [[ -f $npm_dir/bin/npm-cli.js ]] || die "npm is not beside node (looked in $npm_dir) — reinstall Node.js with its npm"
  NODE_CONTEXT_DIR=$(mktemp -d /var/tmp/ghostide-node-context.XXXXXX)
  cp "$node_bin" "$NODE_CONTEXT_DIR/node"
  cp -a "$npm_dir" "$NODE_CONTEXT_DIR/npm"
  if [[ -n ${NODE_EXTRA_CA_CERTS:-} ]]; then
    cp "$NODE_EXTRA_CA_CERTS" "$NODE_CONTEXT_DIR/extra-ca-certificates.crt" ||
      die "cannot read NODE_EXTRA_CA_CERTS ($NODE_EXTRA_CA_CERTS) — fix or unset it"
  else
    : >"$NODE_CONTEXT_DIR/extra-ca-certificates.crt"
  fi
  result "node $(node -v) and npm $(npm -v) from $(dirname "$node_bin")"
  build_image "$tag" --label ghostide.stand-in=true -f dockerfiles/stand-ins/node.Dockerfile "$NODE_CONTEXT_DIR"
  rm -rf "$NODE_CONTEXT_DIR"
  NODE_CONTEXT_DIR=
}

# redis:7-bookworm from debian:bookworm-slim and Debian's redis-server.
make_redis_stand_in() {
  build_image "$1" --label ghostide.stand-in=true - <dockerfiles/stand-ins/redis.Dockerfile
}

# ------------------------------------------------------------- --check ---

CHECK=0
COMPOSE=0
LANGUAGES=seed
while [[ $# -gt 0 ]]; do
  case $1 in
    --check) CHECK=1 ;;
    --compose) COMPOSE=1 ;;
    --languages)
      [[ -n ${2:-} ]] || die "--languages needs seed, all, or image names (go,rust)"
      LANGUAGES=$2
      shift
      ;;
    --languages=*) LANGUAGES=${1#--languages=} ;;
    *) die "unknown argument '$1' — usage: scripts/setup.sh [--check | --compose] [--languages seed|all|<names>]" ;;
  esac
  shift
done
[[ $CHECK -eq 1 && $COMPOSE -eq 1 ]] && die "--check and --compose do not go together"
[[ $COMPOSE -eq 1 && ${SETUP_SKIP_IMAGES:-} == 1 ]] && die "--compose needs the images: unset SETUP_SKIP_IMAGES"
# Unknown image names are refused now, not after the packages and daemons.
for name in $(selected_images); do
  [[ $name =~ ^[a-z][a-z0-9-]*$ && -f dockerfiles/$name.Dockerfile ]] ||
    die "no sandbox image '$name': use seed, all, or names of dockerfiles/*.Dockerfile ($(language_ids | paste -sd, -))"
done

if [[ $CHECK -eq 1 ]]; then
  major=$(node_major) || exit 1
  ((major >= MIN_NODE_MAJOR)) || exit 1
  if redis_is_local; then redis_answers && redis_has_ceiling || exit 1; fi
  docker_answers || exit 1
  have chromium || exit 1
  if is_root; then runsc_registered || exit 1; fi
  node_modules_current || exit 1
  if [[ ${SETUP_SKIP_IMAGES:-} != 1 ]]; then
    image_exists "$BASE_IMAGE" || exit 1
    images=$(sandbox_images 2>/dev/null) || exit 1
    while read -r -u 3 image _ hash; do
      [[ $(image_hash "$image") == "$hash" ]] || exit 1
    done 3<<<"$images"
  fi
  exit 0
fi

# One set-up at a time on this machine (images and daemons are machine-wide).
# Daemons started below get `9>&-` so they do not inherit the lock.
LOCK_FILE="${TMPDIR:-/tmp}/ghostide-setup-$(id -u).lock"
{ exec 9>"$LOCK_FILE"; } 2>/dev/null || die "cannot write $LOCK_FILE — set TMPDIR to a writable folder"
if ! flock -n 9; then
  echo "setup: another set-up is running; waiting for it (up to 30 min)"
  flock -w 1800 9 || die "another set-up still holds $LOCK_FILE — wait for it to finish, or stop it"
fi

START=$SECONDS

# ---------------------------------------------------------------- a. checks ---

step "checks"
if ! is_root; then
  redis_ok=0
  if ! redis_is_local || redis_answers; then redis_ok=1; fi
  if [[ $redis_ok -eq 0 ]] || ! docker_answers; then
    die "run as root so set-up can install docker.io and redis-server (or start docker and redis yourself first)"
  fi
fi
for path in /var/lib/docker "$REPO_ROOT"; do
  gb=$(free_gb "$path")
  if awk -v f="$gb" -v m="$MIN_FREE_GB" 'BEGIN { exit !(f < m) }'; then
    die "only $gb GB free on the filesystem of $path; need $MIN_FREE_GB GB — free some space (e.g. docker system prune) and re-run"
  fi
done
have node || die "node is not installed — install Node.js $MIN_NODE_MAJOR or newer (https://nodejs.org) and re-run"
major=$(node_major) || die "could not run node — check your Node.js $MIN_NODE_MAJOR+ installation"
((major >= MIN_NODE_MAJOR)) || die "Node.js $MIN_NODE_MAJOR or newer is needed, found $(node -v) — upgrade Node.js and re-run"
result "ok (node $(node -v), $(free_gb /var/lib/docker) GB free for docker, $(free_gb "$REPO_ROOT") GB for the repo)"

# ------------------------------------------------------ b. Debian packages ---

step "Debian packages"
missing=()
if ! { have dockerd && have docker; } && ! docker_answers; then missing+=(docker.io); fi
if redis_is_local && ! { have redis-server && have redis-cli; }; then missing+=(redis-server); fi
# Headless browser of the playground's integration tests (driven by puppeteer-core).
have chromium || missing+=(chromium)
if [[ ${#missing[@]} -gt 0 ]]; then
  apt_install "${missing[@]}"
  result "installed ${missing[*]}"
else
  result "present"
fi

# ------------------------------------------------------------------ c. Redis ---

step "Redis"
if ! redis_is_local; then
  # Print the URL without its password.
  result "external Redis (${REDIS_URL/\/\/*@/\/\/***@}) is used; not starting a local one"
elif redis_answers; then
  maxmemory_mb=$(redis_maxmemory_mb)
  timeout 3 redis-cli -h 127.0.0.1 -p 6379 config set maxmemory "${maxmemory_mb}mb" >/dev/null &&
    timeout 3 redis-cli -h 127.0.0.1 -p 6379 config set maxmemory-policy noeviction >/dev/null ||
    die "could not set maxmemory on the running Redis on 127.0.0.1:6379 (is CONFIG disabled?)"
  result "running on 127.0.0.1:6379 (maxmemory ${maxmemory_mb} MB, noeviction)"
else
  maxmemory_mb=$(redis_maxmemory_mb)
  redis-server --bind 127.0.0.1 --port 6379 --protected-mode yes --save '' --appendonly no \
    --maxmemory "${maxmemory_mb}mb" --maxmemory-policy noeviction \
    --daemonize yes --logfile "$LOG_DIR/redis.log" 9>&- ||
    die "redis-server did not start — see $LOG_DIR/redis.log"
  for _ in $(seq 20); do
    redis_answers && break
    sleep 0.5
  done
  if ! redis_answers; then
    tail -n 10 "$LOG_DIR/redis.log" >&2 || true
    die "redis did not answer on 127.0.0.1:6379 within 10 s — see $LOG_DIR/redis.log (is the port taken by something else?)"
  fi
  result "started on 127.0.0.1:6379, maxmemory ${maxmemory_mb} MB, noeviction (log: $LOG_DIR/redis.log)"
fi

# ---------------------------------------------------------- d. Docker engine ---

step "Docker engine"
if docker_answers; then
  result "running"
else
  if pgrep -x dockerd >/dev/null; then
    # Already starting (or wedged): never start a second daemon next to it.
    result "dockerd is running but not answering yet; waiting"
  else
    # --bridge=none: traffic to Docker's 172.17.x bridge is forbidden on this
    # machine; sandboxes use network none and builds use --network host.
    setsid dockerd "${DOCKERD_FLAGS[@]}" >>"$LOG_DIR/dockerd.log" 2>&1 </dev/null 9>&- &
    result "started dockerd ${DOCKERD_FLAGS[*]} (log: $LOG_DIR/dockerd.log)"
  fi
  deadline=$((SECONDS + 30))
  until docker_answers; do
    if ((SECONDS >= deadline)); then
      tail -n 20 "$LOG_DIR/dockerd.log" >&2 2>/dev/null || true
      die "the Docker engine did not answer within 30 s — see $LOG_DIR/dockerd.log (last lines above)"
    fi
    sleep 1
  done
  result "running"
fi

# ------------------------------------------------- gVisor runtime (runsc) ---

# Offered as SANDBOX_RUNTIME=runsc. ptrace platform: no KVM in such VMs; its own
# --network=none, because runsc refuses Docker's "none" network otherwise.
step "gVisor runtime"
if runsc_registered; then
  result "runsc registered with the Docker engine"
elif ! is_root; then
  result "runsc not registered (needs root); SANDBOX_RUNTIME=runsc is unavailable"
else
  have runsc || apt_install runsc
  mkdir -p /etc/docker
  # Merge into an existing daemon.json rather than overwrite the operator's settings.
  node -e '
    const fs = require("fs"); const file = "/etc/docker/daemon.json";
    const config = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8") || "{}") : {};
    config.runtimes = { ...config.runtimes, runsc: { path: "/usr/bin/runsc", runtimeArgs: ["--platform=ptrace", "--network=none"] } };
    fs.writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
  ' || die "could not write /etc/docker/daemon.json"
  # Runtimes are reloaded on SIGHUP: no restart, running containers are untouched.
  pkill -HUP -x dockerd || die "could not signal dockerd to reload /etc/docker/daemon.json"
  for _ in $(seq 20); do
    runsc_registered && break
    sleep 0.5
  done
  runsc_registered || die "dockerd did not pick up the runsc runtime — check /etc/docker/daemon.json and $LOG_DIR/dockerd.log"
  result "runsc $(runsc --version 2>/dev/null | head -n 1 | awk '{print $3}') registered"
fi

# ------------------------------------------------------- e. npm dependencies ---

step "npm dependencies"
[[ -f package-lock.json ]] || die "package-lock.json is missing — restore it from git"
if node_modules_current; then
  result "up to date"
else
  t0=$SECONDS
  # `npm install`, not `npm ci`: npm 11 leaves other platforms' optional packages (sass-embedded-*,
  # pulled in by @nx/webpack) out of the lock file and then `npm ci` refuses it. With the lock file
  # in place, `npm install` installs exactly its versions.
  npm install --no-audit --no-fund || die "npm install failed (output above) — check network access to the npm registry and re-run"
  result "installed in $((SECONDS - t0)) s"
fi

# -------------------------------------------------- f. base image, g. images ---

if [[ ${SETUP_SKIP_IMAGES:-} == 1 ]]; then
  step "images"
  result "skipped (SETUP_SKIP_IMAGES=1)"
else
  ensure_base_image "$BASE_IMAGE" import_debootstrap_image

  step "sandbox images ($LANGUAGES)"
  # Computed up front (not in a pipe) so that a failure here stops set-up.
  images=$(sandbox_images)
  total=$(wc -l <<<"$images")
  n=0
  built=0
  t_images=$SECONDS
  while read -r -u 3 image dockerfile hash; do
    n=$((n + 1))
    if [[ $(image_hash "$image") == "$hash" ]]; then
      result "[$n/$total] $image: up to date"
      continue
    fi
    echo "    [$n/$total] $image: building from $dockerfile"
    t0=$SECONDS
    # Context is the repo root; .dockerignore keeps node_modules, dist and the like out.
    build_image "$image" -f "$dockerfile" --label "$HASH_LABEL=$hash" .
    built=$((built + 1))
    result "[$n/$total] $image: built in $((SECONDS - t0)) s"
  done 3<<<"$images"
  result "$total images ready, $built built in $((SECONDS - t_images)) s"
fi

# ------------------------------------------------ h. compose (--compose) ---

# Only for docker-compose.yml: Docker Compose, and the public images its
# Dockerfiles start from, made locally where no registry answers.
if [[ $COMPOSE -eq 1 ]]; then
  step "Docker Compose"
  if docker compose version >/dev/null 2>&1; then
    result "$(docker compose version)"
  elif have docker-compose; then
    result "$(docker-compose version --short 2>/dev/null | sed 's/^/docker-compose /')"
  else
    apt_install docker-compose
    result "installed Debian's docker-compose $(docker-compose version --short 2>/dev/null)"
  fi
  ensure_base_image "$COMPOSE_NODE_IMAGE" make_node_stand_in
  ensure_base_image "$COMPOSE_REDIS_IMAGE" make_redis_stand_in
fi

echo "setup: ready ($((SECONDS - START)) s)"
