package io.socialdesk;

import io.socialdesk.local.LocalChatClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A really started bot for tests: its bot-config.yml, the environment variables it sees (and no others: tokens
 * may only come from there), extra beans, and a client for its local chat. Restartable on the same database.
 */
public final class BotUnderTest implements AutoCloseable {

    private final Path folder;
    private final Map<String, Object> variables = new HashMap<>();
    private final List<Class<?>> sources = new ArrayList<>(List.of(SocialDeskApplication.class));
    private final List<String> arguments = new ArrayList<>();
    private String config = "";
    private ConfigurableApplicationContext context;

    public BotUnderTest(Path folder) {
        this.folder = folder;
    }

    public BotUnderTest config(String yaml) {
        this.config = yaml;
        return this;
    }

    public BotUnderTest variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** A class whose {@code @Bean} methods or listeners join the bot; never annotate it {@code @Configuration}. */
    public BotUnderTest with(Class<?> source) {
        sources.add(source);
        return this;
    }

    public BotUnderTest argument(String argument) {
        arguments.add(argument);
        return this;
    }

    public BotUnderTest start() {
        try {
            Path file = folder.resolve("bot-config.yml");
            Files.writeString(file, config);
            StandardEnvironment environment = new StandardEnvironment();
            environment
                    .getPropertySources()
                    .replace(
                            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            new SystemEnvironmentPropertySource(
                                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                    Map.copyOf(variables)));
            List<String> args = new ArrayList<>(
                    List.of("--config=" + file, "--server.port=0", "--socialdesk.data-dir=" + folder.resolve("data")));
            args.addAll(arguments);
            context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                    .environment(environment)
                    .run(args.toArray(String[]::new));
            return this;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public BotUnderTest restart() {
        stop();
        return start();
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public LocalChatClient chat() {
        return new LocalChatClient(port());
    }
}
