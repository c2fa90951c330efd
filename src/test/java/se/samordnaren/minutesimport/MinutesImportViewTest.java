package se.samordnaren.minutesimport;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.ViewTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.MEETING;

class MinutesImportViewTest extends ViewTest {

    ImportFixture fixture;

    @BeforeEach
    void register() {
        fixture = new ImportFixture(db);
        fixture.board();
        fixture.user("viewimporter", Role.FORBUNDSCHEF);
    }

    private static String lund() {
        return new String(ImportFixture.corpus(ImportFixture.LUND), StandardCharsets.UTF_8);
    }

    @Test
    @WithMockUser(username = "viewimporter", roles = "FORBUNDSCHEF")
    void the_meeting_view_of_imported_minutes_lists_their_e_signatures_at_the_time_they_were_signed() {
        fixture.workingCommittee();
        MinutesImportView view = open("import/protokoll", MinutesImportView.class);
        test(view.pasted).setValue(new String(ImportFixture.corpus("au-sjobygden-2023-04-05.txt"), StandardCharsets.UTF_8));
        test(view.readPasted).click();
        test(view.review.save).click();

        String page = rendered(getCurrentView()).text();
        assertThat(page).contains("Signaturer",
                "Signerat elektroniskt: Anna Berg, Ordförande, 2023-04-12 08:14 (+02:00), Svensk e-legitimation",
                "Signerat elektroniskt: Lars Håkansson, Justerare, 2023-04-12 09:02 (+02:00), Svensk e-legitimation",
                "Signerat elektroniskt: Helena Strand, Sekreterare, 2023-04-11 16:45 (+02:00), BankID");
        assertThat(page.indexOf("Helena Strand, Sekreterare, 2023-04-11")).as("in the order they were signed")
                .isLessThan(page.indexOf("Anna Berg, Ordförande, 2023-04-12"));
    }

    @Test
    @WithMockUser(username = "viewimporter", roles = "FORBUNDSCHEF")
    void pasted_minutes_are_reviewed_corrected_merged_linked_and_saved() {
        long enVagIn = fixture.initiative("En väg in", null);
        MinutesImportView view = open("import/protokoll", MinutesImportView.class);
        test(view.pasted).setValue(lund());
        test(view.readPasted).click();

        ReviewPanel review = view.review;
        assertThat(review).isNotNull();
        assertThat(review.editors).hasSize(15);
        assertThat(review.body.getValue().name()).isEqualTo("Styrelsen");
        assertThat(review.editors.get(4).getElement().getTextRecursively()).contains("En väg in");

        // correct a number: § 15 becomes § 16
        test(review.editors.get(14).number).setValue(16);
        // merge § 13 "Information och nyheter från parterna" with § 14 "Övrigt"
        test(review.editors.get(12).merge).click();
        assertThat(review.editors).hasSize(14);
        assertThat(review.editors.get(12).text.getValue()).contains("Övrigt");
        // accept the link suggestion of § 5
        ParagraphEditor five = review.editors.get(4);
        assertThat(five.suggestionButtons).hasSize(1);
        test(five.suggestionButtons.getFirst()).click();
        assertThat(five.suggestionButtons.getFirst().getText()).startsWith("Kopplad");

        test(review.save).click();

        Long meetingId = db.select(MEETING.ID).from(MEETING).fetchOne(MEETING.ID);
        assertThat(meetingId).isNotNull();
        assertThat(db.select(AGENDA_ITEM.NUMBER).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.NUMBER).fetch(AGENDA_ITEM.NUMBER))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16);
        assertThat(db.select(AGENDA_ITEM.NUMBER).from(DECISION_LINK).join(DECISION).on(DECISION.ID.eq(DECISION_LINK.DECISION_ID))
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID)).where(DECISION_LINK.RECORD_ID.eq(enVagIn))
                .fetch(AGENDA_ITEM.NUMBER)).containsExactly(5);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("sammantraden/" + meetingId);
        assertThat(rendered(getCurrentView()).text())
                .contains("Importerat", MinutesImportService.PASTED_FILE_NAME, "Justerat");
    }

    @Test
    @WithMockUser(username = "viewimporter", roles = "FORBUNDSCHEF")
    void splitting_a_paragraph_makes_a_new_one_and_moves_the_numbers_after_it() {
        MinutesImportView view = open("import/protokoll", MinutesImportView.class);
        test(view.pasted).setValue(lund());
        test(view.readPasted).click();
        ReviewPanel review = view.review;
        ParagraphEditor eleven = review.editors.get(10);
        List<Integer> lines = eleven.splitAt.getListDataView().getItems().toList();
        assertThat(lines).isNotEmpty();

        eleven.splitAt.setValue(lines.getLast());
        test(eleven.split).click();

        assertThat(review.editors).hasSize(16);
        assertThat(review.editors.stream().map(e -> e.number.getValue()).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(review.editors.get(11).hasClassName("import-paragraph-doubtful")).isTrue();
    }

    @Test
    @WithMockUser(username = "viewimporter", roles = "FORBUNDSCHEF")
    void a_text_that_is_not_minutes_gets_the_swedish_message_and_no_review() {
        MinutesImportView view = open("import/protokoll", MinutesImportView.class);
        test(view.pasted).setValue(new String(ImportFixture.corpus("faktura-sjoudden-2023-04-20.txt"), StandardCharsets.UTF_8));
        test(view.readPasted).click();

        assertThat(view.review).isNull();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(text -> assertThat(text).startsWith(MinutesImportService.PASTED_FILE_NAME + ": ").containsIgnoringCase("faktura"));
        assertThat(db.fetchCount(MEETING)).isZero();
    }

    @Test
    @WithMockUser(username = "viewimporter", roles = "FORBUNDSCHEF")
    void the_duplicate_is_named_on_the_review_and_refused_on_saving() {
        MinutesImportView view = open("import/protokoll", MinutesImportView.class);
        test(view.pasted).setValue(lund());
        test(view.readPasted).click();
        test(view.review.save).click();
        view = open("import/protokoll", MinutesImportView.class);
        test(view.pasted).setValue(lund());
        test(view.readPasted).click();

        assertThat(view.review.existing.isVisible()).isTrue();
        assertThat(view.review.existing.getText()).contains("finns redan");
        test(view.review.save).click();

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(text -> assertThat(text).contains("importeras inte två gånger"));
        assertThat(db.fetchCount(MEETING)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "viewimporter", roles = "FORBUNDSCHEF")
    void one_uploaded_file_opens_for_review_and_several_become_a_batch_shown_with_its_files() throws Exception {
        MinutesImportView view = open("import/protokoll", MinutesImportView.class);
        view.received(List.of(new ImportBatchService.UploadedFile(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND))));
        assertThat(view.review).isNotNull();
        test(view.review.cancel).click();
        assertThat(view.review).isNull();

        view.received(List.of(new ImportBatchService.UploadedFile(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND)),
                new ImportBatchService.UploadedFile("faktura.txt", ImportFixture.corpus("faktura-sjoudden-2023-04-20.txt"))));

        assertThat(view.batches.openBatch).isNotNull();
        for (int i = 0; i < 300 && view.batches.files.getListDataView().getItems()
                .anyMatch(f -> f.status() == ImportFileStatus.WAITING); i++) {
            Thread.sleep(100);
            view.batches.refresh();
        }
        assertThat(view.batches.files.getListDataView().getItems().map(ImportBatches.FileRow::status))
                .containsExactly(ImportFileStatus.PARSED, ImportFileStatus.REFUSED);
    }

    @Test
    @WithMockUser(username = "viewreader", roles = "STYRELSE")
    void the_styrelse_cannot_open_the_import() {
        com.vaadin.flow.component.UI.getCurrent().navigate("import/protokoll");
        assertThat(getCurrentView()).isNotInstanceOf(MinutesImportView.class);
    }
}
