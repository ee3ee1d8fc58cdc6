FROM ghostide-sandbox-base
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends swi-prolog-nox \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
