package io.socialdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every user-facing text exists in German and English, and no apostrophe breaks MessageFormat. */
class MessageBundlesTests {

    @Test
    void everyModuleSaysEverythingInBothLanguages() throws IOException {
        Resource[] english =
                new PathMatchingResourcePatternResolver().getResources(ChatMessageSourceConfiguration.BUNDLES);
        assertThat(english).hasSizeGreaterThanOrEqualTo(2);

        for (Resource bundle : english) {
            Properties en = load(bundle);
            Properties de = load(bundle.createRelative("messages_de.properties"));
            assertThat(de.stringPropertyNames()).as("German keys of %s", bundle).isEqualTo(en.stringPropertyNames());
            for (Properties texts : new Properties[] {en, de}) {
                // every text goes through MessageFormat, where a lone apostrophe silently swallows what follows
                texts.forEach((key, text) ->
                        assertThat((String) text).as("%s in %s", key, bundle).doesNotContainPattern("(?<!')'(?!')"));
            }
        }
    }

    @Test
    void germanAndEnglishTextsDiffer() {
        var source = new ChatMessageSourceConfiguration().messageSource();

        assertThat(source.getMessage("command.help.help", null, Locale.GERMAN))
                .isNotEqualTo(source.getMessage("command.help.help", null, Locale.ENGLISH));
    }

    @Test
    void germanQuotesOpenedLowAreClosedHigh() throws IOException {
        for (Resource bundle :
                new PathMatchingResourcePatternResolver().getResources(ChatMessageSourceConfiguration.BUNDLES)) {
            load(bundle.createRelative("messages_de.properties")).forEach((key, text) -> assertThat((String) text)
                    .as("%s in %s", key, bundle)
                    .doesNotContainPattern("„[^“\"]*\""));
        }
    }

    @Test
    void countsAgreeWithTheirNoun() {
        var source = new ChatMessageSourceConfiguration().messageSource();

        assertThat(source.getMessage("card.step.current", new Object[] {"Ben", 1, "Clara"}, Locale.GERMAN))
                .contains("es fehlt 1,");
        assertThat(source.getMessage("card.step.current", new Object[] {"Ben", 2, "Clara"}, Locale.GERMAN))
                .contains("es fehlen 2,");
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
