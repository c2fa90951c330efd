package se.samordnaren.config;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translation files as {@link TranslationProvider} shows them. A text with arguments goes through
 * {@code MessageFormat}, where a plain apostrophe starts a quotation: "committee's proposal: {0}" would lose its
 * apostrophe and print "{0}" as it stands. Such texts use the typographic ’ instead.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void every_text_with_arguments_shows_each_argument_and_every_apostrophe() throws IOException {
        TranslationProvider translations = new TranslationProvider();
        int checked = 0;
        for (Locale locale : translations.getProvidedLocales()) {
            Properties texts = texts(locale);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                int arguments = PLACEHOLDER.matcher(pattern).results().mapToInt(m -> Integer.parseInt(m.group(1)) + 1)
                        .max().orElse(0);
                if (arguments == 0) {
                    continue;
                }
                // a {n,choice…} or {n,number…} argument is a count: it gets a number and is checked by the result
                Object[] values = IntStream.range(0, arguments)
                        .mapToObj(n -> pattern.contains("{" + n + ",") ? (Object) 2 : "«" + n + "»").toArray();
                String shown = translations.getTranslation(key, locale, values);
                for (Object value : values) {
                    if (!(value instanceof String)) {
                        continue; // a count may choose a wording without showing the number itself
                    }
                    assertThat(shown).as("%s (%s)", key, locale).contains(String.valueOf(value));
                }
                assertThat(shown).as("%s (%s)", key, locale).doesNotContain("{");
                assertThat(shown.chars().filter(c -> c == '\'').count()).as("apostrophes in %s (%s)", key, locale)
                        .isEqualTo(pattern.chars().filter(c -> c == '\'').count());
                checked++;
            }
        }
        assertThat(checked).as("texts with arguments").isGreaterThan(100);
    }

    private static Properties texts(Locale locale) throws IOException {
        Properties texts = new Properties();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*_" + locale.getLanguage() + ".properties")) {
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
        }
        return texts;
    }
}
