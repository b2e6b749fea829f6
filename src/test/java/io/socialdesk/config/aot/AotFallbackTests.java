package io.socialdesk.config.aot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.SpringProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/** The AOT switch is a JVM-wide flag; each test sets it as {@code -Dspring.aot.enabled=true} would, and clears it. */
class AotFallbackTests {

    private final AotFallback fallback = new AotFallback(new DeferredLogs());

    @BeforeEach
    void startWithAotOn() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
    }

    @AfterEach
    void clearTheSwitch() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void aStartLikeTheBuildKeepsTheFrozenBeans() {
        fallback.postProcessEnvironment(local(), applicationBuiltFor(AotBuild.of(local())));

        assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
    }

    @Test
    void aSlackStartOnALocalBuildChoosesItsBeansAsUsual() {
        MockEnvironment slack = new MockEnvironment().withProperty("socialdesk.chat.platform", "slack");

        fallback.postProcessEnvironment(slack, applicationBuiltFor(AotBuild.of(local())));

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void aPostgresStartOnABuildWithoutProfilesChoosesItsBeansAsUsual() {
        MockEnvironment postgres = local();
        postgres.setActiveProfiles("postgres");

        fallback.postProcessEnvironment(postgres, applicationBuiltFor(AotBuild.of(local())));

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void aJarWithoutTheBuildsFactsChoosesItsBeansAsUsual() {
        fallback.postProcessEnvironment(local(), applicationBuiltFor(null));

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    private static SpringApplication applicationBuiltFor(@Nullable AotBuild build) {
        ClassLoader jar = new ClassLoader(AotFallbackTests.class.getClassLoader()) {
            @Override
            public @Nullable InputStream getResourceAsStream(String name) {
                if (!name.equals(AotBuild.RESOURCE)) {
                    return super.getResourceAsStream(name);
                }
                return build == null
                        ? null
                        : new ByteArrayInputStream(build.write().getBytes(StandardCharsets.ISO_8859_1));
            }
        };
        SpringApplication application = new SpringApplication();
        application.setResourceLoader(new DefaultResourceLoader(jar));
        return application;
    }

    private static MockEnvironment local() {
        return new MockEnvironment().withProperty("socialdesk.chat.platform", "local");
    }
}
