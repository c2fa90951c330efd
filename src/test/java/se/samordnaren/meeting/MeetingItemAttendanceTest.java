package se.samordnaren.meeting;

import se.samordnaren.testsupport.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Presence for one § when it differs from the header (jäv, late arrival): loaded with the minutes, locked with them. */
class MeetingItemAttendanceTest extends DatabaseTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesService minutes;

    @Test
    @WithMockUser(username = "itemsecretary", roles = "SEKRETERARE")
    void a_secretary_notes_jav_and_late_arrival_and_removes_an_entry() {
        long meeting = data.meeting(data.board(), LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meeting, 1, "Val av justerare", "Att utse justerare");
        data.paragraphWithDecision(meeting, 2, "Ansökan från Lunds kommun", "Att bevilja medel");
        long anna = data.person("Anna Andersson");
        long bo = data.person("Bo Berg");
        long item = meetings.load(meeting).paragraph(2).orElseThrow().id();

        minutes.addItemAttendance(item, anna, false, "  jäv, deltog inte i beslutet ");
        minutes.addItemAttendance(item, bo, true, "anlände 9.40");

        Minutes loaded = meetings.load(meeting);
        assertThat(loaded.paragraph(1).orElseThrow().attendance()).isEmpty();
        assertThat(loaded.paragraph(2).orElseThrow().attendance())
                .extracting(Minutes.ItemAttendance::name, Minutes.ItemAttendance::present, Minutes.ItemAttendance::note)
                .containsExactly(tuple("Anna Andersson", false, "jäv, deltog inte i beslutet"),
                        tuple("Bo Berg", true, "anlände 9.40"));

        assertThatThrownBy(() -> minutes.addItemAttendance(item, anna, true, null))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.itemAttendeeTwice");
        assertThatThrownBy(() -> minutes.addItemAttendance(item, null, true, null))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.personRequired");

        Minutes.ItemAttendance bosEntry = loaded.paragraph(2).orElseThrow().attendance().get(1);
        minutes.removeItemAttendance(bosEntry.id(), bosEntry.version());
        assertThat(meetings.load(meeting).paragraph(2).orElseThrow().attendance())
                .extracting(Minutes.ItemAttendance::name).containsExactly("Anna Andersson");
    }

    @Test
    @WithMockUser(username = "itemchef", roles = "FORBUNDSCHEF")
    void approved_minutes_refuse_adding_and_removing_with_the_locked_message() {
        long meeting = data.meeting(data.board(), LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meeting, 1, "Ansökan", "Att bevilja medel");
        long anna = data.person("Anna Andersson");
        long bo = data.person("Bo Berg");
        long item = meetings.load(meeting).paragraph(1).orElseThrow().id();
        minutes.addItemAttendance(item, anna, false, "jäv");
        data.approve(meeting);
        Minutes.ItemAttendance entry = meetings.load(meeting).paragraph(1).orElseThrow().attendance().getFirst();

        assertThatThrownBy(() -> minutes.addItemAttendance(item, bo, true, "anlände 9.40"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.locked");
        assertThatThrownBy(() -> minutes.removeItemAttendance(entry.id(), entry.version()))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.locked");
        assertThat(meetings.load(meeting).paragraph(1).orElseThrow().attendance()).containsExactly(entry);
    }

    @Test
    @WithMockUser(username = "itemreader", roles = "STYRELSE")
    void a_reader_may_not_write_attendance() {
        assertThatThrownBy(() -> minutes.addItemAttendance(1L, 1L, true, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
