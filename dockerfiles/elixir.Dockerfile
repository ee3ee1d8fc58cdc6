FROM ghostide-sandbox-erlang
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends elixir \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
