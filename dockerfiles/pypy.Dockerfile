FROM ghostide-sandbox-base
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends pypy3 \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
