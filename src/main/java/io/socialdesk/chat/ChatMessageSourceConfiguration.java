package io.socialdesk.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source over every module's bundles ({@code i18n/<module>/messages_de|en.properties}), so a module
 * adds texts by adding its bundle and nothing else.
 */
@Configuration(proxyBeanMethods = false)
final class ChatMessageSourceConfiguration {

    static final String BUNDLES = "classpath*:i18n/*/messages_en.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        // every text goes through MessageFormat, so a quote is always written '' in the bundles
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    static String[] basenames() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(BUNDLES);
            return Arrays.stream(bundles)
                    .map(bundle -> "i18n/" + moduleOf(bundle) + "/messages")
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot list the message bundles", ex);
        }
    }

    private static String moduleOf(Resource bundle) {
        try {
            String path = bundle.getURL().toString();
            String folder = path.substring(0, path.lastIndexOf('/'));
            return folder.substring(folder.lastIndexOf('/') + 1);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
