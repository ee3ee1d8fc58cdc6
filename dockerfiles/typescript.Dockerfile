FROM ghostide-sandbox-javascript
USER root
# Debian's node-typescript brings Node's type declarations (/usr/share/nodejs/@types/node) with it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends node-typescript \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
