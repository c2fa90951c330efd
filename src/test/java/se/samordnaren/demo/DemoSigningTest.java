package se.samordnaren.demo;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.admin.UserService;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.SignatureMethod;
import se.samordnaren.meeting.signing.SigningService;
import se.samordnaren.people.PersonService;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.APPROVED_MINUTES_PDF;
import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;
import static se.samordnaren.db.Tables.PERSON;

/**
 * The demo's justering: the board minutes of 2021-03-19 signed in the application by the chair (user styrelse) and
 * the justerare (user justerare) before 990 approves the other minutes.
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoSigningTest {

    @Autowired
    DSLContext db;
    @Autowired
    UserService users;
    @Autowired
    PersonService people;
    @Autowired
    MeetingService meetings;
    @Autowired
    SigningService signing;
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
    void the_march_minutes_are_signed_by_chair_and_justerare_with_their_password_and_the_others_approved_by_990() {
        assertThat(new DemoDataLoader(db, List.of(new DemoSigning(users, people, meetings, signing))).load()).isTrue();

        long march = db.select(MEETING.ID).from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(BODY.NAME.eq("Styrelsen").and(MEETING.MEETING_DATE.eq(LocalDate.of(2021, 3, 19)))).fetchSingle(MEETING.ID);
        assertThat(db.select(PERSON.FULL_NAME, MINUTES_SIGNATURE.METHOD, APP_USER.USERNAME).from(MINUTES_SIGNATURE)
                .join(PERSON).on(PERSON.ID.eq(MINUTES_SIGNATURE.PERSON_ID))
                .join(APP_USER).on(APP_USER.ID.eq(MINUTES_SIGNATURE.SIGNED_BY_USER_ID))
                .where(MINUTES_SIGNATURE.MEETING_ID.eq(march)).orderBy(MINUTES_SIGNATURE.ID)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()))
                .containsExactly("Henrik Åkesson " + SignatureMethod.PASSWORD + " styrelse",
                        "Johan Ekdahl " + SignatureMethod.PASSWORD + " justerare");
        assertThat(db.select(MEETING.APPROVAL_PLACE).from(MEETING).where(MEETING.ID.eq(march)).fetchSingle().value1())
                .isEqualTo("Digital justering");
        assertThat(db.fetchExists(APPROVED_MINUTES_PDF, APPROVED_MINUTES_PDF.MEETING_ID.eq(march))).isTrue();
        assertThat(db.fetchCount(MEETING, MEETING.APPROVED_AT.isNotNull())).as("990 approved the others").isGreaterThan(3);
    }
}
