/* Frames of the GIDE2 protocol (PROTOCOL.md): 1 type byte, 4-byte big-endian length, payload. */
#include "agent.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void buffer_append(buffer_t *b, const void *data, size_t len) {
  if (b->len + len + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + len + 1) cap *= 2;
    char *grown = realloc(b->data, cap);
    if (!grown) fail("out of memory");
    b->data = grown;
    b->cap = cap;
  }
  if (len) memcpy(b->data + b->len, data, len);
  b->len += len;
  b->data[b->len] = '\0';
}

void buffer_consume(buffer_t *b, size_t len) {
  memmove(b->data, b->data + len, b->len - len);
  b->len -= len;
}

void buffer_free(buffer_t *b) {
  free(b->data);
  *b = (buffer_t){0};
}

static void write_all(int fd, const char *p, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) _exit(3); /* the host is gone: nobody to report to */
    p += n;
    len -= (size_t)n;
  }
}

static void frame_head(unsigned char head[5], char type, size_t len) {
  head[0] = (unsigned char)type;
  head[1] = (unsigned char)(len >> 24);
  head[2] = (unsigned char)(len >> 16);
  head[3] = (unsigned char)(len >> 8);
  head[4] = (unsigned char)len;
}

void send_frame(char type, const void *payload, size_t len) {
  unsigned char head[5];
  frame_head(head, type, len);
  write_all(STDOUT_FILENO, (const char *)head, sizeof head);
  if (len) write_all(STDOUT_FILENO, payload, len);
}

void send_text_frame(char type, const char *text) { send_frame(type, text, strlen(text)); }

void buffer_append_frame(buffer_t *b, char type, const void *payload, size_t len) {
  unsigned char head[5];
  frame_head(head, type, len);
  buffer_append(b, head, sizeof head);
  buffer_append(b, payload, len);
}

void fail(const char *fmt, ...) {
  char message[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  send_text_frame('x', message);
  /* Whatever a stage left behind ends with the agent (PID 1 is exempt from kill(-1)). */
  kill(-1, SIGKILL);
  _exit(2);
}

int take_frame(buffer_t *b, frame_t *frame) {
  if (b->len < 5) return 0;
  const unsigned char *head = (const unsigned char *)b->data;
  uint32_t len = ((uint32_t)head[1] << 24) | ((uint32_t)head[2] << 16) | ((uint32_t)head[3] << 8) | head[4];
  if (len > MAX_HOST_FRAME_BYTES) fail("frame of %u bytes is larger than %u", len, MAX_HOST_FRAME_BYTES);
  if (b->len < 5 + (size_t)len) return 0;
  frame->type = (char)head[0];
  frame->len = len;
  frame->payload = malloc((size_t)len + 1);
  if (!frame->payload) fail("out of memory");
  memcpy(frame->payload, b->data + 5, len);
  frame->payload[len] = '\0';
  buffer_consume(b, 5 + (size_t)len);
  return 1;
}

size_t read_from_host(buffer_t *input) {
  char chunk[65536];
  for (;;) {
    ssize_t n = read(STDIN_FILENO, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("read from host: %s", strerror(errno));
    buffer_append(input, chunk, (size_t)n);
    return (size_t)n;
  }
}

int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void send_frames(const buffer_t *frames) { write_all(STDOUT_FILENO, frames->data, frames->len); }

char peek_frame_type(const buffer_t *b) {
  if (b->len < 5) return 0;
  const unsigned char *head = (const unsigned char *)b->data;
  uint32_t len = ((uint32_t)head[1] << 24) | ((uint32_t)head[2] << 16) | ((uint32_t)head[3] << 8) | head[4];
  if (len > MAX_HOST_FRAME_BYTES) fail("frame of %u bytes is larger than %u", len, MAX_HOST_FRAME_BYTES);
  return b->len >= 5 + (size_t)len ? (char)head[0] : 0;
}
