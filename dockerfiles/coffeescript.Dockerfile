FROM ghostide-sandbox-javascript
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends coffeescript \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
