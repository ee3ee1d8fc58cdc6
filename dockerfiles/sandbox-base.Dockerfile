# The base of every sandbox image: Debian, the in-sandbox agent and the
# unprivileged sandbox user. Built from the repository root:
#   docker build --network host -f dockerfiles/sandbox-base.Dockerfile -t ghostide-sandbox-base .
FROM debian:bookworm-slim AS agent-build
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
COPY libs/sandbox/agent/*.c libs/sandbox/agent/*.h /src/
# Static, so the agent needs nothing from the language image it lands in; hardened, as it parses the host's frames.
RUN gcc -O2 -static -Wall -Wextra -Werror -D_FORTIFY_SOURCE=2 -fstack-protector-strong -o /ghostide-agent /src/*.c

FROM debian:bookworm-slim
COPY --from=agent-build /ghostide-agent /usr/local/bin/ghostide-agent
# uid 10001 owns nothing in the image but the (tmpfs-mounted) workspace.
RUN useradd --uid 10001 --user-group --home-dir /workspace --no-create-home --shell /usr/sbin/nologin sandbox \
 && mkdir -p /workspace \
 && chown sandbox:sandbox /workspace \
 && chmod 0700 /workspace
WORKDIR /workspace
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/ghostide-agent"]
