package se.samordnaren.meeting;

import se.samordnaren.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;

import se.samordnaren.ui.ViewHeader;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.PERSON;

/** Views are created by Spring and, through @PermitAll, proxied: tests read the fields of the target (AopTestUtils). */
class MeetingViewTest extends ViewTest {

    @Autowired
    MeetingService meetings;

    private long meetingWithTwoParagraphs() {
        long meeting = data.meeting(data.board(), LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meeting, 1, "Årsredovisning för 2020", "Att godkänna årsredovisningen och överlämna den till revisorerna.");
        data.paragraphWithDecision(meeting, 2, "AMA-rapporten", "Att återremittera för att korrigera");
        return meeting;
    }

    @Test
    @WithMockUser(username = "viewreader", roles = "STYRELSE")
    void a_reader_sees_titles_and_clauses_but_no_edit_controls() {
        long meeting = meetingWithTwoParagraphs();
        com.vaadin.flow.component.UI.getCurrent().navigate("sammantraden/" + meeting,
                com.vaadin.flow.router.QueryParameters.of("paragraf", "2"));
        MeetingView view = AopTestUtils.getUltimateTargetObject(getCurrentView());

        assertThat(view.cards).extracting(c -> c.paragraph.title()).containsExactly("Årsredovisning för 2020", "AMA-rapporten");
        // A reader's cards are markup (ui.StaticMarkup): the clauses are list items there.
        assertThat(view.cards).flatExtracting(c -> rendered(c).select(".decision-clauses li").eachText())
                .containsExactly("Att godkänna årsredovisningen och överlämna den till revisorerna.", "Att återremittera för att korrigera");
        assertThat(view.cards.get(1).hasClassName("highlighted")).isTrue();
        assertThat(find(Button.class).withClassName("edit-control").all()).isEmpty();
        assertThat(view.cards).allSatisfy(c -> assertThat(rendered(c).select(".edit-control")).isEmpty());
        assertThat(view.addParagraphButton.isVisible()).isFalse();
        assertThat(view.editHeaderButton.isVisible()).isFalse();
        assertThat(view.approveButton.isVisible()).isFalse();
        assertThat(view.pdfLink.getHref()).isEqualTo("/protokoll/" + meeting + ".pdf");
    }

    @Test
    @WithMockUser(username = "viewsecretary", roles = "SEKRETERARE")
    void a_writer_adds_a_paragraph_through_the_dialog() {
        long meeting = meetingWithTwoParagraphs();
        MeetingView view = AopTestUtils.getUltimateTargetObject(navigate("sammantraden/" + meeting, MeetingView.class));
        // The cards' tools are buttons in their markup (CardTools).
        assertThat(view.cards).allSatisfy(c -> assertThat(rendered(c).select("button.edit-control")).isNotEmpty());

        test(view.addParagraphButton).click();
        roundTrip();
        ParagraphDialog dialog = (ParagraphDialog) view.dialog;
        test(dialog.title).setValue("Information från förbundssamordnaren");
        test(dialog.kind).selectItem(getTranslationOf(ItemKind.INFORMATION));
        test(dialog.bodyText).setValue("Revision av förbundet sker den 12 april.");
        assertThat(dialog.save()).isTrue();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.cards).extracting(c -> c.paragraph.number() + " " + c.paragraph.title())
                .containsExactly("1 Årsredovisning för 2020", "2 AMA-rapporten", "3 Information från förbundssamordnaren");
        assertThat(meetings.load(meeting).paragraph(3)).get().extracting(Minutes.Paragraph::bodyText)
                .isEqualTo("Revision av förbundet sker den 12 april.");
    }

    @Test
    @WithMockUser(username = "viewchef", roles = "FORBUNDSCHEF")
    void approved_minutes_hide_edit_controls_and_a_save_anyway_ends_in_the_swedish_message() {
        long meeting = meetingWithTwoParagraphs();
        data.approve(meeting);
        MeetingView view = AopTestUtils.getUltimateTargetObject(navigate("sammantraden/" + meeting, MeetingView.class));

        assertThat(find(Button.class).withClassName("edit-control").all()).isEmpty();
        assertThat(view.cards).allSatisfy(c -> assertThat(rendered(c).select(".edit-control")).isEmpty());
        assertThat(view.addParagraphButton.isVisible()).isFalse();
        assertThat(view.editHeaderButton.isVisible()).isFalse();
        assertThat(view.attendanceButton.isVisible()).isFalse();
        assertThat(view.approveButton.isVisible()).isFalse();
        assertThat(view.noticeButton.isVisible()).isTrue();

        ParagraphDialog dialog = view.openParagraphDialog(view.minutes.paragraphs().getFirst());
        roundTrip();
        test(dialog.title).setValue("Ändrad rubrik");
        dialog.save();

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Protokollet är justerat och kan inte ändras. Rättelser görs genom ett nytt beslut som hänvisar till det gamla.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("Ändrad rubrik");
        assertThat(meetings.load(meeting).paragraphs().getFirst().title()).isEqualTo("Årsredovisning för 2020");
    }

    /** Issue 8 item 2: renaming the body and a person afterwards does not reach the approved minutes on screen. */
    @Test
    @WithMockUser(username = "viewreader", roles = "STYRELSE")
    void approved_minutes_show_the_names_they_were_approved_with_and_a_draft_todays() {
        long body = data.board();
        db.update(BODY).set(BODY.NAME, "Arbetsutskottet vy").set(BODY.PARAGRAPH_PREFIX, "AU").where(BODY.ID.eq(body)).execute();
        long approved = data.meeting(body, LocalDate.of(2020, 9, 11));
        long draft = data.meeting(body, LocalDate.of(2020, 10, 9));
        long person = data.person("Anna Andersson");
        for (long meeting : new long[]{approved, draft}) {
            data.chair(meeting, person);
            data.paragraphWithDecision(meeting, 2, "Ansökan En väg in", "Att föreslå styrelsen att bevilja medel");
        }
        data.approve(approved);
        db.update(BODY).set(BODY.NAME, "Beredningsutskottet vy").set(BODY.PARAGRAPH_PREFIX, "BU").where(BODY.ID.eq(body)).execute();
        db.update(PERSON).set(PERSON.FULL_NAME, "Anna Lind").where(PERSON.ID.eq(person)).execute();

        MeetingView view = open("sammantraden/" + approved, MeetingView.class);
        assertThat(find(ViewHeader.class).single().getElement().getTextRecursively()).contains("Arbetsutskottet vy");
        assertThat(view.cards).extracting(c -> rendered(c).text()).singleElement()
                .asString().contains("AU § 2").doesNotContain("BU §");
        assertThat(rendered(find(MeetingHeader.class).single()).text())
                .contains("Anna Andersson").doesNotContain("Anna Lind");

        open("sammantraden/" + draft, MeetingView.class);
        assertThat(find(ViewHeader.class).single().getElement().getTextRecursively()).contains("Beredningsutskottet vy");
        assertThat(rendered(find(MeetingHeader.class).single()).text()).contains("Anna Lind");
    }

    private static String getTranslationOf(ItemKind kind) {
        return kind == ItemKind.INFORMATION ? "Information" : kind.name();
    }
}
