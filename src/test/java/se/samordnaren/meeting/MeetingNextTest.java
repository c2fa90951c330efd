package se.samordnaren.meeting;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEETING;

/** The start page's "next meeting": first planned from today on, else the latest planned one; held ones never. */
@SamordnarenTest
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class MeetingNextTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 3, 19);

    @Autowired
    MeetingService meetings;
    @Autowired
    DSLContext db;
    MeetingTestData data;
    long body;

    @BeforeEach
    void emptyDatabase() {
        new TestData(db).reset();
        data = new MeetingTestData(db);
        body = data.body();
    }

    @Test
    void noPlannedMeetingMeansNone() {
        held(TODAY.plusDays(3));
        assertThat(meetings.nextMeeting(TODAY)).isEmpty();
    }

    @Test
    void theEarliestPlannedMeetingFromTodayOn() {
        data.meeting(body, TODAY.minusDays(10));
        long later = data.meeting(body, TODAY.plusDays(30));
        long today = data.meeting(body, TODAY);
        held(TODAY.plusDays(1));
        assertThat(meetings.nextMeeting(TODAY)).get().extracting(MeetingSummary::id).isEqualTo(today);
        assertThat(meetings.nextMeeting(TODAY.plusDays(1))).get().extracting(MeetingSummary::id).isEqualTo(later);
    }

    @Test
    void withNoneAheadTheLatestPlannedOne() {
        data.meeting(body, TODAY.minusDays(40));
        long latest = data.meeting(body, TODAY.minusDays(5));
        held(TODAY.minusDays(1));
        assertThat(meetings.nextMeeting(TODAY)).get().extracting(MeetingSummary::id).isEqualTo(latest);
    }

    private void held(LocalDate date) {
        long id = data.meeting(body, date);
        db.update(MEETING).set(MEETING.STATUS, MeetingStatus.HELD.name()).where(MEETING.ID.eq(id)).execute();
    }
}
