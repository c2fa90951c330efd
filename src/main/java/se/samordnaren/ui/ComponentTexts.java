package se.samordnaren.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.samordnaren.common.DateFormats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The one place that puts the texts inside Vaadin's own components (the date picker's calendar, "Idag"/"Avbryt", the
 * upload's buttons and messages, grid sort buttons, the drawer toggle, the user menu's overflow button, the side
 * navigation's toggles, the password field's reveal button) into the user's language, for every page: on each UI
 * it sends the texts of {@code i18n/components_<language>.properties} to the browser, where
 * {@code component-texts.js} makes them the components' defaults. Views create plain components and call nothing;
 * a dialog opened later gets the same texts. It also sets the page's {@code lang}.
 * Keys are {@code component.<element tag>.<property path>}; month and weekday names come from {@link DateFormats},
 * and date pickers start the week on Monday.
 */
@Component
public class ComponentTexts implements VaadinServiceInitListener {

    static final String KEY_PREFIX = "component.";
    private static final String KEYS_FILE = "i18n/components_sv.properties";
    private static final String SCRIPT = resource("component-texts.js");
    private static final List<String> KEYS = keys();
    private static final int MONDAY = 1;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Before the first response, when the UI's locale has been chosen (LocaleInitializer).
        event.getSource().addUIInitListener(init -> init.getUI().beforeClientResponse(init.getUI(), context -> apply(context.getUI())));
    }

    /** Sends the texts for the UI's locale (also after a change of language). */
    public static void apply(UI ui) {
        Locale locale = ui.getLocale();
        ui.getPage().executeJs(SCRIPT, texts(locale, key -> ui.getTranslation(locale, key)));
    }

    /** {"lang": "sv", "components": {"vaadin-date-picker": {"today": "Idag", ...}, ...}} for the locale. */
    public static ObjectNode texts(Locale locale, UnaryOperator<String> translations) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode components = json.objectNode();
        for (String key : KEYS) {
            String[] path = key.substring(KEY_PREFIX.length()).split("\\.");
            ObjectNode node = components;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode child = node.get(path[i]);
                node = child instanceof ObjectNode object ? object : node.putObject(path[i]);
            }
            node.put(path[path.length - 1], translations.apply(key));
        }
        ObjectNode datePicker = components.has("vaadin-date-picker")
                ? (ObjectNode) components.get("vaadin-date-picker") : components.putObject("vaadin-date-picker");
        datePicker.set("monthNames", strings(DateFormats.monthNames(locale)));
        datePicker.set("weekdays", strings(DateFormats.weekdayNames(locale)));
        datePicker.set("weekdaysShort", strings(DateFormats.weekdayShortNames(locale)));
        datePicker.put("firstDayOfWeek", MONDAY);
        components.set("vaadin-date-time-picker", datePicker.deepCopy());

        ObjectNode texts = json.objectNode();
        texts.put("lang", locale.getLanguage());
        texts.set("components", components);
        return texts;
    }

    /** The text keys, as listed in the Swedish file (every one of them must be in the English file too). */
    static List<String> keys() {
        Properties swedish = new Properties();
        try (InputStream in = ComponentTexts.class.getClassLoader().getResourceAsStream(KEYS_FILE)) {
            if (in == null) {
                throw new IllegalStateException(KEYS_FILE + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                swedish.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(new TreeSet<>(swedish.stringPropertyNames().stream().filter(k -> k.startsWith(KEY_PREFIX)).toList()));
    }

    private static JsonNode strings(List<String> values) {
        var array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static String resource(String name) {
        try (InputStream in = ComponentTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
