package io.socialdesk.config.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The inputs of the bean-definition decisions that Spring AOT takes once, at build time: the properties our own
 * {@code @ConditionalOnProperty} beans switch on, the active profiles, the Java version and whether virtual
 * threads are on (Boot's {@code @ConditionalOnThreading}). Two starts with equal facts get the same beans.
 */
record AotBuild(Map<String, String> facts) {

    /** Where the build writes its facts, inside the jar. */
    static final String RESOURCE = "META-INF/socialdesk/aot-build.properties";

    /**
     * The properties that switch the bot's own beans on or off. A new {@code @ConditionalOnProperty} on another
     * key must be added here, or the frozen start would ignore it; {@code AotBuildTests} checks that.
     */
    static final List<String> SWITCHES = List.of("socialdesk.chat.platform");

    static final String PROFILES = "profiles";
    static final String JAVA = "java";
    static final String VIRTUAL_THREADS = "virtual-threads";

    AotBuild {
        facts = Map.copyOf(facts);
    }

    static AotBuild of(ConfigurableEnvironment environment) {
        Map<String, String> facts = new TreeMap<>();
        for (String key : SWITCHES) {
            facts.put(key, environment.getProperty(key, ""));
        }
        String[] profiles = environment.getActiveProfiles().clone();
        Arrays.sort(profiles);
        facts.put(PROFILES, String.join(",", profiles));
        facts.put(JAVA, String.valueOf(Runtime.version().feature()));
        facts.put(VIRTUAL_THREADS, String.valueOf(Threading.VIRTUAL.isActive(environment)));
        return new AotBuild(facts);
    }

    /** The facts the jar was built with, or {@code null} when it carries none (not AOT-processed by us). */
    static @Nullable AotBuild read(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
            return in == null ? null : parse(in);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
        }
    }

    static AotBuild parse(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        Map<String, String> facts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> facts.put(key, properties.getProperty(key)));
        return new AotBuild(facts);
    }

    /** One {@code key=value} line per fact, sorted, so the same build writes the same file. */
    String write() {
        StringBuilder text = new StringBuilder("# what Spring AOT froze the bean definitions for; see AotFallback\n");
        new TreeMap<>(facts)
                .forEach((key, value) ->
                        text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** What differs between this build and {@code start}, one readable line per fact; empty when nothing does. */
    List<String> differencesTo(AotBuild start) {
        List<String> differences = new ArrayList<>();
        TreeMap<String, String> all = new TreeMap<>(facts);
        start.facts().forEach(all::putIfAbsent);
        for (String key : all.keySet()) {
            String built = facts.get(key);
            String now = start.facts().get(key);
            if (!Objects.equals(built, now)) {
                differences.add("%s: %s here, %s in the build".formatted(key, shown(now), shown(built)));
            }
        }
        return differences;
    }

    private static String shown(@Nullable String value) {
        return value == null ? "unknown" : value.isEmpty() ? "none" : value;
    }
}
