package se.samordnaren.ui;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.samordnaren.config.LocaleInitializer;
import se.samordnaren.config.TranslationProvider;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The texts every page gets for Vaadin's own components: complete in Swedish and English, and really translated. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComponentTextsTest {

    private final TranslationProvider translations = new TranslationProvider();

    ComponentTextsTest() throws IOException {
    }

    private JsonNode texts(Locale locale) {
        return ComponentTexts.texts(locale, key -> translations.getTranslation(key, locale));
    }

    @Test
    void both_files_have_the_same_keys() throws IOException {
        Set<String> swedish = keys("i18n/components_sv.properties");
        assertThat(swedish).isNotEmpty().allSatisfy(k -> assertThat(k).startsWith(ComponentTexts.KEY_PREFIX));
        assertThat(keys("i18n/components_en.properties")).isEqualTo(swedish);
        assertThat(ComponentTexts.keys()).containsExactlyInAnyOrderElementsOf(swedish);
    }

    @Test
    void every_text_is_there_in_swedish_and_english_with_the_same_shape() {
        JsonNode sv = texts(LocaleInitializer.SWEDISH);
        JsonNode en = texts(LocaleInitializer.ENGLISH);
        Set<String> svPaths = paths(sv, "");
        assertThat(svPaths).isEqualTo(paths(en, ""));
        for (String key : ComponentTexts.keys()) {
            String path = "/components/" + key.substring(ComponentTexts.KEY_PREFIX.length()).replace('.', '/');
            assertThat(svPaths).as(key).contains(path);
            assertThat(sv.at(path).asString()).as(key).isNotBlank().doesNotContain("!{");
            assertThat(en.at(path).asString()).as(key).isNotBlank().doesNotContain("!{");
        }
    }

    @Test
    void the_swedish_calendar_starts_on_monday_with_swedish_names() {
        JsonNode sv = texts(LocaleInitializer.SWEDISH);
        assertThat(sv.get("lang").asString()).isEqualTo("sv");
        JsonNode picker = sv.at("/components/vaadin-date-picker");
        assertThat(picker.get("today").asString()).isEqualTo("Idag");
        assertThat(picker.get("cancel").asString()).isEqualTo("Avbryt");
        assertThat(picker.get("firstDayOfWeek").asInt()).isEqualTo(1);
        assertThat(picker.get("monthNames").get(2).asString()).isEqualTo("mars");
        assertThat(picker.get("weekdays").get(1).asString()).isEqualTo("måndag");
        assertThat(picker.get("weekdaysShort")).hasSize(7);
        assertThat(sv.at("/components/vaadin-date-time-picker")).isEqualTo(picker);
        assertThat(sv.at("/components/vaadin-upload/addFiles/many").asString()).isEqualTo("Ladda upp filer …");
        assertThat(sv.at("/components/vaadin-upload/file/retry").asString()).isEqualTo("Försök igen");
        assertThat(sv.at("/components/vaadin-grid-sorter/ariaLabel").asString()).isEqualTo("Sortera efter {0}");
        assertThat(sv.at("/components/vaadin-upload/uploading/remainingTime/prefix").asString()).endsWith(" ");
    }

    @Test
    void english_is_english_but_keeps_monday_first() {
        JsonNode en = texts(LocaleInitializer.ENGLISH);
        assertThat(en.get("lang").asString()).isEqualTo("en");
        assertThat(en.at("/components/vaadin-date-picker/today").asString()).isEqualTo("Today");
        assertThat(en.at("/components/vaadin-date-picker/monthNames/2").asString()).isEqualTo("March");
        assertThat(en.at("/components/vaadin-date-picker/firstDayOfWeek").asInt()).isEqualTo(1);
        assertThat(en.at("/components/vaadin-menu-bar/moreOptions").asString()).isEqualTo("More options");
    }

    @Test
    void the_browser_script_is_on_the_classpath_and_takes_the_texts_as_its_argument() throws IOException {
        try (InputStream in = ComponentTexts.class.getResourceAsStream("component-texts.js")) {
            assertThat(in).isNotNull();
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script).contains("$0").contains("defaultI18n").contains("document.documentElement.lang");
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ComponentTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.properties().forEach(e -> paths.addAll(paths(e.getValue(), prefix + "/" + e.getKey())));
        } else {
            paths.add(prefix);
        }
        return paths;
    }
}
