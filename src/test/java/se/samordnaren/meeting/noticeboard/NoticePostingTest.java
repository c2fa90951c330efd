package se.samordnaren.meeting.noticeboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.APPROVED_MINUTES_PDF;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.MEETING;

/** The anslag at justering and the daily job that publishes and takes it down (audited as system:anslag). */
class NoticePostingTest extends DatabaseTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    NoticeBoardJob job;

    private long approvedThroughTheService(LocalDate meetingDate, LocalDate approvalDate) {
        data.ensureUser("anslagchef", Role.FORBUNDSCHEF);
        long meeting = data.meeting(data.board(), meetingDate);
        data.paragraphWithDecision(meeting, 1, "Årsredovisning för 2020", "Att godkänna årsredovisningen");
        meetings.approve(meeting, meetings.load(meeting).header().version(), approvalDate, "Kommunhuset Kristallen");
        return meeting;
    }

    @Test
    @WithMockUser(username = "anslagchef", roles = "FORBUNDSCHEF")
    void justering_posts_the_minutes_on_the_next_working_day_for_three_weeks() {
        long meeting = approvedThroughTheService(LocalDate.of(2021, 3, 19), LocalDate.of(2021, 3, 29));

        Minutes.Header h = meetings.load(meeting).header();
        assertThat(h.noticePostedOn()).isEqualTo(LocalDate.of(2021, 3, 30));
        assertThat(h.noticeAppealEndsOn()).isEqualTo(LocalDate.of(2021, 4, 20));
        assertThat(h.noticeRemovedOn()).isEqualTo(LocalDate.of(2021, 4, 21));
        // The protocol stored at justering carries the anslag (its "Anslag/bevis" box) — stored after the dates were set.
        assertThat(db.fetchExists(APPROVED_MINUTES_PDF, APPROVED_MINUTES_PDF.MEETING_ID.eq(meeting))).isTrue();
    }

    @Test
    @WithMockUser(username = "anslagchef", roles = "FORBUNDSCHEF")
    void the_associations_settings_decide_the_delay_and_the_appeal_period() {
        db.update(ASSOCIATION).set(ASSOCIATION.NOTICE_DELAY_WORKING_DAYS, 2).set(ASSOCIATION.APPEAL_PERIOD_DAYS, 14)
                .where(ASSOCIATION.ID.eq(1)).execute();
        // Justerat on the Wednesday before Easter: Thursday is the first working day, the Tuesday after Easter the second.
        long meeting = approvedThroughTheService(LocalDate.of(2021, 3, 26), LocalDate.of(2021, 3, 31));

        Minutes.Header h = meetings.load(meeting).header();
        assertThat(h.noticePostedOn()).isEqualTo(LocalDate.of(2021, 4, 6));
        assertThat(h.noticeAppealEndsOn()).isEqualTo(LocalDate.of(2021, 4, 20));
        assertThat(h.noticeRemovedOn()).isEqualTo(LocalDate.of(2021, 4, 21));
    }

    @Test
    @WithMockUser(username = "anslagchef", roles = "FORBUNDSCHEF")
    void the_forbundschef_adjusts_the_dates_with_the_appeal_end() {
        long meeting = approvedThroughTheService(LocalDate.of(2021, 3, 19), LocalDate.of(2021, 3, 29));
        Minutes.Header h = meetings.load(meeting).header();

        meetings.postNotice(meeting, h.version(), LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 21), LocalDate.of(2021, 4, 22));

        Minutes.Header adjusted = meetings.load(meeting).header();
        assertThat(adjusted.noticePostedOn()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(adjusted.noticeAppealEndsOn()).isEqualTo(LocalDate.of(2021, 4, 21));
        assertThat(adjusted.noticeRemovedOn()).isEqualTo(LocalDate.of(2021, 4, 22));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> meetings.postNotice(meeting, adjusted.version(),
                        LocalDate.of(2021, 3, 31), LocalDate.of(2021, 3, 30), LocalDate.of(2021, 4, 22)))
                .isInstanceOfSatisfying(se.samordnaren.common.UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.error.noticeAppeal"));
    }

    @Test
    void imported_and_sql_approved_minutes_are_not_posted_by_themselves() {
        long meeting = data.meeting(data.board(), LocalDate.of(2021, 3, 19));
        data.approve(meeting, LocalDate.of(2021, 3, 29));

        assertThat(db.select(MEETING.NOTICE_POSTED_ON).from(MEETING).where(MEETING.ID.eq(meeting)).fetchSingle().value1()).isNull();
        assertThat(job.run(LocalDate.of(2021, 4, 1)).published()).isEmpty();
    }

    @Test
    void the_job_publishes_on_the_posting_day_and_takes_down_on_the_removal_day_audited_as_system_anslag() {
        long meeting = data.meeting(data.board(), LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meeting, 1, "Årsredovisning för 2020", "Att godkänna årsredovisningen");
        data.approve(meeting, LocalDate.of(2021, 3, 29));
        data.notice(meeting, LocalDate.of(2021, 3, 30), LocalDate.of(2021, 4, 20), LocalDate.of(2021, 4, 21));
        long before = data.maxAuditId();

        assertThat(job.run(LocalDate.of(2021, 3, 29)).published()).as("the day before").isEmpty();
        NoticePosting.Run posted = job.run(LocalDate.of(2021, 3, 30));
        assertThat(posted.published()).containsExactly(meeting);
        assertThat(job.run(LocalDate.of(2021, 3, 31)).published()).as("once").isEmpty();
        assertThat(db.select(MEETING.NOTICE_PUBLISHED_AT).from(MEETING).where(MEETING.ID.eq(meeting)).fetchSingle().value1()).isNotNull();
        // Publishing stores the protocol of minutes approved without the service (SQL, the demo), so the board has it.
        assertThat(db.fetchExists(APPROVED_MINUTES_PDF, APPROVED_MINUTES_PDF.MEETING_ID.eq(meeting))).isTrue();

        assertThat(job.run(LocalDate.of(2021, 4, 20)).takenDown()).as("the appeal period's last day").isEmpty();
        assertThat(job.run(LocalDate.of(2021, 4, 21)).takenDown()).containsExactly(meeting);
        assertThat(job.run(LocalDate.of(2021, 4, 22)).takenDown()).as("once").isEmpty();

        var audited = db.select(AUDIT_LOG.USERNAME, AUDIT_LOG.NEW_DATA).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.gt(before).and(AUDIT_LOG.TABLE_NAME.eq("meeting"))
                        .and(AUDIT_LOG.ROW_KEY.eq(String.valueOf(meeting))))
                .orderBy(AUDIT_LOG.ID).fetch();
        assertThat(audited).hasSize(2);
        assertThat(audited.getValues(AUDIT_LOG.USERNAME)).containsOnly("system:anslag");
        assertThat(audited.get(0).value2().data()).contains("\"notice_published_at\": \"2");
        assertThat(audited.get(1).value2().data()).contains("\"notice_taken_down_at\": \"2");
    }
}
