package se.samordnaren.initiative;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.ui.DecidedAtLink;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_TIMELINE;
import static se.samordnaren.db.Tables.MEETING;

/** Browserless tests of the insats list and detail views, driven like a user. */
class InitiativeViewsTest extends ViewTest {

    @Autowired
    InitiativeQueries queries;


    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_status_filter_shows_the_right_rows() {
        long running = data.initiative(data.name("Pågående"), InitiativeStatus.RUNNING, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        long idea = data.initiative(data.name("Idén"), InitiativeStatus.IDEA, null, null);

        InitiativesView view = open("insatser", InitiativesView.class);
        assertThat(view.addButton.isVisible()).isFalse();
        test(view.text).setValue(data.tag);
        var grid = test(view.grid);
        assertThat(view.current.count()).isEqualTo(2);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(List.of(grid.getRow(0).id(), grid.getRow(1).id())).containsExactlyInAnyOrder(running, idea);

        test(view.status).selectItem("Pågår");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).id()).isEqualTo(running);

        test(view.status).selectItem("Idé");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).id()).isEqualTo(idea);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_empty_state_text_is_on_the_page_only_when_nothing_matches() {
        data.initiative(data.name("Synlig"), InitiativeStatus.RUNNING, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));

        InitiativesView view = open("insatser", InitiativesView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.grid.getEmptyStateText()).isNull();

        test(view.text).setValue("finns inte " + data.tag);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Inga insatser matchar filtret.");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_money_tab_shows_the_grant_with_its_paragraph_link() {
        long id = data.initiative(data.name("En väg in"), InitiativeStatus.RUNNING, LocalDate.of(2020, 10, 1), LocalDate.of(2021, 12, 31));
        var decision = data.boardDecision(LocalDate.of(2020, 9, 25), DecisionOutcome.GRANTED);
        data.grant(id, 2020, 300_000, decision.id());

        InitiativeView view = open("insatser/" + id, InitiativeView.class);
        String href = "sammantraden/" + decision.meetingId() + "?paragraf=" + decision.paragraph();

        DecidedAtLink header = find(DecidedAtLink.class, view.header).single();
        assertThat(header.getHref()).isEqualTo(href);
        assertThat(header.getText()).isEqualTo("Beslutat: Styrelsen " + data.tag + " 2020-09-25 § 1");

        assertThat(view.money.ledgerGrid.getListDataView().getItems()).as("a tab is filled when first shown").isEmpty();
        test(view.tabs).select("Pengar");
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(2);
        // The TabSheet attaches a tab's content on the client's round trip; read the grid's data and renderer directly.
        var ledgerRows = view.money.ledgerGrid.getListDataView().getItems().toList();
        assertThat(ledgerRows).hasSize(1);
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Pengar");
        @SuppressWarnings("unchecked")
        var renderer = (com.vaadin.flow.data.renderer.ComponentRenderer<?, InitiativeDetail.LedgerRow>)
                view.money.ledgerGrid.getColumnByKey("decision").getRenderer();
        Anchor link = (Anchor) renderer.createComponent(ledgerRows.getFirst());
        assertThat(link.getHref()).isEqualTo(href);
        assertThat(link.getText()).isEqualTo(data.boardName() + " 2020-09-25 § 1");
        assertThat(ledgerRows.getFirst().year()).isEqualTo(2020);
        assertThat(view.money.yearsGrid.getListDataView().getItems().toList()).singleElement()
                .satisfies(y -> assertThat(y.grantedTotal()).isEqualByComparingTo("300000"));
        assertThat(view.money.yearsGrid.getColumnByKey("granted").getFooterText()).isEqualTo("300\u00a0000\u00a0kr");
        assertThat(view.grantButton.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void every_timeline_event_is_worded_in_swedish_as_the_database_words_it_and_in_english_too() throws Exception {
        loadDemoData();
        for (InitiativeStatus end : List.of(InitiativeStatus.ENDED, InitiativeStatus.STOPPED)) {
            db.insertInto(INITIATIVE).set(INITIATIVE.NAME, data.name(end.name())).set(INITIATIVE.OWNER_NAME, "Ägare")
                    .set(INITIATIVE.STATUS, end).set(INITIATIVE.START_DATE, LocalDate.of(2020, 1, 1))
                    .set(INITIATIVE.ACTUAL_END_DATE, LocalDate.of(2021, 6, 30)).execute();
        }
        UI ui = UI.getCurrent();
        var t = INITIATIVE_TIMELINE;
        var events = db.select(t.TITLE, t.OCCURRED_ON, t.EVENT_KIND, t.SUBJECT, t.YEAR, t.OUTCOME, t.VERSION_NO).from(t)
                .fetch(r -> Map.entry(r.value1(), new InitiativeDetail.TimelineEvent(r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), null, null, null)));
        assertThat(events.stream().map(e -> e.getValue().eventKind().replaceFirst("_.*", "")).distinct())
                .contains("STARTED", "DECISION", "GRANT", "OPENING", "APPLICATION", "REPORT", "CONDITION", "ENDED");

        assertThat(events).allSatisfy(e -> assertThat(TimelineTitles.title(ui, e.getValue())).isEqualTo(e.getKey()));

        ui.setLocale(Locale.ENGLISH);
        var started = events.stream().filter(e -> e.getValue().eventKind().equals("STARTED")).findFirst().orElseThrow();
        assertThat(TimelineTitles.title(ui, started.getValue())).isEqualTo("The initiative starts");
    }

    /**
     * The detail puts the timeline together from its own parts (Timeline) instead of reading initiative_timeline; it
     * must be the view's timeline, event for event and in the view's order, for every insats of the demo association
     * (every kind of event) and for one that ended.
     */
    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_detail_timeline_is_the_database_timeline() throws Exception {
        loadDemoData();
        db.insertInto(INITIATIVE).set(INITIATIVE.NAME, data.name("Avslutad")).set(INITIATIVE.OWNER_NAME, "Ägare")
                .set(INITIATIVE.STATUS, InitiativeStatus.ENDED).set(INITIATIVE.START_DATE, LocalDate.of(2020, 1, 1))
                .set(INITIATIVE.ACTUAL_END_DATE, LocalDate.of(2021, 6, 30)).execute();
        var t = INITIATIVE_TIMELINE;
        var m = MEETING.as("timeline_meeting");
        List<Long> ids = db.select(INITIATIVE.ID).from(INITIATIVE).fetch(INITIATIVE.ID);
        int events = 0;
        for (long id : ids) {
            List<InitiativeDetail.TimelineEvent> expected = db.select(t.OCCURRED_ON, t.EVENT_KIND, t.SUBJECT, t.YEAR,
                            t.OUTCOME, t.VERSION_NO, t.DETAIL, t.AMOUNT, t.MEETING_ID, t.BODY_NAME, t.PARAGRAPH_PREFIX,
                            m.MEETING_DATE, t.PARAGRAPH_NUMBER)
                    .from(t).leftJoin(m).on(m.ID.eq(t.MEETING_ID))
                    .where(t.INITIATIVE_ID.eq(id))
                    .orderBy(t.OCCURRED_ON.nullsLast(), t.SORT_KEY, t.SOURCE_ID)
                    .fetch(r -> new InitiativeDetail.TimelineEvent(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5(), r.value6(), r.value7(), r.value8(), r.value9() == null || r.value12() == null
                            ? null : new ParagraphRef(r.value9(), r.value10(), r.value11(), r.value12(), r.value13())));
            List<InitiativeDetail.TimelineEvent> actual = queries.detail(id).orElseThrow().timeline();
            assertThat(actual).as("insats %d", id).containsExactlyElementsOf(expected);
            events += actual.size();
        }
        assertThat(events).isGreaterThan(50);
    }

    /** The demo association's data, run as the demo loader runs it (plain JDBC: the files are PostgreSQL scripts). */
    private void loadDemoData() throws java.io.IOException {
        var scripts = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.sql");
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        for (Resource script : scripts) {
            String sql = script.getContentAsString(StandardCharsets.UTF_8);
            db.connection(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            });
        }
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_contact_person_is_picked_from_the_people_register_and_shown_on_the_overview() {
        long id = data.initiative(data.name("Kontaktad"), InitiativeStatus.IDEA, null, null);
        data.personFrom(data.name("Anna Berg"), "Vuxenskolan Skåne");
        data.personFrom(data.name("Bertil Ek"), "Folkhögskolan");
        InitiativeView view = open("insatser/" + id, InitiativeView.class);

        test(view.editButton).click();
        roundTrip();
        InitiativeEditor editor = (InitiativeEditor) view.openDialog;
        assertThat(editor.contactPerson.getLabel()).isEqualTo("Kontaktperson (personregistret)");
        var picker = test(editor.contactPerson);
        picker.setFilter("Anna Berg " + data.tag);
        assertThat(picker.getSuggestions()).containsExactly("Anna Berg " + data.tag + ", Vuxenskolan Skåne");
        picker.selectItem("Anna Berg " + data.tag + ", Vuxenskolan Skåne");
        test(editor.contact).setValue("070-123 45 67");
        editor.save();

        assertThat(editor.isOpened()).isFalse();
        assertThat(view.detail.contactPerson()).isEqualTo("Anna Berg " + data.tag);
        String overview = view.tabs.getComponent(view.tabs.getTabAt(0)).getElement().getTextRecursively();
        assertThat(overview).contains("Kontaktperson", "Anna Berg " + data.tag + ", 070-123 45 67");

        test(view.editButton).click();
        roundTrip();
        InitiativeEditor reopened = (InitiativeEditor) view.openDialog;
        assertThat(reopened.contactPerson.getValue()).isNotNull();
        assertThat(reopened.contactPerson.getValue().fullName()).isEqualTo("Anna Berg " + data.tag);
    }
}
