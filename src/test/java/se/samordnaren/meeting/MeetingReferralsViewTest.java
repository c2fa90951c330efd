package se.samordnaren.meeting;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.ui.DecidedAtLink;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.MEETING;

/** A meeting shows where later decisions referred to it ("Protokollet läggs till handlingarna: Styrelsen … § 4"). */
@SamordnarenTest
class MeetingReferralsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;
    @Autowired
    MeetingService meetings;

    @Test
    @WithMockUser(username = "referralreader", roles = "STYRELSE")
    void laterDecisionsLinkingToTheMeetingAreListedInItsHeader() {
        MeetingTestData data = new MeetingTestData(db);
        long body = data.body();
        String bodyName = db.select(BODY.NAME).from(BODY).where(BODY.ID.eq(body)).fetchSingle(BODY.NAME);
        long november = data.meeting(body, LocalDate.of(2020, 11, 27));
        long march = data.meeting(body, LocalDate.of(2021, 3, 19));
        long novemberRecord = db.select(MEETING.RECORD_ID).from(MEETING).where(MEETING.ID.eq(november)).fetchSingle(MEETING.RECORD_ID);
        data.paragraphWithDecision(march, 3, "Dagordning", "Att fastställa dagordningen");
        long decision = data.paragraphWithDecision(march, 4, "Föregående protokoll", "Att lägga protokollet till handlingarna");
        db.insertInto(DECISION_LINK).set(DECISION_LINK.DECISION_ID, decision).set(DECISION_LINK.RECORD_ID, novemberRecord)
                .set(DECISION_LINK.NOTE, "Protokollet läggs till handlingarna").execute();

        assertThat(meetings.load(november).referredBy())
                .extracting(Minutes.Referral::meetingId, Minutes.Referral::paragraphNumber, Minutes.Referral::note)
                .containsExactly(tuple(march, 4, "Protokollet läggs till handlingarna"));
        assertThat(meetings.load(march).referredBy()).isEmpty();

        navigate("sammantraden/" + november, MeetingView.class);
        assertThat(find(DecidedAtLink.class).all()).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("Protokollet läggs till handlingarna: " + bodyName + " 2021-03-19 § 4");
            assertThat(link.getHref()).isEqualTo("sammantraden/" + march + "?paragraf=4");
        });
    }
}
