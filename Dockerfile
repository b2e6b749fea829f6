# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the fat jar (tests run in CI, not here).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true \
    && cp target/socialdesk.jar /src/socialdesk.jar

# Run stage: a JRE, a non-root user that owns /app/data (H2 must be able to create its files there).
FROM eclipse-temurin:21-jre
RUN groupadd --system socialdesk && useradd --system --gid socialdesk --home-dir /app socialdesk \
    && mkdir -p /app/data && chown -R socialdesk:socialdesk /app \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build --chown=socialdesk:socialdesk /src/socialdesk.jar /app/socialdesk.jar
COPY --chown=socialdesk:socialdesk bot-config.example.yml /app/bot-config.example.yml
USER socialdesk
ENV SOCIALDESK_DATA_DIR=/app/data \
    SERVER_ADDRESS=0.0.0.0 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/socialdesk.jar"]
