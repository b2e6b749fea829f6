package io.socialdesk.config;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The process's environment variables and nothing else: where tokens and secrets come from. A value set in a
 * file or on the command line does not count, so a secret never ends up in shell history or a config file.
 */
public final class EnvironmentVariables {

    private final @Nullable PropertySource<?> variables;

    private EnvironmentVariables(@Nullable PropertySource<?> variables) {
        this.variables = variables;
    }

    public static EnvironmentVariables of(ConfigurableEnvironment environment) {
        return new EnvironmentVariables(
                environment.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME));
    }

    /** The trimmed value of {@code name}, or {@code null} when it is unset or blank. */
    public @Nullable String get(String name) {
        Object value = variables == null ? null : variables.getProperty(name);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().trim();
    }
}
