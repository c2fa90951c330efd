package se.samordnaren.invitation;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.agenda.AgendaPoint;
import se.samordnaren.agenda.AgendaService;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.common.DateFormats;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.mail.MailPurpose;
import se.samordnaren.mail.MailService;
import se.samordnaren.mail.OutgoingMail;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static se.samordnaren.db.Tables.MEETING_INVITATION;

/**
 * The kallelse of a planned meeting: produced as a PDF from the meeting, its agenda ({@link AgendaService#agenda})
 * and who is called (the body's members and substitutes on the meeting date), kept per revision in
 * meeting_invitation, and e-mailed to those called with an address when mail is configured ({@link MailService}).
 * Revision 1 is the kallelse; every later one is a marked revised kallelse with its change note.
 */
@Service
public class InvitationService {

    private final DSLContext db;
    private final InvitationQueries queries;
    private final AgendaService agenda;
    private final MailService mail;
    private final CurrentUser currentUser;
    private final I18NProvider translations;
    private final String publicUrl;

    InvitationService(DSLContext db, InvitationQueries queries, AgendaService agenda, MailService mail,
                      CurrentUser currentUser, I18NProvider translations,
                      @Value("${samordnaren.public-url:http://localhost:8080}") String publicUrl) {
        this.db = db;
        this.queries = queries;
        this.agenda = agenda;
        this.mail = mail;
        this.currentUser = currentUser;
        this.translations = translations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A person called to the meeting, once, with the highest of their roles in the body. */
    public record Called(String name, String party, String organisation, String email, AppointmentRole role) {

        public boolean substitute() {
            return role == AppointmentRole.SUBSTITUTE;
        }
    }

    /** A produced revision of the kallelse; sentAt and recipientCount once it was e-mailed. */
    public record Revision(int revision, OffsetDateTime producedAt, String producedBy, String changeNote,
                           long sizeBytes, OffsetDateTime sentAt, Integer recipientCount) {

        public boolean sent() {
            return sentAt != null;
        }
    }

    /** What the kallelse dialog shows: the revisions (latest first), who is called, whether mail goes out. */
    public record Overview(long meetingId, MeetingStatus status, boolean mailConfigured, boolean mayWrite,
                           List<Revision> revisions, List<Called> called) {

        public Optional<Revision> latest() {
            return revisions.stream().findFirst();
        }

        /** The names of those called who have no e-mail address in the register. */
        public List<String> missingEmail() {
            return called.stream().filter(c -> c.email() == null).map(Called::name).toList();
        }
    }

    /** What sending did: messages accepted by the mail server, failed, and who has no address. */
    public record SendResult(int revision, int sent, int failed, List<String> missingEmail) {
    }

    /** A stored PDF to download. */
    public record Pdf(String filename, byte[] content, String sha256) {
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayWrite() {
        return currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Overview> overview(long meetingId) {
        return queries.meeting(meetingId).map(meeting -> new Overview(meetingId, meeting.status(), mail.isConfigured(),
                mayWrite(), queries.revisions(meetingId).stream().map(InvitationService::revision).toList(),
                called(meeting)));
    }

    /**
     * Produces the next revision from the meeting and its agenda as they are now: revision 1, or a revised kallelse
     * (then the change note is required, it is printed on the kallelse and in the e-mail).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public Revision produce(long meetingId, String changeNote) {
        var meeting = queries.meeting(meetingId).orElseThrow(() -> new UserFacingException("invitation.error.notFound"));
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new UserFacingException("invitation.error.notPlanned");
        }
        String note = Texts.optional(changeNote, Texts.LONG, "invitation.changeNote");
        int revision = queries.revisions(meetingId).stream().mapToInt(InvitationQueries.Revision::revision).max().orElse(0) + 1;
        if (revision > 1 && note == null) {
            throw new UserFacingException("invitation.error.changeNoteNeeded");
        }
        List<AgendaPoint> points = agenda.agenda(meetingId);
        byte[] pdf = new InvitationPdfRenderer(document(meeting, revision, note, points), texts()).render();
        db.insertInto(MEETING_INVITATION)
                .set(MEETING_INVITATION.MEETING_ID, meetingId)
                .set(MEETING_INVITATION.REVISION, revision)
                .set(MEETING_INVITATION.CONTENT, pdf)
                .set(MEETING_INVITATION.CHANGE_NOTE, note)
                .execute();
        return queries.revisions(meetingId).stream().filter(r -> r.revision() == revision).findFirst()
                .map(InvitationService::revision).orElseThrow();
    }

    /**
     * E-mails the latest revision (produced first when there is none) to everybody called who has an address, with
     * the kallelse attached and links to the papers; records when and to how many. A revision goes out once: a change
     * after sending is a new revision.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public SendResult send(long meetingId) {
        var meeting = queries.meeting(meetingId).orElseThrow(() -> new UserFacingException("invitation.error.notFound"));
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new UserFacingException("invitation.error.notPlanned");
        }
        if (!mail.isConfigured()) {
            throw new UserFacingException("invitation.error.mailNotConfigured");
        }
        if (queries.revisions(meetingId).isEmpty()) {
            produce(meetingId, null);
        }
        var latest = db.selectFrom(MEETING_INVITATION)
                .where(MEETING_INVITATION.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_INVITATION.REVISION.desc()).limit(1)
                .forUpdate().fetchSingle();
        if (latest.getSentAt() != null) {
            throw new UserFacingException("invitation.error.alreadySent", latest.getRevision());
        }
        List<Called> called = called(meeting);
        List<String> recipients = List.copyOf(new LinkedHashSet<>(called.stream().map(Called::email)
                .filter(e -> e != null).map(e -> e.trim().toLowerCase(Locale.ROOT)).toList()));
        List<String> missing = called.stream().filter(c -> c.email() == null).map(Called::name).toList();
        List<AgendaPoint> points = agenda.agenda(meetingId);
        int revision = latest.getRevision();
        String subject = revision == 1
                ? text("mail.subject", meeting.bodyName(), DateFormats.iso(meeting.date()))
                : text("mail.subjectRevised", revision, meeting.bodyName(), DateFormats.iso(meeting.date()));
        int sent = mail.send(new OutgoingMail(recipients, subject, mailText(meeting, revision, latest.getChangeNote(), points),
                List.of(new OutgoingMail.MailAttachment(filename(meeting.bodyName(), meeting.date(), revision),
                        "application/pdf", latest.getContent())), MailPurpose.INVITATION, meetingId));
        if (sent > 0) {
            db.update(MEETING_INVITATION)
                    .set(MEETING_INVITATION.SENT_AT, currentOffsetDateTime())
                    .set(MEETING_INVITATION.RECIPIENT_COUNT, sent)
                    .where(MEETING_INVITATION.ID.eq(latest.getId()))
                    .execute();
        }
        return new SendResult(revision, sent, recipients.size() - sent, missing);
    }

    /** The stored PDF of a revision, or of the latest when revision is null. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Pdf> pdf(long meetingId, Integer revision) {
        var meeting = queries.meeting(meetingId);
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        return queries.content(meetingId, revision).map(stored -> new Pdf(
                filename(meeting.get().bodyName(), meeting.get().date(), stored.revision()), stored.content(), stored.sha256()));
    }

    /** "/kallelse/12.pdf" (the latest) or "/kallelse/12/2.pdf". */
    public static String downloadUrl(long meetingId, Integer revision) {
        return revision == null ? "/kallelse/" + meetingId + ".pdf" : "/kallelse/" + meetingId + "/" + revision + ".pdf";
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private InvitationPdfRenderer.Texts texts() {
        return new InvitationPdfRenderer.Texts(translations);
    }

    private String text(String key, Object... args) {
        return texts().get(key, args);
    }

    private static Revision revision(InvitationQueries.Revision r) {
        return new Revision(r.revision(), r.producedAt(), r.producedBy(), r.changeNote(), r.sizeBytes(), r.sentAt(),
                r.recipientCount());
    }

    /** One line per person: a chair who also holds a member's appointment is called once, as chair. */
    private static List<Called> called(InvitationQueries.Meeting meeting) {
        Map<Long, Called> byPerson = new LinkedHashMap<>();
        for (InvitationQueries.Called c : meeting.called()) {
            byPerson.putIfAbsent(c.personId(), new Called(c.name(), c.party(), c.organisation(), c.email(), c.role()));
        }
        return List.copyOf(byPerson.values());
    }

    private InvitationDocument document(InvitationQueries.Meeting meeting, int revision, String note, List<AgendaPoint> points) {
        List<Called> called = called(meeting);
        return new InvitationDocument(meeting.associationName(), meeting.bodyName(), meeting.date(), meeting.start(),
                meeting.end(), meeting.location(), meeting.digital(), revision, note,
                called.stream().filter(c -> !c.substitute()).toList(), called.stream().filter(Called::substitute).toList(),
                points);
    }

    private String mailText(InvitationQueries.Meeting meeting, int revision, String note, List<AgendaPoint> points) {
        var t = texts();
        StringBuilder text = new StringBuilder();
        text.append(revision == 1 ? t.get("mail.intro", meeting.bodyName())
                : t.get("mail.introRevised", revision, meeting.bodyName())).append("\n\n");
        if (revision > 1 && note != null) {
            text.append(t.get("mail.changeNote", note)).append("\n\n");
        }
        text.append(t.get("date")).append(": ").append(DateFormats.fullDate(meeting.date(), DateFormats.SWEDISH)).append('\n');
        String time = DateFormats.timeRange(meeting.start(), meeting.end(), DateFormats.SWEDISH);
        if (!time.isEmpty()) {
            text.append(t.get("time")).append(": ").append(t.get("atTime", time)).append('\n');
        }
        String place = InvitationPdfRenderer.place(meeting.location(), meeting.digital(), t);
        if (!place.isEmpty()) {
            text.append(meeting.digital() ? t.get("link") : t.get("place")).append(": ").append(place).append('\n');
        }
        text.append('\n').append(t.get("mail.attached")).append('\n');
        text.append(publicUrl).append(downloadUrl(meeting.id(), revision)).append("\n");
        List<AgendaPoint.AgendaPaper> papers = InvitationDocument.papers(points).stream().map(InvitationDocument.Paper::paper).toList();
        if (!papers.isEmpty()) {
            text.append('\n').append(t.get("mail.papers")).append('\n');
            for (AgendaPoint.AgendaPaper paper : papers) {
                text.append("- ").append(paper.fileName()).append(": ").append(publicUrl).append('/')
                        .append(AttachmentService.downloadUrl(paper.attachmentId())).append('\n');
            }
        }
        text.append('\n').append(t.get("mail.signature", meeting.associationName() == null ? "" : meeting.associationName()));
        return text.toString();
    }

    /** "kallelse-styrelsen-2021-06-11.pdf", "kallelse-styrelsen-2021-06-11-version-2.pdf" */
    static String filename(String bodyName, LocalDate date, int revision) {
        String body = java.text.Normalizer.normalize(bodyName.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "kallelse-" + (body.isEmpty() ? "" : body + "-") + DateFormats.iso(date)
                + (revision > 1 ? "-version-" + revision : "") + ".pdf";
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.trim());
                }
            }
        }
        return lines;
    }
}
