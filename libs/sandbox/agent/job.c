/* A job's files: those the host sent, and the artifacts its compile stage created. */
#include "agent.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Refuses anything but a plain relative path, even though the host validated it. */
static int is_relative_path(const char *path) {
  if (path[0] == '\0' || path[0] == '/') return 0;
  const char *p = path;
  while (*p) {
    const char *slash = strchr(p, '/');
    size_t part = slash ? (size_t)(slash - p) : strlen(p);
    if (part == 0 || (part == 1 && p[0] == '.') || (part == 2 && p[0] == '.' && p[1] == '.')) return 0;
    p += part + (slash ? 1 : 0);
  }
  return 1;
}

int write_file(const char *path, const char *data, size_t len, mode_t mode) {
  char parent[4096];
  if (strlen(path) >= sizeof parent) return ENAMETOOLONG;
  strcpy(parent, path);
  for (char *slash = strchr(parent, '/'); slash; slash = strchr(slash + 1, '/')) {
    *slash = '\0';
    if (mkdir(parent, 0700) < 0 && errno != EEXIST) return errno;
    *slash = '/';
  }
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0) return errno;
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      close(fd);
      return err;
    }
    data += n;
    len -= (size_t)n;
  }
  close(fd);
  return 0;
}

void job_add_file(job_t *job, frame_t *frame, mode_t mode, int write_now) {
  if (job->stages_started) fail("file frame after a stage of the same job");
  size_t name_len = strnlen(frame->payload, frame->len);
  if (name_len == frame->len) fail("file frame without a name");
  if (!is_relative_path(frame->payload)) fail("bad file name");
  if (job->file_count == MAX_FILES) fail("more than %d files", MAX_FILES);
  job_file_t *file = &job->files[job->file_count++];
  file->path = strdup(frame->payload);
  file->len = frame->len - name_len - 1;
  file->mode = mode;
  /* Kept even when written at once: artifacts are the files a compile created or changed. */
  file->data = malloc(file->len + 1);
  if (!file->path || !file->data) fail("out of memory");
  memcpy(file->data, frame->payload + name_len + 1, file->len);
  if (write_now) {
    int err = write_file(file->path, file->data, file->len, mode);
    if (err) fail("create %s: %s", file->path, strerror(err));
  }
}

/* The job file at path, or NULL. */
static const job_file_t *find_file(const job_file_t *files, int count, const char *path) {
  for (int i = 0; i < count; i++)
    if (strcmp(files[i].path, path) == 0) return &files[i];
  return NULL;
}

static const char *write_all_files(const job_file_t *files, int count, const job_t *replaced_by) {
  static char message[512];
  for (int i = 0; i < count; i++) {
    /* A file the compile changed (a submitted "main" it overwrote) is written as the compile left it. */
    if (replaced_by && find_file(replaced_by->artifacts, replaced_by->artifact_count, files[i].path)) continue;
    int err = write_file(files[i].path, files[i].data, files[i].len, files[i].mode);
    if (err) {
      snprintf(message, sizeof message, "create %s: %s", files[i].path, strerror(err));
      return message;
    }
  }
  return NULL;
}

const char *job_write_files(const job_t *job) {
  const char *error = write_all_files(job->files, job->file_count, job);
  return error ? error : write_all_files(job->artifacts, job->artifact_count, NULL);
}

/* State of one collect_artifacts walk: nftw's callback takes no user data. */
static struct {
  const job_t *job;
  buffer_t *frames;
  size_t max_bytes;
  size_t bytes;
  int count;
  int too_large;
} walk;

/* True when the file at path holds exactly the job file's content. */
static int same_content(const char *path, const job_file_t *file) {
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return 0;
  char chunk[65536];
  size_t offset = 0;
  ssize_t got;
  int same = 1;
  while (same && (got = read(fd, chunk, sizeof chunk)) > 0) {
    same = offset + (size_t)got <= file->len && memcmp(chunk, file->data + offset, (size_t)got) == 0;
    offset += (size_t)got;
  }
  close(fd);
  return same && offset == file->len;
}

static int collect_one(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)ftw;
  if (type != FTW_F || !S_ISREG(st->st_mode)) return 0; /* links and special files are never artifacts */
  const char *name = path + 2;                           /* nftw paths start with "./" */
  const job_file_t *submitted = find_file(walk.job->files, walk.job->file_count, name);
  if (submitted && (size_t)st->st_size == submitted->len && same_content(path, submitted)) return 0;
  walk.bytes += (size_t)st->st_size;
  if (walk.bytes > walk.max_bytes || ++walk.count > MAX_ARTIFACTS) {
    walk.too_large = 1;
    return 1;
  }
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return 0;
  buffer_t payload = {0};
  char mode[16];
  int mode_len = snprintf(mode, sizeof mode, "%o", (unsigned)(st->st_mode & 0777));
  buffer_append(&payload, mode, (size_t)mode_len + 1);
  buffer_append(&payload, name, strlen(name) + 1);
  size_t start = payload.len;
  char chunk[65536];
  ssize_t got;
  while ((got = read(fd, chunk, sizeof chunk)) > 0) buffer_append(&payload, chunk, (size_t)got);
  close(fd);
  if (payload.len - start != (size_t)st->st_size) fail("artifact %s changed while it was read", name);
  buffer_append_frame(walk.frames, 'a', payload.data, payload.len);
  buffer_free(&payload);
  return 0;
}

void collect_artifacts(const job_t *job, buffer_t *frames, size_t max_bytes) {
  walk.job = job;
  walk.frames = frames;
  walk.max_bytes = max_bytes;
  walk.bytes = 0;
  walk.count = 0;
  walk.too_large = 0;
  size_t start = frames->len;
  if (nftw(".", collect_one, 16, FTW_PHYS) < 0) fail("walk the workspace: %s", strerror(errno));
  if (walk.too_large) {
    frames->len = start;
    buffer_append_frame(frames, 'n', "", 0);
  }
}

void job_keep_artifacts(job_t *job, const buffer_t *frames) {
  size_t offset = 0;
  while (offset + 5 <= frames->len) {
    const unsigned char *head = (const unsigned char *)frames->data + offset;
    size_t len = ((size_t)head[1] << 24) | ((size_t)head[2] << 16) | ((size_t)head[3] << 8) | head[4];
    const char *payload = frames->data + offset + 5;
    offset += 5 + len;
    if (offset > frames->len) fail("artifact frames cut short");
    if (head[0] != 'a') continue;
    size_t mode_len = strnlen(payload, len);
    size_t path_len = mode_len < len ? strnlen(payload + mode_len + 1, len - mode_len - 1) : 0;
    if (mode_len + 1 + path_len >= len) fail("malformed artifact frame");
    job_file_t *artifacts = realloc(job->artifacts, sizeof(job_file_t) * (size_t)(job->artifact_count + 1));
    if (!artifacts) fail("out of memory");
    job->artifacts = artifacts;
    job_file_t *file = &job->artifacts[job->artifact_count++];
    file->mode = (mode_t)strtoul(payload, NULL, 8) & 0700;
    file->path = strdup(payload + mode_len + 1);
    file->len = len - mode_len - 1 - path_len - 1;
    file->data = malloc(file->len + 1);
    if (!file->path || !file->data) fail("out of memory");
    memcpy(file->data, payload + mode_len + 1 + path_len + 1, file->len);
  }
}

void job_free(job_t *job) {
  for (int i = 0; i < job->file_count; i++) {
    free(job->files[i].path);
    free(job->files[i].data);
  }
  for (int i = 0; i < job->artifact_count; i++) {
    free(job->artifacts[i].path);
    free(job->artifacts[i].data);
  }
  free(job->artifacts);
  *job = (job_t){0};
}
