package se.samordnaren.minutesimport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.DatabaseTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.ATTACHMENT;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_ATTENDANCE;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;
import static se.samordnaren.db.Tables.PERSON;

class MinutesImportServiceTest extends DatabaseTest {

    @Autowired
    MinutesImportService imports;

    ImportFixture fixture;
    long board;

    @BeforeEach
    void register() {
        fixture = new ImportFixture(db);
        board = fixture.board();
        fixture.workingCommittee();
        fixture.user("importer", Role.SEKRETERARE);
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void saving_the_lund_example_creates_the_approved_meeting_with_every_paragraph_and_outcome() {
        ImportDraft draft = imports.read(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND));
        assertThat(draft.bodyId).isEqualTo(board);
        assertThat(draft.date).isEqualTo(LocalDate.of(2021, 3, 19));
        assertThat(draft.approvalDate).isEqualTo(LocalDate.of(2021, 3, 29));

        long meetingId = imports.save(draft);

        var meeting = db.selectFrom(MEETING).where(MEETING.ID.eq(meetingId)).fetchSingle();
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(meeting.getApprovalDate()).isEqualTo(LocalDate.of(2021, 3, 29));
        assertThat(meeting.getImportedAt()).isNotNull();
        assertThat(meeting.getBodyNameAsApproved()).isEqualTo("Styrelsen");
        assertThat(db.select(ATTACHMENT.FILE_NAME, ATTACHMENT.CONTENT_TYPE).from(ATTACHMENT)
                .where(ATTACHMENT.ID.eq(meeting.getImportedFromAttachmentId())).fetchSingle().value1())
                .isEqualTo(ImportFixture.LUND);
        assertThat(db.select(AGENDA_ITEM.NUMBER).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.NUMBER).fetch(AGENDA_ITEM.NUMBER))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(db.select(AGENDA_ITEM.NUMBER, DECISION.OUTCOME).from(DECISION).join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID)).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.NUMBER).fetch(r -> r.value1() + " " + r.value2()))
                .containsExactly("2 APPROVED", "3 APPROVED", "4 NOTED", "5 GRANTED", "6 APPROVED", "7 APPROVED",
                        "9 REFERRED_BACK");
        assertThat(db.fetchCount(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEETING_ID.eq(meetingId))).isEqualTo(11);
        assertThat(db.fetchCount(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEETING_ID.eq(meetingId)
                .and(MEETING_ATTENDANCE.IS_CHAIR))).isEqualTo(1);
        assertThat(db.fetchCount(PERSON)).isEqualTo(11);
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void an_au_protocol_saves_its_proposals_to_the_board_and_its_printed_protocol_is_made_on_request() {
        String au = "au-sjobygden-2023-04-05.txt";
        ImportDraft draft = imports.read(au, ImportFixture.corpus(au));
        assertThat(draft.paragraphs).filteredOn(p -> p.outcome == DecisionOutcome.PROPOSAL).isNotEmpty()
                .allSatisfy(p -> assertThat(p.proposalToBodyId).isEqualTo(board));

        long meetingId = imports.save(draft);

        assertThat(db.fetchCount(DECISION.join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID)),
                AGENDA_ITEM.MEETING_ID.eq(meetingId).and(DECISION.OUTCOME.eq(DecisionOutcome.PROPOSAL))
                        .and(DECISION.PROPOSAL_TO_BODY_ID.eq(board)))).isPositive();
        assertThat(pdfs.minutes(meetingId).content()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Autowired
    se.samordnaren.meeting.pdf.MinutesPdfService pdfs;

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void the_e_signatures_of_an_au_protocol_are_kept_with_names_titles_times_at_their_offset_and_identification() {
        String au = "au-sjobygden-2023-04-05.txt";
        long meetingId = imports.save(imports.read(au, ImportFixture.corpus(au)));

        var signatures = db.selectFrom(MINUTES_SIGNATURE).where(MINUTES_SIGNATURE.MEETING_ID.eq(meetingId))
                .orderBy(MINUTES_SIGNATURE.SIGNED_AT).fetch();
        assertThat(signatures).extracting(r -> r.getSignerName() + ", " + r.getSignerTitle() + ", "
                        + r.getSignedAt().toInstant() + " " + r.getSignedAtOffsetMinutes() + ", " + r.getMethod() + ", "
                        + r.getMethodDetail())
                .containsExactly(
                        "Helena Strand, Sekreterare, 2023-04-11T14:45:02Z 120, IMPORTED_E_SIGNATURE, BankID",
                        "Anna Berg, Ordförande, 2023-04-12T06:14:31Z 120, IMPORTED_E_SIGNATURE, Svensk e-legitimation",
                        "Lars Håkansson, Justerare, 2023-04-12T07:02:10Z 120, IMPORTED_E_SIGNATURE, Svensk e-legitimation");
        // each signer is an attendee of the header: the signature points to that person
        assertThat(signatures).allSatisfy(r -> assertThat(db.select(PERSON.FULL_NAME).from(PERSON)
                .where(PERSON.ID.eq(r.getPersonId())).fetchOne(PERSON.FULL_NAME)).isEqualTo(r.getSignerName()));
        assertThat(signatures).allSatisfy(r -> assertThat(r.getContentSha256()).isNull());
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void the_signatures_of_imported_minutes_cannot_be_changed_removed_or_added_to() {
        String au = "au-sjobygden-2023-04-05.txt";
        long meetingId = imports.save(imports.read(au, ImportFixture.corpus(au)));
        long signatureId = db.select(MINUTES_SIGNATURE.ID).from(MINUTES_SIGNATURE)
                .where(MINUTES_SIGNATURE.MEETING_ID.eq(meetingId)).limit(1).fetchSingle(MINUTES_SIGNATURE.ID);

        assertThatThrownBy(() -> db.update(MINUTES_SIGNATURE).set(MINUTES_SIGNATURE.SIGNER_NAME, "Någon annan")
                .where(MINUTES_SIGNATURE.ID.eq(signatureId)).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.error.locked"));
        assertThatThrownBy(() -> db.deleteFrom(MINUTES_SIGNATURE).where(MINUTES_SIGNATURE.ID.eq(signatureId)).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.error.locked"));
        assertThatThrownBy(() -> db.insertInto(MINUTES_SIGNATURE).set(MINUTES_SIGNATURE.MEETING_ID, meetingId)
                .set(MINUTES_SIGNATURE.SIGNER_NAME, "Efterhand").set(MINUTES_SIGNATURE.SIGNED_AT, java.time.OffsetDateTime.now())
                .set(MINUTES_SIGNATURE.METHOD, se.samordnaren.meeting.SignatureMethod.PAPER).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.error.locked"));
        assertThat(db.fetchCount(MINUTES_SIGNATURE, MINUTES_SIGNATURE.MEETING_ID.eq(meetingId))).isEqualTo(3);
        assertThat(db.select(MINUTES_SIGNATURE.SIGNER_NAME).from(MINUTES_SIGNATURE).where(MINUTES_SIGNATURE.ID.eq(signatureId))
                .fetchSingle(MINUTES_SIGNATURE.SIGNER_NAME)).isNotEqualTo("Någon annan");
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void the_saved_minutes_are_locked_like_any_approved_minutes() {
        long meetingId = imports.save(imports.read(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND)));

        assertThatThrownBy(() -> db.update(AGENDA_ITEM).set(AGENDA_ITEM.TITLE, "Ändrad")
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).execute())
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.locked");
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void a_meeting_already_in_the_register_is_refused_naming_it_and_nothing_is_saved() {
        byte[] lund = ImportFixture.corpus(ImportFixture.LUND);
        long first = imports.save(imports.read(ImportFixture.LUND, lund));
        int people = db.fetchCount(PERSON);
        ImportDraft again = imports.read("kopia.txt", lund);
        assertThat(imports.existingMeeting(again)).hasValueSatisfying(label -> assertThat(label).contains("2021-03-19"));

        assertThatThrownBy(() -> imports.save(again))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.error.importDuplicate");
                    assertThat(e.arguments()).contains(String.valueOf(first));
                });
        assertThat(db.fetchCount(MEETING)).isEqualTo(1);
        assertThat(db.fetchCount(ATTACHMENT)).isEqualTo(1);
        assertThat(db.fetchCount(PERSON)).isEqualTo(people);
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void the_database_refuses_a_second_imported_meeting_of_the_same_body_and_day() {
        imports.save(imports.read(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND)));
        long attachment = db.insertInto(ATTACHMENT).set(ATTACHMENT.FILE_NAME, "x.txt").set(ATTACHMENT.CONTENT_TYPE, "text/plain")
                .set(ATTACHMENT.CONTENT, "x".getBytes(StandardCharsets.UTF_8)).set(ATTACHMENT.IMPORTED_MINUTES, true)
                .returning(ATTACHMENT.ID).fetchSingle(ATTACHMENT.ID);

        assertThatThrownBy(() -> db.insertInto(MEETING).set(MEETING.BODY_ID, board)
                .set(MEETING.MEETING_DATE, LocalDate.of(2021, 3, 19))
                .set(MEETING.IMPORTED_AT, java.time.OffsetDateTime.now())
                .set(MEETING.IMPORTED_FROM_ATTACHMENT_ID, attachment).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.error.importedOnce"));
    }

    @Test
    @WithMockUser(username = "importer", roles = "FORBUNDSCHEF")
    void an_empty_a_damaged_or_a_non_minutes_file_is_refused_in_swedish_and_nothing_is_saved() {
        assertThatThrownBy(() -> imports.read("tom.txt", new byte[0]))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("minutesImport.error.refused");
                    assertThat(e.arguments()[1].toString()).contains("tom");
                });
        assertThatThrownBy(() -> imports.read("trasig.pdf", "%PDF-1.4 inte alls en pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).startsWith("minutesImport.error."));
        String invoice = "faktura-sjoudden-2023-04-20.txt";
        assertThatThrownBy(() -> imports.read(invoice, ImportFixture.corpus(invoice)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.arguments()[1].toString()).containsIgnoringCase("faktura"));
        assertThat(db.fetchCount(MEETING)).isZero();
        assertThat(db.fetchCount(ATTACHMENT)).isZero();
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void an_accepted_link_suggestion_is_saved_as_a_decision_link() {
        long enVagIn = fixture.initiative("En väg in", null);
        ImportDraft draft = imports.read(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND));
        ImportDraft.Item five = draft.paragraphs.stream().filter(p -> p.number == 5).findFirst().orElseThrow();
        assertThat(five.suggestions).extracting(ImportDraft.LinkSuggestion::recordId).containsExactly(enVagIn);
        five.acceptedLinks.add(enVagIn);

        long meetingId = imports.save(draft);

        assertThat(db.select(AGENDA_ITEM.NUMBER).from(DECISION_LINK).join(DECISION).on(DECISION.ID.eq(DECISION_LINK.DECISION_ID))
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(DECISION_LINK.RECORD_ID.eq(enVagIn)))
                .fetch(AGENDA_ITEM.NUMBER)).containsExactly(5);
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void corrections_of_the_review_are_what_is_saved() {
        ImportDraft draft = imports.read(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND));
        draft.paragraphs.get(13).number = 40;
        draft.paragraphs.get(8).outcome = DecisionOutcome.POSTPONED;
        draft.mergeWithNext(9);

        long meetingId = imports.save(draft);

        assertThat(db.select(AGENDA_ITEM.NUMBER).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.NUMBER).fetch(AGENDA_ITEM.NUMBER))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 15, 40);
        assertThat(db.select(DECISION.OUTCOME).from(DECISION).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.NUMBER.eq(9))).fetchSingle().value1())
                .isEqualTo(DecisionOutcome.POSTPONED);
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void a_name_of_the_register_is_mapped_to_its_person_and_not_created_again() {
        long goran = db.insertInto(PERSON).set(PERSON.FULL_NAME, "Göran Wallén").returning(PERSON.ID).fetchSingle(PERSON.ID);
        ImportDraft draft = imports.read(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND));
        assertThat(draft.attendees).filteredOn(a -> a.name.equals("Göran Wallén")).singleElement()
                .satisfies(a -> {
                    assertThat(a.personId).isEqualTo(goran);
                    assertThat(a.chair).isTrue();
                });

        long meetingId = imports.save(draft);

        assertThat(db.fetchCount(PERSON, PERSON.FULL_NAME.eq("Göran Wallén"))).isEqualTo(1);
        assertThat(db.fetchCount(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEETING_ID.eq(meetingId)
                .and(MEETING_ATTENDANCE.PERSON_ID.eq(goran)).and(MEETING_ATTENDANCE.IS_CHAIR))).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void the_styrelse_may_not_save_a_draft_either() {
        ImportDraft draft = imports.read(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND));
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                "reader", "n/a", "ROLE_STYRELSE"));
        try {
            assertThatThrownBy(() -> imports.save(draft)).isInstanceOfAny(AccessDeniedException.class,
                    AuthorizationDeniedException.class);
        } finally {
            context.setAuthentication(before);
        }
        assertThat(db.fetchCount(MEETING)).isZero();
        assertThat(db.fetchCount(ATTACHMENT)).isZero();
    }

    @Test
    @WithMockUser(username = "importer", roles = "SEKRETERARE")
    void a_paragraph_without_title_or_a_proposal_without_its_body_is_refused_naming_the_paragraph() {
        ImportDraft draft = imports.read(ImportFixture.LUND, ImportFixture.corpus(ImportFixture.LUND));
        draft.paragraphs.get(2).title = " ";
        assertThatThrownBy(() -> imports.save(draft)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("minutesImport.error.titleMissing");
            assertThat(e.arguments()).containsExactly("3");
        });
        draft.paragraphs.get(2).title = "Fastställande av dagordning";
        draft.paragraphs.get(5).outcome = DecisionOutcome.PROPOSAL;
        assertThatThrownBy(() -> imports.save(draft)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("minutesImport.error.proposalTarget"));
        assertThat(db.fetchCount(MEETING)).isZero();
        assertThat(db.fetchCount(PERSON)).isZero();
    }

    @Test
    @WithMockUser(username = "reader", roles = "STYRELSE")
    void the_styrelse_may_not_import() {
        byte[] lund = ImportFixture.corpus(ImportFixture.LUND);
        assertThatThrownBy(() -> imports.read(ImportFixture.LUND, lund)).isInstanceOfAny(AccessDeniedException.class,
                AuthorizationDeniedException.class);
        assertThatThrownBy(() -> imports.readText("text")).isInstanceOfAny(AccessDeniedException.class,
                AuthorizationDeniedException.class);
        assertThat(db.fetchCount(MEETING)).isZero();
    }
}
