package se.samordnaren.meeting;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.samordnaren.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
/**
 * The minutes' forms refuse what cannot be stored (issue 8 item 3): a date that cannot be read or lies outside what the
 * minutes allow, and a text longer than the database holds, are marked at the field with a Swedish message, the save
 * is blocked and the stored value stays.
 */
@WithMockUser(username = "formchef", roles = "FORBUNDSCHEF")
class MeetingFormsViewTest extends ViewTest {

    private static final LocalDate MEETING_DATE = LocalDate.of(2021, 3, 19);

    @Autowired
    MeetingService meetings;

    private long meeting;

    private MeetingView openMeeting() {
        data.ensureUser("formchef", Role.FORBUNDSCHEF);
        meeting = data.meeting(data.board(), MEETING_DATE);
        data.paragraphWithDecision(meeting, 1, "Årsredovisning", "Att godkänna årsredovisningen");
        return open("sammantraden/" + meeting, MeetingView.class);
    }

    /** What the browser sends when the user types a date it cannot read: the text, and no value. */
    private static void type(DatePicker field, String text) throws ReflectiveOperationException {
        field.getElement().setProperty("_inputElementValue", text);
        Method clientValue = DatePicker.class.getDeclaredMethod("setModelValue", LocalDate.class, boolean.class);
        clientValue.setAccessible(true);
        clientValue.invoke(field, null, true);
    }

    @Test
    void a_mistyped_meeting_date_blocks_the_save_and_keeps_the_stored_date() throws ReflectiveOperationException {
        MeetingView view = openMeeting();
        test(view.editHeaderButton).click();
        roundTrip();
        MeetingPlanDialog dialog = (MeetingPlanDialog) view.dialog;

        type(dialog.date, "2026-02-30");

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage()).startsWith("Skriv datumet som ÅÅÅÅ-MM-DD");
        assertThat(meetings.load(meeting).header().date()).isEqualTo(MEETING_DATE);
    }

    /** The same for a time the browser cannot read. */
    private static void type(TimePicker field, String text) throws ReflectiveOperationException {
        field.getElement().setProperty("_inputElementValue", text);
        Method clientValue = TimePicker.class.getDeclaredMethod("setModelValue", LocalTime.class, boolean.class);
        clientValue.setAccessible(true);
        clientValue.invoke(field, null, true);
    }

    @Test
    void a_mistyped_start_time_blocks_the_save_with_a_swedish_message_and_keeps_the_stored_time()
            throws ReflectiveOperationException {
        MeetingView view = openMeeting();
        test(view.editHeaderButton).click();
        roundTrip();
        MeetingPlanDialog dialog = (MeetingPlanDialog) view.dialog;
        dialog.startTime.setValue(LocalTime.of(9, 30));
        assertThat(dialog.save()).isTrue();
        view.reload();
        test(view.editHeaderButton).click();
        roundTrip();
        dialog = (MeetingPlanDialog) view.dialog;

        type(dialog.startTime, "25:99");

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.startTime.isInvalid()).isTrue();
        assertThat(dialog.startTime.getErrorMessage()).isEqualTo("Skriv tiden som TT:MM, till exempel 09:30, eller välj den i listan.");
        assertThat(meetings.load(meeting).header().startTime()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void a_mistyped_notice_date_never_erases_the_stored_one() throws ReflectiveOperationException {
        MeetingView view = openMeeting();
        data.approve(meeting);
        Minutes.Header approved = meetings.load(meeting).header();
        meetings.postNotice(meeting, approved.version(), approved.approvalDate(), null, approved.approvalDate().plusDays(21));
        view.reload();
        test(view.noticeButton).click();
        roundTrip();
        NoticeDialog dialog = (NoticeDialog) view.dialog;

        type(dialog.removed, "abc");

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.removed.isInvalid()).isTrue();
        assertThat(dialog.removed.getErrorMessage()).startsWith("Skriv datumet som ÅÅÅÅ-MM-DD");
        assertThat(meetings.load(meeting).header().noticeRemovedOn()).isEqualTo(approved.approvalDate().plusDays(21));
    }

    @Test
    void an_approval_date_before_the_meeting_is_refused_at_the_field() {
        MeetingView view = openMeeting();
        test(view.approveButton).click();
        roundTrip();
        ApprovalDialog dialog = (ApprovalDialog) view.dialog;

        dialog.date.setValue(MEETING_DATE.minusDays(1));

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.date.getErrorMessage()).isEqualTo("Datumet får inte vara före 2021-03-19.");
        assertThat(meetings.load(meeting).approved()).isFalse();
    }

    @Test
    void a_title_longer_than_the_database_holds_is_refused_at_the_field() {
        MeetingView view = openMeeting();
        ParagraphDialog dialog = view.openParagraphDialog(view.minutes.paragraphs().getFirst());
        roundTrip();

        test(dialog.title).setValue("x".repeat(301));

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Rubrik får vara högst 300 tecken.");
        assertThat(meetings.load(meeting).paragraphs().getFirst().title()).isEqualTo("Årsredovisning");
    }

    @Test
    void a_reference_line_longer_than_the_database_holds_is_refused_at_the_field() {
        MeetingView view = openMeeting();
        DecisionDialog dialog = view.openDecisionDialog(view.minutes.paragraphs().getFirst());
        roundTrip();

        test(dialog.references).setValue("Bilaga 1\n" + "r".repeat(301));

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.references.isInvalid()).isTrue();
        assertThat(dialog.references.getErrorMessage()).isEqualTo("Hänvisningar får vara högst 300 tecken.");
        assertThat(meetings.load(meeting).paragraphs().getFirst().decision().references()).isEmpty();
    }

    @Test
    void a_condition_is_saved_from_the_minutes_through_the_decision_feature() {
        MeetingView view = openMeeting();
        Minutes.Decision decision = view.minutes.paragraphs().getFirst().decision();
        ConditionDialog dialog = view.openConditionDialog(decision, null);
        roundTrip();

        test(dialog.description).setValue("Redovisa utfallet");
        dialog.dueDate.setValue(LocalDate.of(2021, 6, 11));

        assertThat(dialog.save()).isTrue();
        assertThat(view.minutes.paragraphs().getFirst().decision().followUps()).singleElement()
                .satisfies(c -> {
                    assertThat(c.description()).isEqualTo("Redovisa utfallet");
                    assertThat(c.dueDate()).isEqualTo(LocalDate.of(2021, 6, 11));
                });
    }
}
