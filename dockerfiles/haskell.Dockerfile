FROM ghostide-sandbox-cpp
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends ghc \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
