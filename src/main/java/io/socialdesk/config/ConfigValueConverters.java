package io.socialdesk.config;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Converters for our own value types, whose failure messages say what is allowed. */
@Configuration(proxyBeanMethods = false)
class ConfigValueConverters {

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, CronSchedule> cronScheduleConverter() {
        return value -> new CronSchedule(value.trim());
    }
}
