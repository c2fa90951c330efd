package se.samordnaren.meeting;

import se.samordnaren.testsupport.CardClicks;
import se.samordnaren.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import se.samordnaren.people.AppointmentRole;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting dialogs pick bodies and people through the people feature; the attendance dialog fills in the capacity. */
class MeetingPickersViewTest extends ViewTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPickers meetingsPickers;

    @Test
    @WithMockUser(username = "pickersecretary", roles = "SEKRETERARE")
    void picking_a_person_fills_in_the_capacity_from_their_appointment_and_a_note_shows_on_the_paragraph() {
        long body = data.board();
        long meeting = data.meeting(body, LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meeting, 1, "Ansökan om medel", "Att bevilja medel");
        String memberName = data.name("Försäkringskassan");
        long member = data.insertMember(memberName, "FORSAKRINGSKASSAN", null);
        String name = data.name("Bertil Berg");
        long person = data.person(name);
        data.appointment(person, body, AppointmentRole.MEMBER, member, LocalDate.of(2019, 1, 1), null);
        // An appointment that ended before the meeting does not count.
        data.appointment(person, body, AppointmentRole.SUBSTITUTE, null, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
        long stranger = data.person(data.name("Gäst Gästsson"));

        MeetingView view = open("sammantraden/" + meeting, MeetingView.class);
        test(view.attendanceButton).click();
        roundTrip();
        AttendanceDialog list = (AttendanceDialog) view.dialog;
        test(list.add).click();
        roundTrip();
        AttendeeDialog dialog = list.attendeeDialog;
        // The people picker searches as the user types (one page from the people feature, not everyone).
        test(dialog.person).setFilter(name);
        Choice bertil = test(dialog.person).getSuggestionItems().stream().filter(c -> c.id() == person).findFirst().orElseThrow();
        assertThat(bertil.label()).isEqualTo(name);
        dialog.role.setValue(AttendanceRole.OTHER_PRESENT);
        dialog.person.setValue(bertil);

        assertThat(dialog.capacity.getValue()).isEqualTo("ledamot, " + memberName);
        assertThat(dialog.role.getValue()).isEqualTo(AttendanceRole.DECISION_MAKER);

        // Someone without an appointment leaves what was typed alone.
        dialog.capacity.setValue("inbjuden gäst");
        dialog.person.setValue(meetingsPickers.person(stranger).orElseThrow());
        assertThat(dialog.capacity.getValue()).isEqualTo("inbjuden gäst");
        dialog.person.setValue(bertil);
        assertThat(dialog.save()).isTrue();
        assertThat(meetings.load(meeting).attendees()).singleElement()
                .satisfies(a -> assertThat(a.capacity()).isEqualTo("inbjuden gäst"));
        assertThat(list.grid.getListDataView().getItems()).extracting(Minutes.Attendee::name).containsExactly(name);
        list.close();

        // Presence for one §, through the § card's tool and its dialog.
        CardClicks.click(view.cards.getFirst(), "attendance-add");
        ItemAttendanceDialog itemList = (ItemAttendanceDialog) view.dialog;
        ItemAttendeeDialog itemDialog = itemList.openAdd();
        itemDialog.person.setValue(bertil);
        itemDialog.note.setValue("jäv, deltog inte i beslutet");
        assertThat(itemDialog.save()).isTrue();
        itemList.close();

        assertThat(view.cards.getFirst().paragraph.attendance()).singleElement()
                .satisfies(a -> assertThat(a.present()).isFalse());
        // The card is markup (CardTools); the line and its tool to change it.
        assertThat(rendered(view.cards.getFirst()).select(".paragraph-attendance span")).extracting(s -> s.text().strip())
                .containsExactly("Närvaro för denna paragraf:", name + " (jäv, deltog inte i beslutet)");
        assertThat(rendered(view.cards.getFirst()).select(".paragraph-attendance button").attr("data-action")).isEqualTo("attendance-edit");
    }
}
