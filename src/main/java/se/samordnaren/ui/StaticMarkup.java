package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.Set;

/**
 * Turns a part of a view that only shows (text, links, lists, badges: plain HTML elements, no listeners, no Vaadin
 * components) into markup: the component keeps its own element, and its children become that element's
 * {@code innerHTML}, the same elements, classes, attributes and texts. The browser shows the same DOM; the server
 * keeps one state node and one string instead of a state node per element and per text (heap per open UI: a § of the
 * minutes was ~30 nodes, see docs/performance.md), and the first response is smaller. Tools can live in it as plain
 * {@code <button>} elements with a DOM listener on the component ({@link CardTools}). The children are built as usual
 * and dropped (hidden ones are left out); the content is not changed afterwards (build the component anew), while the
 * component's own element (its id, classes) still can be. Keep no reference to the dropped children (a field holding
 * the table or a map of its cells): a component tree that was never attached keeps every change it was built with,
 * waiting to be sent, and weighs more than the same tree sent to the browser (BudgetTable's table in a field took a
 * read-only version from 0.48 to 0.90 MB per session, docs/performance.md).
 */
public final class StaticMarkup {

    /** Elements without content or end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    /**
     * Web components whose whole state is their attributes, so markup carries them as well as a tree of elements: an
     * icon ({@code icon="vaadin:edit"}) and a tooltip ({@code for} and {@code text}) of plain buttons.
     */
    private static final Set<String> ATTRIBUTE_ONLY = Set.of("vaadin-icon", "vaadin-tooltip");

    private StaticMarkup() {
    }

    /**
     * Replaces the component's children by their markup and returns the component.
     *
     * @throws IllegalArgumentException when a child is not plain HTML (a Vaadin component or an element with
     *                                  properties), which markup cannot carry; listeners are not looked for: a part
     *                                  that reacts to the user is not frozen
     */
    public static <T extends Component> T freeze(T component) {
        Element element = component.getElement();
        StringBuilder html = new StringBuilder();
        element.getChildren().forEach(child -> append(child, html));
        element.removeAllChildren();
        element.setProperty("innerHTML", html.toString());
        return component;
    }

    private static void append(Element element, StringBuilder html) {
        if (element.isTextNode()) {
            html.append(escape(element.getText()));
            return;
        }
        if (!element.isVisible()) {
            return;
        }
        String tag = element.getTag();
        if ((tag.contains("-") && !ATTRIBUTE_ONLY.contains(tag)) || element.getPropertyNames().findAny().isPresent()) {
            throw new IllegalArgumentException("not plain HTML: <" + tag + "> " + element.getPropertyNames().toList());
        }
        html.append('<').append(tag);
        element.getAttributeNames().sorted().forEach(name -> {
            html.append(' ').append(name);
            String value = element.getAttribute(name);
            if (value != null && !value.isEmpty()) {
                html.append("=\"").append(escape(value)).append('"');
            }
        });
        html.append('>');
        if (!VOID.contains(tag)) {
            element.getChildren().forEach(child -> append(child, html));
            html.append("</").append(tag).append('>');
        }
    }

    /**
     * Escapes for a text or a quoted attribute; characters beyond Latin-1 ("–", "”") as character references, so that
     * the markup stays a one-byte-per-character string on the server (a Java string with one such character takes two
     * bytes for every character), and so does the response that carries it when nothing else in it needs more.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c > 0xFF) {
                        out.append("&#").append(c).append(';');
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }
}
