package se.samordnaren.meeting;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.SamordnarenTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Presence for one § when it differs from the header (jäv, late arrival): loaded with the minutes, locked with them. */
@SamordnarenTest
class MeetingItemAttendanceTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    DSLContext db;

    @Test
    @WithMockUser(username = "itemsecretary", roles = "SEKRETERARE")
    void aSecretaryNotesJavAndLateArrivalAndRemovesAnEntry() {
        MeetingTestData data = new MeetingTestData(db);
        long meeting = data.meeting(data.body(), LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meeting, 1, "Val av justerare", "Att utse justerare");
        data.paragraphWithDecision(meeting, 2, "Ansökan från Lunds kommun", "Att bevilja medel");
        long anna = data.person("Anna Andersson");
        long bo = data.person("Bo Berg");
        long item = meetings.load(meeting).paragraph(2).orElseThrow().id();

        meetings.addItemAttendance(item, anna, false, "  jäv, deltog inte i beslutet ");
        meetings.addItemAttendance(item, bo, true, "anlände 9.40");

        Minutes minutes = meetings.load(meeting);
        assertThat(minutes.paragraph(1).orElseThrow().attendance()).isEmpty();
        assertThat(minutes.paragraph(2).orElseThrow().attendance())
                .extracting(Minutes.ItemAttendance::name, Minutes.ItemAttendance::present, Minutes.ItemAttendance::note)
                .containsExactly(tuple("Anna Andersson", false, "jäv, deltog inte i beslutet"),
                        tuple("Bo Berg", true, "anlände 9.40"));

        assertThatThrownBy(() -> meetings.addItemAttendance(item, anna, true, null))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.itemAttendeeTwice");
        assertThatThrownBy(() -> meetings.addItemAttendance(item, null, true, null))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.personRequired");

        Minutes.ItemAttendance bosEntry = minutes.paragraph(2).orElseThrow().attendance().get(1);
        meetings.removeItemAttendance(bosEntry.id(), bosEntry.version());
        assertThat(meetings.load(meeting).paragraph(2).orElseThrow().attendance())
                .extracting(Minutes.ItemAttendance::name).containsExactly("Anna Andersson");
    }

    @Test
    @WithMockUser(username = "itemchef", roles = "FORBUNDSCHEF")
    void approvedMinutesRefuseAddingAndRemovingWithTheLockedMessage() {
        MeetingTestData data = new MeetingTestData(db);
        long meeting = data.meeting(data.body(), LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meeting, 1, "Ansökan", "Att bevilja medel");
        long anna = data.person("Anna Andersson");
        long bo = data.person("Bo Berg");
        long item = meetings.load(meeting).paragraph(1).orElseThrow().id();
        meetings.addItemAttendance(item, anna, false, "jäv");
        data.approve(meeting);
        Minutes.ItemAttendance entry = meetings.load(meeting).paragraph(1).orElseThrow().attendance().getFirst();

        assertThatThrownBy(() -> meetings.addItemAttendance(item, bo, true, "anlände 9.40"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.locked");
        assertThatThrownBy(() -> meetings.removeItemAttendance(entry.id(), entry.version()))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.locked");
        assertThat(meetings.load(meeting).paragraph(1).orElseThrow().attendance()).containsExactly(entry);
    }

    @Test
    @WithMockUser(username = "itemreader", roles = "STYRELSE")
    void aReaderMayNotWriteAttendance() {
        assertThatThrownBy(() -> meetings.addItemAttendance(1L, 1L, true, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
