package se.samordnaren.demo;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import se.samordnaren.common.DateFormats;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;

/**
 * What the README's run command does on an empty database: the demo loader with EVERY step of the demo profile
 * (SQL files, the bookkeeping import, the signing, the agenda, the notice board) in their order. A step that fails
 * here fails the run command (the demo's anslag once went up before its justering and stopped the start).
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoRunCommandTest {

    @Autowired
    DSLContext db;
    @Autowired
    AutowireCapableBeanFactory beans;
    TestData data;

    @BeforeEach
    void emptyDatabase() {
        data = new TestData(db);
        data.reset();
    }

    @AfterEach
    void leaveNoDemoDataBehind() {
        data.reset();
    }

    @Test
    void every_demo_step_runs_on_an_empty_database_and_the_signed_march_minutes_are_on_the_notice_board_today() {
        List<DemoStep> steps = new ArrayList<>();
        for (Class<? extends DemoStep> step : List.of(DemoBookkeeping.class, DemoSigning.class, DemoAgenda.class,
                DemoNoticeBoard.class)) {
            steps.add(beans.createBean(step));
        }
        AnnotationAwareOrderComparator.sort(steps);

        assertThat(new DemoDataLoader(db, steps).load()).isTrue();

        var march = db.select(MEETING.ID, MEETING.STATUS, MEETING.NOTICE_POSTED_ON, MEETING.NOTICE_REMOVED_ON)
                .from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(BODY.NAME.eq("Styrelsen").and(MEETING.MEETING_DATE.eq(LocalDate.of(2021, 3, 19))))
                .fetchSingle();
        LocalDate today = LocalDate.now(DateFormats.SWEDEN);
        assertThat(march.value2()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(db.fetchCount(MINUTES_SIGNATURE, MINUTES_SIGNATURE.MEETING_ID.eq(march.value1()))).isEqualTo(2);
        assertThat(march.value3()).as("posted").isBeforeOrEqualTo(today);
        assertThat(march.value4()).as("taken down").isAfter(today);
    }
}
