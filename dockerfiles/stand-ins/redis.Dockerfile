# Stand-in for the official redis:7-bookworm, made by `scripts/setup.sh --compose`
# only where no registry answers: Debian's redis-server (7.0 in bookworm), run as
# its `redis` user from /data like the official image. Needs no context.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends redis-server \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir /data \
 && chown redis:redis /data
WORKDIR /data
USER redis
EXPOSE 6379
CMD ["redis-server"]
