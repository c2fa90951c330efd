package se.samordnaren.meeting;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.SamordnarenTest;

import java.time.LocalDate;
import se.samordnaren.people.AppointmentRole;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.MEMBER;

/** The meeting dialogs pick bodies and people through the people feature; the attendance dialog fills in the capacity. */
@SamordnarenTest
class MeetingPickersViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;
    @Autowired
    MeetingService meetings;

    @Test
    @WithMockUser(username = "pickersecretary", roles = "SEKRETERARE")
    void pickingAPersonFillsInTheCapacityFromTheirAppointmentAndANoteShowsOnTheParagraph() {
        MeetingTestData data = new MeetingTestData(db);
        long body = data.body();
        long meeting = data.meeting(body, LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meeting, 1, "Ansökan om medel", "Att bevilja medel");
        String memberName = MeetingTestData.unique("Försäkringskassan");
        long member = db.insertInto(MEMBER).set(MEMBER.NAME, memberName).set(MEMBER.MEMBER_TYPE, se.samordnaren.association.MemberType.FORSAKRINGSKASSAN)
                .returning(MEMBER.ID).fetchSingle(MEMBER.ID);
        String name = MeetingTestData.unique("Bertil Berg");
        long person = data.person(name);
        db.insertInto(APPOINTMENT).set(APPOINTMENT.PERSON_ID, person).set(APPOINTMENT.BODY_ID, body)
                .set(APPOINTMENT.ROLE, AppointmentRole.MEMBER).set(APPOINTMENT.MEMBER_REPRESENTED_ID, member)
                .set(APPOINTMENT.VALID_FROM, LocalDate.of(2019, 1, 1)).execute();
        // An appointment that ended before the meeting does not count.
        db.insertInto(APPOINTMENT).set(APPOINTMENT.PERSON_ID, person).set(APPOINTMENT.BODY_ID, body)
                .set(APPOINTMENT.ROLE, AppointmentRole.SUBSTITUTE).set(APPOINTMENT.VALID_FROM, LocalDate.of(2017, 1, 1))
                .set(APPOINTMENT.VALID_TO, LocalDate.of(2018, 12, 31)).execute();
        long stranger = data.person(MeetingTestData.unique("Gäst Gästsson"));

        MeetingView view = navigate("sammantraden/" + meeting, MeetingView.class);
        test(view.attendanceButton).click();
        AttendanceDialog dialog = (AttendanceDialog) view.dialog;
        Choice bertil = dialog.person.getListDataView().getItems().filter(c -> c.id() == person).findFirst().orElseThrow();
        assertThat(bertil.label()).isEqualTo(name);
        dialog.role.setValue(AttendanceRole.OTHER_PRESENT);
        dialog.person.setValue(bertil);

        assertThat(dialog.capacity.getValue()).isEqualTo("ledamot, " + memberName);
        assertThat(dialog.role.getValue()).isEqualTo(AttendanceRole.DECISION_MAKER);

        // Someone without an appointment leaves what was typed alone.
        dialog.capacity.setValue("inbjuden gäst");
        dialog.person.setValue(dialog.person.getListDataView().getItems().filter(c -> c.id() == stranger).findFirst().orElseThrow());
        assertThat(dialog.capacity.getValue()).isEqualTo("inbjuden gäst");
        dialog.person.setValue(bertil);
        dialog.addAttendee();
        assertThat(meetings.load(meeting).attendees()).singleElement()
                .satisfies(a -> assertThat(a.capacity()).isEqualTo("inbjuden gäst"));
        dialog.close();

        // Presence for one §, through the § card's dialog.
        ItemAttendanceDialog itemDialog = view.openItemAttendanceDialog(view.minutes.paragraphs().getFirst());
        itemDialog.person.setValue(itemDialog.person.getListDataView().getItems().filter(c -> c.id() == person).findFirst().orElseThrow());
        itemDialog.note.setValue("jäv, deltog inte i beslutet");
        itemDialog.addEntry();
        itemDialog.close();

        assertThat(view.cards.getFirst().paragraph.attendance()).singleElement()
                .satisfies(a -> assertThat(a.present()).isFalse());
        assertThat(find(Span.class).all()).extracting(s -> s.getText().strip())
                .contains("Närvaro för denna paragraf:", name + " (jäv, deltog inte i beslutet)");
    }
}
