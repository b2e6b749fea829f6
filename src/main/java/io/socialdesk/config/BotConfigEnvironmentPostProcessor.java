package io.socialdesk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * Puts the team's {@code bot-config.yml} into the environment. Its top-level sections become
 * {@code socialdesk.<section>.*}, where each module binds its properties record; environment variables and
 * command-line arguments still override single values. Also picks the chat platform from the tokens that are
 * set, so that a fresh clone with no tokens runs on the local chat.
 */
public final class BotConfigEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The sections a config file may have; each belongs to one module. */
    public static final Set<String> SECTIONS = Set.of("team", "chat", "feeds", "digest", "approval", "watch", "oncall");

    static final String DEFAULT_FILE = "bot-config.yml";
    static final String PREFIX = "socialdesk.";

    private final Log log;

    public BotConfigEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(BotConfigEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        // after Boot's own config data, so application.properties and test properties can name the file
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path file = configFile(environment);
        if (file == null) {
            log.info("No " + DEFAULT_FILE + " found; running on built-in defaults (copy bot-config.example.yml" + " to "
                    + DEFAULT_FILE + " to configure your team)");
        } else {
            log.info("Reading configuration from " + file.toAbsolutePath().normalize());
            addAfterEnvironment(environment, load(file));
        }
        environment.getPropertySources().addLast(new MapPropertySource("socialdesk-derived", derived(environment)));
    }

    private static @Nullable Path configFile(ConfigurableEnvironment environment) {
        String named = firstNonBlank(
                environment.getProperty("config"),
                environment.getProperty("SOCIALDESK_CONFIG"),
                environment.getProperty("socialdesk.config-file"));
        if (named != null) {
            if (named.equals("none")) {
                return null;
            }
            Path path = Path.of(named);
            if (!Files.isReadable(path) || Files.isDirectory(path)) {
                throw new InvalidConfigException("--config", named, "the path of a readable YAML file");
            }
            return path;
        }
        Path fallback = Path.of(DEFAULT_FILE);
        return Files.isReadable(fallback) ? fallback : null;
    }

    private static PropertySource<?> load(Path file) {
        List<PropertySource<?>> documents;
        try {
            documents = new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
        } catch (IOException | RuntimeException ex) {
            throw new InvalidConfigException(
                    file.toString(), "(file)", "valid YAML; the parser said: " + firstLine(ex.getMessage()));
        }
        if (documents.size() > 1) {
            throw new InvalidConfigException(file.toString(), "(file)", "one YAML document, without '---' lines");
        }
        Map<String, Object> prefixed = new LinkedHashMap<>();
        if (!documents.isEmpty() && documents.get(0) instanceof MapPropertySource document) {
            Set<String> unknown = new TreeSet<>();
            // the raw values keep their origin (file, line, column) for the startup report
            for (Map.Entry<String, Object> entry : document.getSource().entrySet()) {
                String section = entry.getKey().split("[.\\[]", 2)[0];
                if (!SECTIONS.contains(section)) {
                    unknown.add(section);
                }
                prefixed.put(PREFIX + entry.getKey(), entry.getValue());
            }
            if (!unknown.isEmpty()) {
                throw new InvalidConfigException(
                        String.join(", ", unknown), "(section)", "top-level sections " + new TreeSet<>(SECTIONS));
            }
        }
        return new OriginTrackedMapPropertySource("bot-config [" + file + "]", prefixed, true);
    }

    private static void addAfterEnvironment(ConfigurableEnvironment environment, PropertySource<?> source) {
        var sources = environment.getPropertySources();
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
    }

    /**
     * Values that follow from others: the platform follows from which tokens are set. Tokens count only as
     * environment variables, never from a file or the command line, where they would leak into shell history.
     */
    private static Map<String, Object> derived(ConfigurableEnvironment environment) {
        EnvironmentVariables variables = EnvironmentVariables.of(environment);
        String platform;
        if (variables.get("SLACK_BOT_TOKEN") != null) {
            platform = "slack";
        } else if (variables.get("DISCORD_BOT_TOKEN") != null) {
            platform = "discord";
        } else {
            platform = "local";
        }
        return Map.of(PREFIX + "chat.platform", platform);
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (hasText(value)) {
                return value.trim();
            }
        }
        return null;
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "unreadable file" : message.lines().findFirst().orElse(message);
    }
}
