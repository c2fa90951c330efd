package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Small pieces the actuals views share: periods, amounts in cells, the state of an import, objects. */
final class BookkeepingUi {

    private BookkeepingUi() {
    }

    /** "2021-01-15 – 2021-09-30". */
    static String period(LocalDate start, LocalDate end) {
        return Formats.date(start) + " – " + Formats.date(end);
    }

    /** An amount right-aligned in a cell ("98 000 kr"); empty for none. */
    static Span amount(BigDecimal amount) {
        Span span = new Span(amount == null ? "" : Formats.money(amount));
        span.addClassName("money");
        return span;
    }

    /** "Gällande" or "Ersatt". */
    static Badge state(Component source, ImportSummary summary) {
        return summary.current()
                ? new Badge(source.getTranslation("bookkeeping.import.current"), Badge.Tone.SUCCESS)
                : new Badge(source.getTranslation("bookkeeping.import.replaced"), Badge.Tone.NEUTRAL);
    }

    /** "1:10, 6:EVI". */
    static String objects(List<String> keys) {
        return String.join(", ", keys);
    }

    static String objectLabels(List<KnownObject> objects) {
        return objects.stream().map(KnownObject::label).collect(Collectors.joining(", "));
    }

    /** "/utfall/import/12". */
    static String importHref(long id) {
        return "utfall/import/" + id;
    }
}
