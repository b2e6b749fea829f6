package io.socialdesk.config.aot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mock.env.MockEnvironment;

class AotBuildTests {

    @Test
    void recordsThePlatformTheProfilesTheJavaVersionAndTheThreads() {
        MockEnvironment environment = new MockEnvironment().withProperty("socialdesk.chat.platform", "slack");
        environment.setActiveProfiles("postgres", "eu");

        AotBuild build = AotBuild.of(environment);

        assertThat(build.facts())
                .containsEntry("socialdesk.chat.platform", "slack")
                .containsEntry(AotBuild.PROFILES, "eu,postgres")
                .containsEntry(AotBuild.JAVA, String.valueOf(Runtime.version().feature()))
                .containsEntry(AotBuild.VIRTUAL_THREADS, "false");
    }

    @Test
    void aStartLikeTheBuildDiffersInNothing() {
        AotBuild build = AotBuild.of(local());

        assertThat(build.differencesTo(AotBuild.of(local()))).isEmpty();
    }

    @Test
    void aSlackTokenMakesTheStartDifferFromALocalBuild() {
        AotBuild build = AotBuild.of(local());

        assertThat(build.differencesTo(AotBuild.of(local().withProperty("socialdesk.chat.platform", "slack"))))
                .containsExactly("socialdesk.chat.platform: slack here, local in the build");
    }

    @Test
    void aProfileMakesTheStartDifferFromABuildWithout() {
        MockEnvironment postgres = local();
        postgres.setActiveProfiles("postgres");

        assertThat(AotBuild.of(local()).differencesTo(AotBuild.of(postgres)))
                .containsExactly("profiles: postgres here, none in the build");
    }

    @Test
    void anotherJavaMakesTheStartDiffer() {
        AotBuild build = new AotBuild(Map.of(AotBuild.JAVA, "17"));

        assertThat(build.differencesTo(new AotBuild(Map.of(AotBuild.JAVA, "25"))))
                .containsExactly("java: 25 here, 17 in the build");
    }

    @Test
    void theWrittenFileReadsBackAsTheSameFacts() throws IOException {
        AotBuild build = AotBuild.of(local());

        AotBuild read = AotBuild.parse(new ByteArrayInputStream(build.write().getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(read).isEqualTo(build);
    }

    @Test
    void everyPropertyThatSwitchesOurBeansIsRecorded() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.socialdesk");
        Set<String> switches = new TreeSet<>();
        for (JavaClass type : classes) {
            Stream.concat(Stream.of(type), type.getMembers().stream().map(JavaMember.class::cast))
                    .forEach(element -> element.tryGetAnnotationOfType(ConditionalOnProperty.class)
                            .ifPresent(condition -> switches.addAll(names(condition))));
        }

        assertThat(switches).contains("socialdesk.chat.platform");
        assertThat(AotBuild.SWITCHES).containsAll(switches);
    }

    private static Set<String> names(ConditionalOnProperty condition) {
        String prefix = condition.prefix().isEmpty() ? "" : condition.prefix() + ".";
        Set<String> names = new TreeSet<>();
        Stream.concat(Stream.of(condition.name()), Stream.of(condition.value()))
                .forEach(name -> names.add(prefix + name));
        return names;
    }

    private static MockEnvironment local() {
        return new MockEnvironment().withProperty("socialdesk.chat.platform", "local");
    }
}
