FROM ghostide-sandbox-java
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends clojure \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
