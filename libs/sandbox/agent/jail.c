/*
 * The jail of one stage, set up by its init: the process the agent cloned
 * into new user, pid, mount, net, ipc and uts namespaces. Inside, uid 10001
 * is itself (mapped 1:1), so files keep their owner; the init holds
 * capabilities over its own namespaces only, and the program it starts
 * holds none.
 *
 * Everything writable is new: /workspace, /tmp and /dev/shm are fresh tmpfs
 * mounts, /dev/mqueue a fresh mqueue of the new ipc namespace, /proc a fresh
 * proc of the new pid namespace (so the jail sees its own processes only).
 * On that /proc the paths Docker masks or makes read-only are masked and
 * made read-only again: the host container runs with systempaths=unconfined,
 * because the kernel refuses a new proc mount while parts of the old one are
 * covered. The network namespace has only lo, brought up for programs that
 * talk to themselves.
 */
#include "agent.h"

#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

/* Docker's masked paths (moby oci/defaults.go): files get /dev/null, folders an empty read-only tmpfs. */
static const char *const MASKED_PATHS[] = {
    "/proc/asound",    "/proc/acpi",       "/proc/kcore",       "/proc/keys", "/proc/latency_stats",
    "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
    "/sys/devices/virtual/powercap",
};
/* Docker's read-only paths. */
static const char *const READONLY_PATHS[] = {"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"};

static char error_message[256];

static const char *failed(const char *what) {
  snprintf(error_message, sizeof error_message, "jail: %s: %s", what, strerror(errno));
  return error_message;
}

static int write_text(const char *path, const char *text) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = write(fd, text, strlen(text));
  close(fd);
  return n == (ssize_t)strlen(text) ? 0 : -1;
}

/* Maps uid and gid 10001 to themselves; "deny" setgroups first, as the kernel requires for gid_map. */
static const char *map_ids(void) {
  char map[64];
  snprintf(map, sizeof map, "%d %d 1", SANDBOX_ID, SANDBOX_ID);
  /* The agent is not dumpable, which makes /proc/self root's: dumpable for as long as this takes. */
  if (prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) < 0) return failed("prctl(PR_SET_DUMPABLE)");
  /* gVisor has no setgroups file (and needs none). */
  if (write_text("/proc/self/setgroups", "deny") < 0 && errno != ENOENT) return failed("write /proc/self/setgroups");
  if (write_text("/proc/self/uid_map", map) < 0) return failed("write /proc/self/uid_map");
  if (write_text("/proc/self/gid_map", map) < 0) return failed("write /proc/self/gid_map");
  /* Not dumpable again: the program (same uid) can then neither read this process's memory nor its fds. */
  if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0) return failed("prctl(PR_SET_DUMPABLE)");
  return NULL;
}

static const char *mount_fresh(const char *type, const char *target, unsigned long flags, const char *options) {
  if (mount(type, target, type, flags, options) < 0) {
    snprintf(error_message, sizeof error_message, "jail: mount %s on %s: %s", type, target, strerror(errno));
    return error_message;
  }
  return NULL;
}

static const char *mask_paths(void) {
  for (size_t i = 0; i < sizeof MASKED_PATHS / sizeof MASKED_PATHS[0]; i++) {
    const char *path = MASKED_PATHS[i];
    struct stat st;
    if (stat(path, &st) < 0) {
      if (errno == ENOENT) continue; /* not on this kernel */
      return failed(path);
    }
    int rc = S_ISDIR(st.st_mode) ? mount("tmpfs", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k")
                                 : mount("/dev/null", path, NULL, MS_BIND, NULL);
    if (rc < 0) return failed(path);
  }
  for (size_t i = 0; i < sizeof READONLY_PATHS / sizeof READONLY_PATHS[0]; i++) {
    const char *path = READONLY_PATHS[i];
    if (mount(path, path, NULL, MS_BIND | MS_REC, NULL) < 0) {
      if (errno == ENOENT) continue;
      return failed(path);
    }
    if (mount(path, path, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
      return failed(path);
  }
  return NULL;
}

static const char *loopback_up(void) {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return failed("socket");
  struct ifreq ifr = {0};
  strcpy(ifr.ifr_name, "lo");
  int rc = ioctl(fd, SIOCGIFFLAGS, &ifr);
  if (rc == 0) {
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    rc = ioctl(fd, SIOCSIFFLAGS, &ifr);
  }
  close(fd);
  return rc < 0 ? failed("bring lo up") : NULL;
}

const char *enter_jail(int workspace_mb) {
  const char *error;
  if ((error = map_ids())) return error;
  /* Nothing mounted here propagates back to the host container. */
  if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) return failed("make / private");
  char workspace_options[96];
  snprintf(workspace_options, sizeof workspace_options, "size=%dm,mode=0700,uid=%d,gid=%d", workspace_mb, SANDBOX_ID,
           SANDBOX_ID);
  /* The workspace is the only place a program can write and execute (compiled binaries live there). */
  if ((error = mount_fresh("tmpfs", WORKSPACE, MS_NOSUID | MS_NODEV, workspace_options))) return error;
  if ((error = mount_fresh("tmpfs", "/tmp", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=16m,mode=1777"))) return error;
  if ((error = mount_fresh("tmpfs", "/dev/shm", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=16m,mode=1777"))) return error;
  if ((error = mount_fresh("mqueue", "/dev/mqueue", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL))) return error;
  if ((error = mount_fresh("proc", "/proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL))) return error;
  if ((error = mask_paths())) return error;
  if ((error = loopback_up())) return error;
  if (chdir(WORKSPACE) < 0) return failed("chdir " WORKSPACE);
  return NULL;
}
