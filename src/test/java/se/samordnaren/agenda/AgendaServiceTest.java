package se.samordnaren.agenda;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.TestData;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;

/** Issue 11 items 1 and 3: the agenda proposed from what is due, edited, and turned into the minutes. */
@WithMockUser(username = "agendasekreterare", roles = "SEKRETERARE")
class AgendaServiceTest extends DatabaseTest {

    static final LocalDate MARCH = LocalDate.of(2021, 3, 19);
    static final LocalDate JUNE = LocalDate.of(2021, 6, 11);

    @Autowired
    AgendaService agenda;
    @Autowired
    MeetingService meetings;

    private List<String> titles(long meetingId) {
        return agenda.agenda(meetingId).stream().map(AgendaPoint::title).toList();
    }

    private List<AgendaPoint> ofSource(long meetingId, AgendaSource source) {
        return agenda.agenda(meetingId).stream().filter(p -> p.source() == source).toList();
    }

    @Test
    void a_first_proposal_for_a_body_without_its_own_list_gives_the_default_standing_items() {
        long june = data.meeting(data.board(), JUNE);

        assertThat(agenda.propose(june)).isEqualTo(8);

        assertThat(titles(june)).containsExactly("Mötets öppnande", "Val av justerare", "Godkännande av dagordning",
                "Föregående protokoll", "Anmälan av delegationsbeslut", "Information", "Övriga frågor", "Mötets avslutande");
        assertThat(agenda.agenda(june)).extracting(AgendaPoint::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(agenda.agenda(june).get(2).proposalClauses()).containsExactly("godkänna dagordningen");
        assertThat(agenda.agenda(june).getFirst().proposalClauses()).isEmpty();
    }

    @Test
    void an_application_prepared_by_the_beredningsgrupp_goes_to_the_working_committee_and_not_to_the_board() {
        long app = data.application("Folkuniversitetet, Lund", "Språkstöd i arbetsträning", Map.of(2022, 520_000L));
        data.prepared(app, "APPROVE", LocalDate.of(2021, 5, 12));
        long au = data.meeting(data.workingCommittee(), LocalDate.of(2021, 5, 28));
        long board = data.meeting(data.board(), JUNE);

        agenda.propose(au);
        agenda.propose(board);

        List<AgendaPoint> atCommittee = ofSource(au, AgendaSource.APPLICATION);
        assertThat(atCommittee).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Ansökan om medel: Språkstöd i arbetsträning (Folkuniversitetet, Lund)");
            assertThat(p.proposalClauses()).containsExactly("bevilja Folkuniversitetet, Lund 520\u00a0000\u00a0kr för 2022 för ”Språkstöd i arbetsträning”");
            assertThat(p.papers()).extracting(AgendaPoint.AgendaPaper::fileName).containsExactly("Ansökan Språkstöd i arbetsträning.pdf");
            assertThat(p.kind()).isEqualTo(ItemKind.DECISION);
        });
        assertThat(titles(au).indexOf(atCommittee.getFirst().title())).isEqualTo(4);
        assertThat(ofSource(board, AgendaSource.APPLICATION)).isEmpty();
    }

    @Test
    void an_application_with_more_information_asked_for_is_not_proposed() {
        long app = data.application("Stiftelsen Gröna steg", "Gröna steg", Map.of(2022, 450_000L));
        data.prepared(app, "MORE_INFORMATION", LocalDate.of(2021, 5, 12));
        long au = data.meeting(data.workingCommittee(), LocalDate.of(2021, 5, 28));

        agenda.propose(au);

        assertThat(ofSource(au, AgendaSource.APPLICATION)).isEmpty();
    }

    @Test
    void the_working_committees_proposal_on_an_application_goes_to_the_board_once_with_every_year_asked_for() {
        long app = data.application("Stiftelsen Gröna steg", "Gröna steg", Map.of(2022, 450_000L, 2023, 400_000L));
        data.prepared(app, "APPROVE", LocalDate.of(2021, 5, 12));
        long au = data.heldMeeting(data.workingCommittee(), LocalDate.of(2021, 5, 28), "Teams");
        data.committeeProposal(app, au, 2, "APPROVE");
        long board = data.meeting(data.board(), JUNE);

        agenda.propose(board);

        assertThat(ofSource(board, AgendaSource.APPLICATION)).singleElement().satisfies(p -> assertThat(p.proposalClauses())
                .containsExactly("bevilja Stiftelsen Gröna steg 450\u00a0000\u00a0kr för 2022 och 400\u00a0000\u00a0kr för 2023 för ”Gröna steg”"));
        assertThat(ofSource(board, AgendaSource.PROPOSAL)).as("the proposal is the application's point").isEmpty();
        long otherCommittee = data.meeting(data.workingCommittee(), JUNE);
        agenda.propose(otherCommittee);
        assertThat(ofSource(otherCommittee, AgendaSource.APPLICATION)).as("not at another body's step").isEmpty();
    }

    @Test
    void a_subordinate_bodys_proposal_is_proposed_until_it_is_answered() {
        long au = data.heldMeeting(data.workingCommittee(), LocalDate.of(2021, 5, 28), "Teams");
        long open = data.decision(data.item(au, 1, "Ny arbetsordning", null), DecisionOutcome.PROPOSAL,
                "Att fastställa arbetsordningen", "Att den gäller från 1 juli");
        long answered = data.decision(data.item(au, 2, "Ändrad delegationsordning", null), DecisionOutcome.PROPOSAL,
                "Att ändra delegationsordningen");
        long earlierBoard = data.heldMeeting(data.board(), LocalDate.of(2021, 5, 31), "Kristallen");
        long answer = data.decision(data.item(earlierBoard, 1, "Delegationsordning", null), DecisionOutcome.APPROVED);
        db.update(DECISION).set(DECISION.ANSWERS_PROPOSAL_ID, answered).where(DECISION.ID.eq(answer)).execute();
        long board = data.meeting(data.board(), JUNE);

        agenda.propose(board);

        assertThat(ofSource(board, AgendaSource.PROPOSAL)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Ny arbetsordning");
            assertThat(p.proposalClauses()).containsExactly("fastställa arbetsordningen", "den gäller från 1 juli");
            assertThat(p.description()).contains("§ 1");
        });
        assertThat(open).isNotEqualTo(answered);
    }

    @Test
    void follow_ups_due_by_the_meeting_are_proposed_with_the_reports_received_since() {
        long march = data.heldMeeting(data.board(), MARCH, "Kristallen");
        long decision = data.paragraphWithDecision(march, 5, "En väg in", "Att bevilja fortsatta medel");
        long initiative = data.initiative("En väg in " + data.tag, InitiativeStatus.RUNNING, LocalDate.of(2020, 10, 1), null);
        data.link(decision, data.initiativeRecord(initiative));
        data.reportAttachment(data.report(initiative, ReportKind.LAGESRAPPORT, LocalDate.of(2021, 5, 20)), "Lägesrapport maj.pdf");
        data.reportAttachment(data.report(initiative, ReportKind.LAGESRAPPORT, LocalDate.of(2021, 1, 20)), "Lägesrapport januari.pdf");
        long due = data.followUp(decision, "Redovisa förankringen", null, LocalDate.of(2021, 6, 1));
        data.followUp(decision, "Redovisa utvärderingen", null, LocalDate.of(2021, 9, 30));
        long board = data.meeting(data.board(), JUNE);

        agenda.propose(board);

        assertThat(ofSource(board, AgendaSource.FOLLOW_UP)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Återrapportering: En väg in");
            assertThat(p.description()).contains("Redovisa förankringen").contains("§ 5");
            assertThat(p.proposalClauses()).containsExactly("godkänna återrapporteringen och lägga den till handlingarna");
            assertThat(p.papers()).extracting(AgendaPoint.AgendaPaper::fileName).containsExactly("Lägesrapport maj.pdf");
        });
        assertThat(due).isPositive();
    }

    @Test
    void a_matter_referred_back_returns_once_with_its_follow_up_and_the_report_it_was_about() {
        long march = data.heldMeeting(data.board(), MARCH, "Kristallen");
        long june = data.meeting(data.board(), JUNE);
        long decision = data.decision(data.item(march, 9, "AMA-rapporten", "Rapporten återremitteras"), DecisionOutcome.REFERRED_BACK,
                "Att återremittera för att korrigera");
        long initiative = data.initiative("Arbetsmarknadsanalys " + data.tag, InitiativeStatus.RUNNING, LocalDate.of(2020, 3, 1), null);
        data.link(decision, data.initiativeRecord(initiative));
        long report = data.report(initiative, ReportKind.SLUTRAPPORT, LocalDate.of(2021, 3, 5));
        db.execute("update initiative_report set presented_item_id = (select item_id from decision where id = ?) where id = ?", decision, report);
        data.reportAttachment(report, "AMA Lunds kommun 2021.pdf");
        long followUp = data.followUpAtMeeting(decision, "AMA-rapporten tas upp på nytt", june);

        agenda.propose(june);

        assertThat(ofSource(june, AgendaSource.REFERRED)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("AMA-rapporten");
            assertThat(p.description()).isEqualTo("Återremitterades av " + data.boardName() + " 2021-03-19 § 9.");
            assertThat(p.papers()).extracting(AgendaPoint.AgendaPaper::fileName).containsExactly("AMA Lunds kommun 2021.pdf");
        });
        assertThat(ofSource(june, AgendaSource.FOLLOW_UP)).as("the follow-up is the referred point's").isEmpty();
        assertThat(followUp).isPositive();
    }

    @Test
    void a_matter_taken_up_again_at_a_later_meeting_is_not_referred_again() {
        long march = data.heldMeeting(data.board(), MARCH, "Kristallen");
        long decision = data.decision(data.item(march, 9, "AMA-rapporten", null), DecisionOutcome.POSTPONED);
        long initiative = data.initiative("Arbetsmarknadsanalys " + data.tag, InitiativeStatus.RUNNING, LocalDate.of(2020, 3, 1), null);
        data.link(decision, data.initiativeRecord(initiative));
        long april = data.heldMeeting(data.board(), LocalDate.of(2021, 4, 23), "Kristallen");
        data.link(data.paragraphWithDecision(april, 3, "AMA-rapporten", "Att godkänna rapporten"), data.initiativeRecord(initiative));
        long june = data.meeting(data.board(), JUNE);

        agenda.propose(june);

        assertThat(ofSource(june, AgendaSource.REFERRED)).isEmpty();
    }

    @Test
    void the_years_fixed_items_come_in_march_and_november_unless_already_decided() {
        long march = data.meeting(data.board(), MARCH);
        long decided = data.paragraphWithDecision(data.heldMeeting(data.board(), LocalDate.of(2021, 2, 26), "Kristallen"), 1,
                "Reviderad budget", "Att fastställa");
        data.decidedBudget(2021, se.samordnaren.budget.BudgetVersionKind.REVISED, "Reviderad budget 2021", decided, Map.of());
        long november = data.meeting(data.board(), LocalDate.of(2021, 11, 26));
        long committee = data.meeting(data.workingCommittee(), LocalDate.of(2021, 3, 5));

        agenda.propose(march);
        agenda.propose(november);
        agenda.propose(committee);

        assertThat(ofSource(march, AgendaSource.YEARLY)).extracting(AgendaPoint::title).containsExactly("Årsredovisning för 2020");
        assertThat(ofSource(november, AgendaSource.YEARLY)).extracting(AgendaPoint::title)
                .containsExactly("Verksamhetsplan och budget för 2022");
        assertThat(ofSource(november, AgendaSource.YEARLY).getFirst().proposalClauses())
                .containsExactly("fastställa verksamhetsplan och budget för 2022");
        assertThat(ofSource(committee, AgendaSource.YEARLY)).isEmpty();
    }

    @Test
    void proposing_again_adds_only_what_is_missing_after_the_last_matter() {
        long march = data.heldMeeting(data.board(), MARCH, "Kristallen");
        long decision = data.paragraphWithDecision(march, 5, "En väg in", "Att bevilja fortsatta medel");
        data.followUp(decision, "Redovisa förankringen", null, LocalDate.of(2021, 6, 1));
        long june = data.meeting(data.board(), JUNE);
        assertThat(agenda.propose(june)).isEqualTo(9);

        assertThat(agenda.propose(june)).isZero();
        assertThat(titles(june)).hasSize(9);

        data.followUp(decision, "Redovisa ansvarsfördelningen", null, LocalDate.of(2021, 6, 1));
        assertThat(agenda.propose(june)).isEqualTo(1);
        assertThat(titles(june)).containsExactly("Mötets öppnande", "Val av justerare", "Godkännande av dagordning",
                "Föregående protokoll", "Återrapportering: En väg in", "Återrapportering: En väg in",
                "Anmälan av delegationsbeslut", "Information", "Övriga frågor", "Mötets avslutande");
        assertThat(agenda.agenda(june)).extracting(AgendaPoint::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void the_body_s_own_standing_items_replace_the_default_list_and_a_stale_save_is_refused() {
        long body = data.board();
        List<AgendaTemplateItem> opened = agenda.template(body);
        assertThat(opened).hasSize(8).allMatch(t -> t.id() == null);

        agenda.saveTemplate(body, opened, List.of(
                new AgendaTemplateItem(null, null, "Sammanträdet öppnas", ItemKind.INFORMATION, List.of()),
                new AgendaTemplateItem(null, null, "Val av justerare och justeringsdag", ItemKind.DECISION, List.of("utse justerare")),
                new AgendaTemplateItem(null, null, "Sammanträdet avslutas", ItemKind.INFORMATION, List.of())));
        List<AgendaTemplateItem> own = agenda.template(body);
        assertThat(own).extracting(AgendaTemplateItem::title)
                .containsExactly("Sammanträdet öppnas", "Val av justerare och justeringsdag", "Sammanträdet avslutas");
        assertThatThrownBy(() -> agenda.saveTemplate(body, opened, List.of()))
                .isInstanceOf(ConcurrentEditException.class);

        long june = data.meeting(body, JUNE);
        agenda.propose(june);
        assertThat(titles(june)).containsExactly("Sammanträdet öppnas", "Val av justerare och justeringsdag", "Sammanträdet avslutas");
    }

    @Test
    void the_agenda_becomes_the_minutes_once_with_the_proposals_as_decisions_and_links() {
        long app = data.application("Stiftelsen Gröna steg", "Gröna steg", Map.of(2022, 450_000L));
        data.prepared(app, "REJECT", LocalDate.of(2021, 5, 12));
        long au = data.heldMeeting(data.workingCommittee(), LocalDate.of(2021, 5, 28), "Teams");
        long proposal = data.committeeProposal(app, au, 2, "REJECT");
        long june = data.meeting(data.board(), JUNE);
        agenda.propose(june);
        AgendaPoint information = agenda.agenda(june).stream().filter(p -> p.title().equals("Information")).findFirst().orElseThrow();
        agenda.markNotReached(information.id(), information.version(), true);

        int made = agenda.toMinutes(june, meetings.load(june).header().version());

        Minutes minutes = meetings.load(june);
        assertThat(made).isEqualTo(8);
        assertThat(minutes.header().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(minutes.paragraphs()).extracting(p -> p.number() + " " + p.title()).containsExactly(
                "1 Mötets öppnande", "2 Val av justerare", "3 Godkännande av dagordning", "4 Föregående protokoll",
                "5 Ansökan om medel: Gröna steg (Stiftelsen Gröna steg)", "6 Anmälan av delegationsbeslut",
                "7 Övriga frågor", "8 Mötets avslutande");
        Minutes.Paragraph application = minutes.paragraphs().get(4);
        assertThat(application.decision().outcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(application.decision().answersProposalId()).isEqualTo(proposal);
        assertThat(application.decision().clauses()).extracting(Minutes.Clause::text)
                .containsExactly("Att avslå ansökan från Stiftelsen Gröna steg om medel för ”Gröna steg”");
        long applicationRecord = db.select(FUNDING_APPLICATION.RECORD_ID).from(FUNDING_APPLICATION)
                .where(FUNDING_APPLICATION.ID.eq(app)).fetchSingle(FUNDING_APPLICATION.RECORD_ID);
        assertThat(db.fetchExists(DECISION_LINK, DECISION_LINK.DECISION_ID.eq(application.decision().id())
                .and(DECISION_LINK.RECORD_ID.eq(applicationRecord)))).isTrue();
        assertThat(minutes.paragraphs().get(2).decision().clauses()).extracting(Minutes.Clause::text)
                .containsExactly("Att godkänna dagordningen");
        assertThat(minutes.paragraphs().getFirst().decision()).isNull();
        assertThat(agenda.agenda(june)).filteredOn(p -> !p.notReached()).allMatch(p -> p.itemId() != null);

        assertThat(agenda.toMinutes(june, meetings.load(june).header().version())).isZero();
        assertThat(db.fetchCount(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(june))).isEqualTo(8);
    }

    @Test
    void a_working_committee_s_decision_on_a_prepared_application_becomes_its_proposal_to_the_board() {
        long board = data.board();
        long app = data.application("Folkuniversitetet, Lund", "Språkstöd", Map.of(2022, 520_000L));
        data.prepared(app, "APPROVE", LocalDate.of(2021, 5, 12));
        long au = data.meeting(data.workingCommittee(), LocalDate.of(2021, 5, 28));
        agenda.propose(au);

        agenda.toMinutes(au, meetings.load(au).header().version());

        Minutes.Paragraph paragraph = meetings.load(au).paragraphs().get(4);
        assertThat(paragraph.decision().outcome()).isEqualTo(DecisionOutcome.PROPOSAL);
        assertThat(paragraph.decision().proposalToBodyId()).isEqualTo(board);
    }

    @Test
    void a_point_not_reached_is_offered_at_the_bodys_next_meeting_once() {
        long june = data.meeting(data.board(), JUNE);
        long point = agenda.addPoint(new AgendaPointDraft(null, null, june, "Information och nyheter från parterna",
                ItemKind.INFORMATION, "Parterna berättar", "lägga informationen till handlingarna", null));
        long paper = agenda.uploadPaper(point, "Nyheter.pdf", "application/pdf", TestData.pdf("Nyheter")).id();
        agenda.markNotReached(point, 1, true);
        agenda.toMinutes(june, meetings.load(june).header().version());
        assertThat(meetings.load(june).paragraphs()).isEmpty();
        long september = data.meeting(data.board(), LocalDate.of(2021, 9, 24));
        long october = data.meeting(data.board(), LocalDate.of(2021, 10, 22));

        agenda.propose(september);
        agenda.propose(october);

        assertThat(ofSource(september, AgendaSource.NOT_REACHED)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Information och nyheter från parterna");
            assertThat(p.description()).startsWith("Hanns inte med vid sammanträdet 2021-06-11.");
            assertThat(p.proposalClauses()).containsExactly("lägga informationen till handlingarna");
            assertThat(p.papers()).extracting(AgendaPoint.AgendaPaper::attachmentId).containsExactly(paper);
        });
        assertThat(ofSource(october, AgendaSource.NOT_REACHED)).as("carried once").isEmpty();
    }

    @Test
    void points_are_edited_moved_and_removed_with_optimistic_locking() {
        long june = data.meeting(data.board(), JUNE);
        long first = agenda.addPoint(new AgendaPointDraft(null, null, june, "Ekonomisk uppföljning", ItemKind.INFORMATION, null, null, null));
        long second = agenda.addPoint(new AgendaPointDraft(null, null, june, "Lokalfrågan", ItemKind.DECISION, null,
                "Att hyra lokalen\n\nteckna avtal", "Dnr 2021.020"));
        assertThat(agenda.agenda(june).get(1).proposalClauses()).containsExactly("hyra lokalen", "teckna avtal");

        agenda.updatePoint(new AgendaPointDraft(first, 1, june, "Ekonomisk uppföljning per maj", ItemKind.INFORMATION,
                "Utfall januari–maj", null, null));
        assertThatThrownBy(() -> agenda.updatePoint(new AgendaPointDraft(first, 1, june, "Gammal", ItemKind.INFORMATION, null, null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        agenda.movePoint(second, 1, true);
        assertThat(titles(june)).containsExactly("Lokalfrågan", "Ekonomisk uppföljning per maj");
        agenda.removePoint(second, 2);
        assertThat(agenda.agenda(june)).extracting(p -> p.position() + " " + p.title()).containsExactly("1 Ekonomisk uppföljning per maj");
        assertThatThrownBy(() -> agenda.addPoint(new AgendaPointDraft(null, null, june, " ", ItemKind.INFORMATION, null, null, null)))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("agenda.error.titleRequired");
    }

    @Test
    void an_existing_attachment_is_added_as_a_paper_once() {
        long june = data.meeting(data.board(), JUNE);
        long app = data.application("Folkuniversitetet, Lund", "Språkstöd", Map.of(2022, 520_000L));
        long point = agenda.addPoint(new AgendaPointDraft(null, null, june, "Språkstöd", ItemKind.DECISION, null, null, null));
        PaperChoice choice = agenda.paperChoices("språkstöd").getFirst();
        assertThat(choice.label()).startsWith("Ansökan Språkstöd.pdf (");

        agenda.addPaper(point, choice.attachmentId());

        assertThat(agenda.agenda(june).getFirst().papers()).extracting(AgendaPoint.AgendaPaper::fileName).containsExactly("Ansökan Språkstöd.pdf");
        assertThatThrownBy(() -> agenda.addPaper(point, choice.attachmentId()))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("agenda.error.paperTwice");
        agenda.removePaper(point, choice.attachmentId());
        assertThat(agenda.agenda(june).getFirst().papers()).isEmpty();
        assertThat(app).isPositive();
    }

    @Test
    void approved_minutes_lock_the_agenda() {
        long march = data.heldMeeting(data.board(), MARCH, "Kristallen");
        data.approve(march);

        assertThatThrownBy(() -> agenda.propose(march))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("agenda.error.locked");
        assertThatThrownBy(() -> agenda.addPoint(new AgendaPointDraft(null, null, march, "Sent", ItemKind.INFORMATION, null, null, null)))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("agenda.error.locked");
    }

    @Test
    @WithMockUser(username = "agendastyrelse", roles = "STYRELSE")
    void a_board_member_reads_the_agenda_but_cannot_prepare_or_convert_it() {
        long june = data.meeting(data.board(), JUNE);

        assertThat(agenda.agenda(june)).isEmpty();
        assertThat(agenda.mayEdit()).isFalse();
        assertThatThrownBy(() -> agenda.propose(june)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.toMinutes(june, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.saveTemplate(data.board(), List.of(), List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.addPoint(new AgendaPointDraft(null, null, june, "x", ItemKind.INFORMATION, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "agendaekonom", roles = "EKONOM")
    void the_ekonom_cannot_upload_a_paper_for_a_point() {
        assertThatThrownBy(() -> agenda.uploadPaper(1, "x.pdf", "application/pdf", TestData.pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
