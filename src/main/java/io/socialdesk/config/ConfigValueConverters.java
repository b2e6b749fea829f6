package io.socialdesk.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Converters whose failure messages say what is allowed, so that the startup report is useful on its own. */
@Configuration(proxyBeanMethods = false)
class ConfigValueConverters {

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, ZoneId> zoneIdConverter() {
        return ConfigValueConverters::zoneId;
    }

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, CronSchedule> cronScheduleConverter() {
        return value -> new CronSchedule(value.trim());
    }

    static ZoneId zoneId(String value) {
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException ex) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a time zone; use an IANA zone id such as Europe/Berlin or UTC");
        }
    }
}
