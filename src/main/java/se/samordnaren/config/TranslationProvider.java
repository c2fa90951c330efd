package se.samordnaren.config;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * All user-visible texts, from one file pair per feature: classpath:i18n/{feature}_sv.properties and _en.properties.
 * Features add their own files instead of all editing one big bundle. Swedish is the fallback language.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final List<Locale> LOCALES = List.of(LocaleInitializer.SWEDISH, LocaleInitializer.ENGLISH);

    private final Map<String, Properties> textsByLanguage = new HashMap<>();

    public TranslationProvider() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (Locale locale : LOCALES) {
            Properties texts = new Properties();
            for (Resource resource : resolver.getResources("classpath*:i18n/*_" + locale.getLanguage() + ".properties")) {
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    Properties file = new Properties();
                    file.load(reader);
                    file.stringPropertyNames().stream().filter(texts::containsKey)
                            .forEach(key -> log.warn("Text key {} defined twice ({})", key, resource.getFilename()));
                    texts.putAll(file);
                }
            }
            textsByLanguage.put(locale.getLanguage(), texts);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String language = locale == null ? "sv" : locale.getLanguage();
        String pattern = textsByLanguage.getOrDefault(language, textsByLanguage.get("sv")).getProperty(key);
        if (pattern == null) {
            pattern = textsByLanguage.get("sv").getProperty(key);
        }
        if (pattern == null) {
            return "!{" + key + "}!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? LocaleInitializer.SWEDISH : locale).format(params);
    }
}
