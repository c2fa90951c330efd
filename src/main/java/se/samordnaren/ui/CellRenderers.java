package se.samordnaren.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import se.samordnaren.common.ParagraphRef;

/**
 * Links and badges in grid cells as templates the browser fills from each row's data, not as a server component per
 * cell: a long list keeps one renderer per column instead of a link or a {@link Badge} per row (heap per open page,
 * docs/performance.md). They look the same as the components (same element, classes and text); texts are escaped by
 * Lit. A cell that needs behaviour of its own still uses a component column.
 */
public final class CellRenderers {

    private CellRenderers() {
    }

    /** An {@code <a href>} with the row's text: what {@code new Anchor(href, text)} shows. */
    public static <T> LitRenderer<T> link(ValueProvider<T, String> href, ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<a href=\"${item.href}\">${item.text}</a>")
                .withProperty("href", href)
                .withProperty("text", text);
    }

    /**
     * A link with a class and a tooltip ({@code title}): what {@link DecidedAtLink}-like anchors in a cell show, e.g.
     * "§ 4" titled "Styrelsen 2021-03-19 § 4".
     */
    public static <T> LitRenderer<T> link(ValueProvider<T, String> href, ValueProvider<T, String> text,
                                          ValueProvider<T, String> title, String linkClass) {
        return LitRenderer.<T>of("<a class=\"" + linkClass + "\" href=\"${item.href}\" title=\"${item.title}\">${item.text}</a>")
                .withProperty("href", href)
                .withProperty("text", text)
                .withProperty("title", title);
    }

    /** A link with a small second line under it (e.g. "Delprojekt i …"), the line left out when it is null. */
    public static <T> LitRenderer<T> linkWithNote(ValueProvider<T, String> href, ValueProvider<T, String> text,
                                                  ValueProvider<T, String> note, String noteClass) {
        return LitRenderer.<T>of("<div><a href=\"${item.href}\">${item.text}</a><span class=\"" + noteClass
                        + "\" ?hidden=\"${!item.note}\">${item.note}</span></div>")
                .withProperty("href", href)
                .withProperty("text", text)
                .withProperty("note", note);
    }

    /** A {@link Badge}: the row's text in the tone's colours. */
    public static <T> LitRenderer<T> badge(ValueProvider<T, String> text, ValueProvider<T, Badge.Tone> tone) {
        return LitRenderer.<T>of("<span class=\"badge ${item.tone}\">${item.text}</span>")
                .withProperty("text", text)
                .withProperty("tone", row -> tone.apply(row).className());
    }

    /**
     * "Styrelsen 2021-03-19 § 5" linking to that paragraph, with an optional small line under it (e.g. the note of
     * who closed a follow-up); an empty cell where the row has no paragraph.
     */
    public static <T> LitRenderer<T> paragraphWithNote(ValueProvider<T, ParagraphRef> paragraph,
                                                       ValueProvider<T, String> note) {
        return LitRenderer.<T>of("<div><a class=\"decided-at-link\" href=\"${item.href}\" ?hidden=\"${!item.href}\">"
                        + "${item.text}</a><span class=\"cell-note\" ?hidden=\"${!item.note}\">${item.note}</span></div>")
                .withProperty("href", row -> paragraph.apply(row) == null ? "" : paragraph.apply(row).href())
                .withProperty("text", row -> paragraph.apply(row) == null ? "" : paragraph.apply(row).label())
                .withProperty("note", note);
    }

    /** A paragraph link as {@link #paragraphWithNote} without the line under it. */
    public static <T> LitRenderer<T> paragraph(ValueProvider<T, ParagraphRef> paragraph) {
        return paragraphWithNote(paragraph, row -> null);
    }
}
