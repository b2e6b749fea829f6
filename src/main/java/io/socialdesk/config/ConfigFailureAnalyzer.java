package io.socialdesk.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Turns a wrong configuration value into one readable startup report: the key as written in
 * {@code bot-config.yml}, the value, where it came from and what is allowed. Runs before Boot's own analyzers.
 */
public final class ConfigFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final String ACTION =
            "Correct the value in your configuration (see bot-config.example.yml for every key with its meaning)"
                    + " and start again.";

    /** What the value types we bind look like, for values that do not convert. */
    private static final Map<Class<?>, String> DESCRIBED_TYPES = Map.of(
            java.time.ZoneId.class, "an IANA time zone id such as Europe/Berlin or UTC",
            java.time.Duration.class, "a duration such as 90s, 15m, 24h or 7d",
            java.time.LocalTime.class, "a time of day such as 07:30",
            Integer.class, "a whole number",
            int.class, "a whole number",
            Double.class, "a number such as 4.0",
            double.class, "a number such as 4.0",
            Boolean.class, "true or false",
            boolean.class, "true or false");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        InvalidConfigException invalid = find(failure, InvalidConfigException.class);
        BindException bind = find(failure, BindException.class);
        if (invalid != null) {
            return new FailureAnalysis(describe(invalid, bind), ACTION, failure);
        }
        if (bind == null || !bind.getName().toString().startsWith("socialdesk")) {
            return null;
        }
        UnboundConfigurationPropertiesException unbound = find(failure, UnboundConfigurationPropertiesException.class);
        if (unbound != null) {
            return new FailureAnalysis(describeUnknownKeys(bind, unbound), ACTION, failure);
        }
        return new FailureAnalysis(describe(bind), ACTION, failure);
    }

    private static String describe(InvalidConfigException invalid, @Nullable BindException bind) {
        String origin = bind == null || bind.getProperty() == null
                ? ""
                : originOf(bind.getProperty().getOrigin());
        return "Invalid configuration: %s = '%s'%s%n  allowed: %s"
                .formatted(userKey(invalid.key()), invalid.value(), origin, invalid.allowed());
    }

    private static String describe(BindException bind) {
        ConfigurationProperty property = bind.getProperty();
        String key = userKey(
                property == null
                        ? bind.getName().toString()
                        : property.getName().toString());
        String value = property == null ? "" : shown(key, property.getValue());
        return "Invalid configuration: %s = '%s'%s%n  allowed: %s"
                .formatted(key, value, originOf(property == null ? null : property.getOrigin()), allowedValues(bind));
    }

    /** Enum values are listed; for other types the converter's own message says what it takes. */
    private static String allowedValues(BindException bind) {
        Class<?> type = bind.getTarget().getType().resolve(Object.class);
        if (type.isEnum()) {
            return "one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant)
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', '-'))
                            .toList();
        }
        String described = DESCRIBED_TYPES.get(type);
        if (described != null) {
            return described;
        }
        Throwable root = bind;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static String describeUnknownKeys(BindException bind, UnboundConfigurationPropertiesException unbound) {
        Class<?> target = bind.getTarget().getType().resolve(Object.class);
        StringBuilder description = new StringBuilder("Invalid configuration: unknown key");
        for (ConfigurationProperty property : unbound.getUnboundProperties()) {
            ConfigurationPropertyName name = property.getName();
            List<String> path = relativePath(bind.getName(), name);
            description
                    .append(System.lineSeparator())
                    .append("  ")
                    .append(userKey(name.toString()))
                    .append(" = '")
                    .append(shown(name.toString(), property.getValue()))
                    .append("'")
                    .append(originOf(property.getOrigin()));
            List<String> allowed = allowedKeys(target, path.subList(0, path.size() - 1));
            if (!allowed.isEmpty()) {
                description
                        .append(System.lineSeparator())
                        .append("  allowed keys here: ")
                        .append(allowed);
            }
        }
        return description.toString();
    }

    /** The kebab-case names of the record components reachable at {@code path} below {@code root}. */
    static List<String> allowedKeys(Class<?> root, List<String> path) {
        ResolvableType type = ResolvableType.forClass(root);
        for (String element : path) {
            type = step(type, element);
            if (type == ResolvableType.NONE) {
                return List.of();
            }
        }
        Class<?> resolved = type.resolve();
        if (resolved == null || !resolved.isRecord()) {
            return List.of();
        }
        return java.util.Arrays.stream(resolved.getRecordComponents())
                .map(component -> kebab(component.getName()))
                .toList();
    }

    private static ResolvableType step(ResolvableType type, String element) {
        Class<?> resolved = type.resolve();
        if (resolved == null) {
            return ResolvableType.NONE;
        }
        if (Collection.class.isAssignableFrom(resolved)) {
            return type.asCollection().getGeneric(0);
        }
        if (Map.class.isAssignableFrom(resolved)) {
            return type.asMap().getGeneric(1);
        }
        if (resolved.isRecord()) {
            for (RecordComponent component : resolved.getRecordComponents()) {
                if (kebab(component.getName()).equals(element)) {
                    return ResolvableType.forMethodReturnType(component.getAccessor());
                }
            }
        }
        return ResolvableType.NONE;
    }

    private static List<String> relativePath(ConfigurationPropertyName parent, ConfigurationPropertyName name) {
        List<String> path = new ArrayList<>();
        for (int i = parent.getNumberOfElements(); i < name.getNumberOfElements(); i++) {
            path.add(name.getElement(i, ConfigurationPropertyName.Form.DASHED));
        }
        return path;
    }

    private static String kebab(String camel) {
        return camel.chars()
                .mapToObj(c ->
                        Character.isUpperCase(c) ? "-" + Character.toLowerCase((char) c) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    /** A token pasted into the file by mistake must not end up in the log. */
    static String shown(String key, @Nullable Object value) {
        return SECRET_KEY.matcher(key).find() ? "(hidden)" : String.valueOf(value);
    }

    private static final java.util.regex.Pattern SECRET_KEY =
            java.util.regex.Pattern.compile("token|secret|password|key", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The key as the team writes it in bot-config.yml, without our internal prefix. */
    static String userKey(String key) {
        return key.startsWith(BotConfigEnvironmentPostProcessor.PREFIX)
                ? key.substring(BotConfigEnvironmentPostProcessor.PREFIX.length())
                : key;
    }

    private static String originOf(@Nullable Origin origin) {
        return origin == null ? "" : " (from " + origin + ")";
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
