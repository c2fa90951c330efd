package se.samordnaren.decision;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.StaticMarkup;
import se.samordnaren.ui.ViewHeader;

import java.math.BigDecimal;
import java.util.List;

/**
 * Full-text search in the minutes. Each hit opens its paragraph in the meeting view; the snippet is built from text
 * components with the matches as &lt;em&gt; — nothing from the database is ever rendered as HTML. A page of hits at a
 * time ("Visa fler träffar"); when a search has more hits than the service ranks, the summary says so and asks the
 * user to narrow it.
 */
@Route("sok")
@Menu(order = 20, title = "nav.search", icon = "vaadin:search")
@PermitAll
@StyleSheet("styles/search.css")
class SearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final SearchService search;
    final TextField query = new TextField();
    final Button searchButton = new Button();
    final Paragraph summary = new Paragraph();
    final VerticalLayout results = new VerticalLayout();
    final Button more = new Button();
    private String searched;
    private int shown;

    SearchView(SearchService search) {
        this.search = search;
        setWidthFull();
        add(new ViewHeader(getTranslation("search.title"), getTranslation("search.description")));
        query.setLabel(getTranslation("search.field"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidth("min(40em, 100%)");
        query.addKeyPressListener(Key.ENTER, e -> runSearch());
        searchButton.setText(getTranslation("search.button"));
        searchButton.addThemeVariants(ButtonVariant.PRIMARY);
        searchButton.addClickListener(e -> runSearch());
        HorizontalLayout bar = new HorizontalLayout(query, searchButton);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setText(getTranslation("search.prompt"));
        summary.addClassName("search-summary");
        results.setPadding(false);
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(e -> showMore());
        more.setVisible(false);
        add(bar, summary, results, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().get("q");
        if (q != null && !q.isEmpty() && !q.getFirst().isBlank()) {
            query.setValue(q.getFirst());
            runSearch();
        }
    }

    void runSearch() {
        results.removeAll();
        more.setVisible(false);
        shown = 0;
        String text = query.getValue();
        if (text == null || text.isBlank()) {
            summary.setText(getTranslation("search.prompt"));
            return;
        }
        searched = text;
        SearchService.Result result = search.search(text);
        if (result.isEmpty()) {
            summary.setText(getTranslation("search.empty", text.strip()));
            return;
        }
        if (result.capped()) {
            summary.setText(getTranslation("search.capped", count(SearchService.RANK_ALL_UP_TO), count(result.ranked())));
        } else {
            summary.setText(result.ranked() == 1 ? getTranslation("search.oneHit") : getTranslation("search.hits", count(result.ranked())));
        }
        show(result);
    }

    void showMore() {
        show(search.search(searched, shown));
    }

    private void show(SearchService.Result result) {
        result.hits().forEach(hit -> results.add(result(hit)));
        shown = result.offset() + result.size();
        more.setVisible(result.hasMore());
        more.setText(getTranslation("search.more", count(result.ranked() - shown)));
    }

    /** The fragments as text, the matches as &lt;em&gt;. */
    private static void marked(HasComponents target, List<SearchService.Fragment> fragments) {
        for (SearchService.Fragment fragment : fragments) {
            target.add(fragment.match() ? new Emphasis(fragment.text()) : new Text(fragment.text()));
        }
    }

    private static String count(int n) {
        return Formats.number(BigDecimal.valueOf(n));
    }

    /**
     * One hit as markup ({@link StaticMarkup}): a page of 50 hits was ~650 components kept in the session while the page
     * is open (heap per session, docs/performance.md). The texts are escaped like a component's.
     */
    private Div result(SearchService.Hit hit) {
        Anchor title = new Anchor(hit.paragraph().href());
        title.addClassName("search-hit-title");
        title.add(new Text(hit.paragraph().paragraph() + " "));
        marked(title, hit.titleFragments());
        Span where = new Span(hit.paragraph().bodyName() + " " + Formats.date(hit.paragraph().meetingDate()));
        where.addClassName("search-hit-where");
        Paragraph snippet = new Paragraph();
        snippet.addClassName("search-snippet");
        marked(snippet, hit.snippet());
        Div card = new Div(where, new Div(title), snippet);
        card.addClassName("search-hit");
        return StaticMarkup.freeze(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
