FROM ghostide-sandbox-base
USER root
# mkdir: the JDK's post-install scripts expect man pages' folders that slim images drop.
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
