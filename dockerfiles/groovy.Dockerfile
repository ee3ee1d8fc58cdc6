FROM ghostide-sandbox-java
USER root
# default-jre-headless: the groovy script runs $JAVA_HOME/bin/java, /usr/lib/jvm/default-java.
RUN apt-get update \
 && apt-get install -y --no-install-recommends groovy default-jre-headless \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
