FROM ghostide-sandbox-cpp
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends valac libglib2.0-dev \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
