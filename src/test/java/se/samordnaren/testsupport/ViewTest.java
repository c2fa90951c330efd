package se.samordnaren.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * Base of every browserless view test: the shared Spring context, the database emptied before each test, the
 * fixture builder {@link #data}, and {@link #open} to navigate to a view and get the view itself (views are Spring
 * beans proxied for method security; tests read the target's fields). Sign in with {@code @WithMockUser}.
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected DSLContext db;

    protected TestData data;

    @BeforeEach
    void resetDatabase() {
        data = new TestData(db);
        data.reset();
        TestMail.purge();
    }

    /** Navigates to the route (with its query string, if any) and returns the view shown, unwrapped. */
    protected <T extends Component> T open(String location, Class<T> viewType) {
        int query = location.indexOf('?');
        if (query < 0) {
            com.vaadin.flow.component.UI.getCurrent().navigate(location);
        } else {
            com.vaadin.flow.component.UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
        return viewType.cast(AopTestUtils.getUltimateTargetObject(getCurrentView()));
    }

    /**
     * A value a grid cell's template (a LitRenderer column, e.g. {@code ui.CellRenderers}) gets for the row: what the
     * browser shows in that cell.
     */
    @SuppressWarnings("unchecked")
    protected static <T> Object templateValue(com.vaadin.flow.component.grid.Grid<T> grid, String columnKey, T row,
                                              String property) {
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer();
        return renderer.getValueProviders().get(property).apply(row);
    }

    /**
     * What the browser gets for the component, as a Jsoup element to read with CSS selectors and {@code text()}: its
     * elements, texts and attributes, with the parts kept as markup ({@code ui.StaticMarkup}, an element's
     * {@code innerHTML}) parsed in place. Use it where {@code getTextRecursively()} would miss frozen parts.
     */
    protected static org.jsoup.nodes.Element rendered(com.vaadin.flow.component.HasElement component) {
        return rendered(component.getElement());
    }

    private static org.jsoup.nodes.Element rendered(com.vaadin.flow.dom.Element element) {
        org.jsoup.nodes.Element out = new org.jsoup.nodes.Element(element.getTag());
        element.getAttributeNames().forEach(name -> out.attr(name, java.util.Objects.toString(element.getAttribute(name), "")));
        if (element.hasProperty("innerHTML")) {
            out.append(element.getProperty("innerHTML"));
        }
        element.getChildren().forEach(child -> {
            if (child.isTextNode()) {
                out.appendText(child.getText());
            } else {
                out.appendChild(rendered(child));
            }
        });
        return out;
    }
}
