# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the fat jar with Spring AOT's bean definitions (tests run in CI, not here),
# then unpacks it, as the JVM's AOT cache needs.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true \
    && java -Djarmode=tools -jar target/socialdesk.jar extract --destination /src/app

# Run stage: the same Java release as the build (Spring AOT's beans were worked out for it), a non-root user that
# owns /app/data (H2 must be able to create its files there).
FROM eclipse-temurin:25-jre
RUN groupadd --system socialdesk && useradd --system --gid socialdesk --home-dir /app socialdesk \
    && mkdir -p /app/data && chown -R socialdesk:socialdesk /app \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build --chown=socialdesk:socialdesk /src/app /app
COPY --chown=socialdesk:socialdesk bot-config.example.yml /app/bot-config.example.yml
USER socialdesk
# A serial collector and a 64 MB starting heap suit the bot (some 40 MB of live data); the heap may grow to 75 %
# of the container's memory.
ENV SOCIALDESK_DATA_DIR=/app/data \
    SERVER_ADDRESS=0.0.0.0 \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms64m -XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
# Training run: the JVM records what the start loads and links into an AOT cache that the image keeps. It starts
# the bot on its built-in defaults with a throw-away database and no tokens, and stops once the beans are ready,
# before any port opens or anything connects. -Xmx pins compressed object pointers, which the cache needs to match
# at runtime: it does in any container below 40 GB; in a larger one the JVM says so and starts without the cache.
RUN java -Xmx512m -XX:AOTCacheOutput=/app/socialdesk.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
        -jar /app/socialdesk.jar --socialdesk.config-file=none --socialdesk.data-dir=/tmp/training \
    && rm -rf /tmp/training
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
# With a Slack or Discord token, or another profile, the bot sets Spring AOT aside by itself (see
# io.socialdesk.config.aot) and still starts from the AOT cache.
ENTRYPOINT ["java", "-XX:AOTCache=/app/socialdesk.aot", "-Dspring.aot.enabled=true", "-jar", "/app/socialdesk.jar"]
