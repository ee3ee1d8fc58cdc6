#!/bin/sh
# Gives each worker container its own WORKER_ID unless one is set. The app's
# default, worker-<hostname>, does not do in containers on the host network:
# they all carry the host's hostname, so the replicas of `--scale worker=N`
# would share one id (one heartbeat, and each would remove the others'
# sandboxes at start as orphans of "its" crashed run). The container id is
# unique per replica and stays the same across restarts of that container.
set -eu

if [ -z "${WORKER_ID:-}" ]; then
  # The engine bind-mounts /etc/hostname from .../containers/<id>/hostname.
  container_id=$(sed -n 's|.*containers/\([0-9a-f]\{64\}\)/hostname /etc/hostname .*|\1|p' /proc/self/mountinfo | head -n 1)
  if [ -z "$container_id" ]; then
    echo "worker-entrypoint: cannot find this container's id in /proc/self/mountinfo; set WORKER_ID" >&2
    exit 1
  fi
  # At most 64 characters: worker- (7) + hostname (at most 44) + - (1) + 12.
  WORKER_ID="worker-$(uname -n | cut -c 1-44)-$(echo "$container_id" | cut -c 1-12)"
  export WORKER_ID
fi

exec "$@"
