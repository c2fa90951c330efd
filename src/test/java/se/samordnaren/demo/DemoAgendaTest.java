package se.samordnaren.demo;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.agenda.AgendaPoint;
import se.samordnaren.agenda.AgendaService;
import se.samordnaren.agenda.AgendaSource;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;

/** The demo's board meeting of 2021-06-11 is prepared from what is due (issue 11). */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoAgendaTest {

    @Autowired
    DSLContext db;
    @Autowired
    AgendaService agenda;
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
    @WithMockUser(username = "demoreader", roles = "STYRELSE")
    void the_june_board_meeting_gets_the_ama_report_referred_back_and_the_pending_application() {
        long before = data.maxAuditId();
        assertThat(new DemoDataLoader(db, List.of(new DemoAgenda(db, agenda))).load()).isTrue();
        long june = db.select(MEETING.ID).from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(BODY.NAME.eq("Styrelsen").and(MEETING.MEETING_DATE.eq(DemoAgenda.JUNE))).fetchSingle(MEETING.ID);

        List<AgendaPoint> points = agenda.agenda(june);

        assertThat(points).extracting(p -> p.position() + " " + p.title()).containsExactly(
                "1 Mötets öppnande", "2 Val av justerare", "3 Godkännande av dagordning", "4 Föregående protokoll",
                "5 AMA-rapporten",
                "6 Ansökan om medel: Gröna steg – arbetsträning i odling (reviderad) (Stiftelsen Gröna steg, Genarp)",
                "7 Anmälan av delegationsbeslut", "8 Information", "9 Övriga frågor", "10 Mötets avslutande");
        AgendaPoint ama = points.get(4);
        assertThat(ama.source()).isEqualTo(AgendaSource.REFERRED);
        assertThat(ama.description()).isEqualTo("Återremitterades av Styrelsen 2021-03-19 § 9.");
        assertThat(ama.papers()).extracting(AgendaPoint.AgendaPaper::fileName).containsExactly("AMA Lunds kommun 2021.pdf");
        assertThat(points.get(5).proposalClauses())
                .containsExactly("avslå ansökan från Stiftelsen Gröna steg, Genarp om medel för ”Gröna steg – arbetsträning i odling (reviderad)”");
        assertThat(points.get(5).papers()).extracting(AgendaPoint.AgendaPaper::fileName).containsExactly("Gröna steg reviderad ansökan.pdf");
        assertThat(db.fetchValues(db.selectDistinct(AUDIT_LOG.USERNAME).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.gt(before)).and(AUDIT_LOG.TABLE_NAME.eq("agenda_entry")))).containsExactly("demo");
    }
}
