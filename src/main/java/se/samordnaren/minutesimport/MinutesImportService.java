package se.samordnaren.minutesimport;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.association.MemberType;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.ImportedMinutes;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.people.BodyService;
import se.samordnaren.people.BodyType;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;
import se.samordnaren.security.Roles;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Old minutes into the register: reads a file (or pasted text) into an {@link ImportDraft} for review, mapped to
 * the register's bodies, people and members with link suggestions, and saves a reviewed draft as approved, imported
 * minutes through the meeting feature ({@link MeetingService#importApproved}) with the original file kept
 * ({@link AttachmentService#addImportedMinutes}), in one transaction. Only the förbundschef and the sekreterare import.
 */
@Service
public class MinutesImportService {

    /** The file name under which pasted text is kept. */
    public static final String PASTED_FILE_NAME = "inklistrad-text.txt";
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[.:](\\d{2})");
    private static final Pattern DIGITAL = Pattern.compile("(?i)digital|zoom|teams|skype|videolänk|distans");
    private static final Map<Body, BodyType> BODY_TYPES = Map.of(
            Body.STYRELSE, BodyType.BOARD, Body.ARBETSUTSKOTT, BodyType.WORKING_COMMITTEE,
            Body.BEREDNINGSGRUPP, BodyType.PREPARATORY_GROUP, Body.AGARSAMRAD, BodyType.OWNERS_CONSULTATION,
            Body.REVISORER, BodyType.AUDITORS, Body.OTHER, BodyType.OTHER);

    private final MeetingService meetings;
    private final AttachmentService attachments;
    private final BodyService bodies;
    private final PersonService people;
    private final MemberService members;
    private final LinkCandidates candidates;
    private final ImportBatches batches;

    MinutesImportService(MeetingService meetings, AttachmentService attachments, BodyService bodies,
                         PersonService people, MemberService members, LinkCandidates candidates, ImportBatches batches) {
        this.meetings = meetings;
        this.attachments = attachments;
        this.bodies = bodies;
        this.people = people;
        this.members = members;
        this.candidates = candidates;
        this.batches = batches;
    }

    /**
     * Reads one file into a draft to review. A file that cannot be read or is not minutes is refused with the
     * Swedish reason ({@code minutesImport.error.refused}); nothing is saved either way.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public ImportDraft read(String fileName, byte[] content) {
        return draft(fileName, content, null);
    }

    /** Reads pasted text as if it were a text file. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public ImportDraft readText(String text) {
        return draft(PASTED_FILE_NAME, (text == null ? "" : text).getBytes(StandardCharsets.UTF_8), null);
    }

    /** Whether the register already has a meeting of the draft's body on its day: "Styrelsen 2021-03-19", if so. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public Optional<String> existingMeeting(ImportDraft draft) {
        if (draft.bodyId == null || draft.date == null) {
            return Optional.empty();
        }
        return meetings.existingMeeting(draft.bodyId, draft.date).map(se.samordnaren.meeting.Choice::label);
    }

    /**
     * Saves the reviewed draft as approved, imported minutes, in one transaction: new people for unmapped names, the
     * original file, the meeting with §, decisions, accepted links and attendance, the approval. Returns the meeting id.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long save(ImportDraft draft) {
        if (draft.bodyId == null) {
            throw new UserFacingException("minutesImport.error.bodyRequired");
        }
        if (draft.date == null) {
            throw new UserFacingException("meeting.error.dateRequired");
        }
        for (ImportDraft.Item p : draft.paragraphs) {
            if (p.title == null || p.title.isBlank()) {
                throw new UserFacingException("minutesImport.error.titleMissing", String.valueOf(p.number));
            }
            if (p.outcome == DecisionOutcome.PROPOSAL && p.proposalToBodyId == null) {
                throw new UserFacingException("minutesImport.error.proposalTarget", String.valueOf(p.number));
            }
        }
        // Before anything is written: the meeting feature checks again, and the database last.
        meetings.existingMeeting(draft.bodyId, draft.date).ifPresent(existing -> {
            throw new UserFacingException("meeting.error.importDuplicate", existing.label(), String.valueOf(existing.id()));
        });
        List<ImportedMinutes.Attendee> attendees = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ImportDraft.Attendee a : draft.attendees) {
            if (!a.include) {
                continue;
            }
            long personId = a.personId != null ? a.personId
                    : people.save(new Person(null, a.name, null, a.memberId, null, null, null, null, null)).id();
            if (seen.add(personId)) {
                boolean decides = a.role == AttendanceRole.DECISION_MAKER || a.role == AttendanceRole.SERVING_SUBSTITUTE;
                attendees.add(new ImportedMinutes.Attendee(personId, a.role, a.capacity, a.chair && decides, a.approver));
            }
        }
        long attachmentId = attachments.addImportedMinutes(draft.fileName, draft.content).id();
        List<ImportedMinutes.Item> items = draft.paragraphs.stream().map(p -> new ImportedMinutes.Item(p.number,
                p.title, p.outcome == null ? ItemKind.INFORMATION : ItemKind.DECISION, p.text, p.outcome,
                p.outcome == null ? List.of() : p.clauses,
                p.outcome == DecisionOutcome.PROPOSAL ? p.proposalToBodyId : null,
                p.outcome == null ? List.of() : List.copyOf(p.acceptedLinks))).toList();
        long meetingId = meetings.importApproved(new ImportedMinutes(draft.bodyId, draft.date, draft.startTime,
                draft.endTime, draft.location, draft.digital, draft.approvalDate, draft.approvalPlace, attachmentId,
                attendees, items, draft.signatures.stream().map(sig -> new ImportedMinutes.Signature(sig.name(),
                        sig.title(), sig.signedAt(), sig.method(), null)).toList()));
        if (draft.batchFileId != null) {
            batches.markImported(draft.batchFileId, meetingId);
        }
        return meetingId;
    }

    // ---------------------------------------------------------------- reading into a draft

    ImportDraft draft(String fileName, byte[] content, Long batchFileId) {
        ParsedMinutes parsed = parse(fileName, content);
        ImportDraft draft = new ImportDraft(fileName, content, batchFileId, parsed);
        var registerBodies = bodies.list();
        if (parsed.body() != null) {
            var ofType = registerBodies.stream().filter(b -> b.type() == BODY_TYPES.get(parsed.body())).toList();
            if (ofType.size() == 1) {
                draft.bodyId = ofType.getFirst().id();
            }
        }
        Long board = registerBodies.stream().filter(b -> b.type() == BodyType.BOARD).map(se.samordnaren.people.Body::id)
                .findFirst().orElse(null);
        draft.date = parsed.date();
        times(parsed.time(), draft);
        draft.location = parsed.place();
        draft.digital = parsed.place() != null && DIGITAL.matcher(parsed.place()).find();
        draft.approvalDate = parsed.justeringDate();
        draft.approvalPlace = parsed.justeringPlace();
        attendees(parsed, draft);
        List<LinkCandidates.Candidate> register = candidates.all();
        for (Paragraph p : parsed.paragraphs()) {
            ImportDraft.Item item = new ImportDraft.Item();
            item.number = p.number();
            item.title = p.title();
            item.section = p.section();
            item.text = p.text();
            item.parsedOutcome = p.decision() == null ? Outcome.NONE : p.decision().outcome();
            item.clauses.addAll(p.decision() == null ? List.of() : p.decision().clauses());
            item.outcome = outcome(item.parsedOutcome, p.text());
            item.firstLine = p.firstLine();
            item.lastLine = p.lastLine();
            item.doubts.addAll(p.doubts());
            if (item.parsedOutcome == Outcome.NONE && !item.clauses.isEmpty()) {
                item.doubts.add("Beslutet kunde inte klassas: välj utfall.");
            }
            if (item.outcome == DecisionOutcome.PROPOSAL) {
                item.proposalToBodyId = board != null && !board.equals(draft.bodyId) ? board : null;
            }
            String mentions = p.title() + "\n" + ImportDraft.nullToEmpty(p.text()) + "\n" + String.join("\n", item.clauses);
            item.suggestions.addAll(LinkCandidates.mentionedIn(mentions, register));
            item.amounts.addAll(Amounts.in(mentions));
            item.periods.addAll(Periods.in(mentions));
            draft.paragraphs.add(item);
        }
        return draft;
    }

    static ParsedMinutes parse(String fileName, byte[] content) {
        try {
            return MinutesImport.parse(content, fileName);
        } catch (MinutesImportException e) {
            throw new UserFacingException("minutesImport.error.refused", fileName, e.getMessage());
        } catch (RuntimeException e) {
            // A library failing on a damaged file: still the file's fault, said in Swedish, never a stack trace.
            throw new UserFacingException("minutesImport.error.unreadable", fileName);
        }
    }

    private static DecisionOutcome outcome(Outcome parsed, String text) {
        return switch (parsed) {
            case APPROVED -> text != null && text.toLowerCase(Locale.ROOT).matches("(?s).*\\bbevilja(r|s|de)?\\b.*")
                    ? DecisionOutcome.GRANTED : DecisionOutcome.APPROVED;
            case REJECTED -> DecisionOutcome.REJECTED;
            case REFERRED_BACK -> DecisionOutcome.REFERRED_BACK;
            case POSTPONED -> DecisionOutcome.POSTPONED;
            case NOTED -> DecisionOutcome.NOTED;
            case PROPOSAL -> DecisionOutcome.PROPOSAL;
            case DELEGATION_REPORTED -> DecisionOutcome.DELEGATION_REPORTED;
            case INFORMATION, NONE -> null;
        };
    }

    private static void times(String time, ImportDraft draft) {
        if (time == null) {
            return;
        }
        Matcher m = TIME.matcher(time);
        List<LocalTime> found = new ArrayList<>();
        while (m.find() && found.size() < 2) {
            try {
                found.add(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                // not a time of day ("25.70"): left for the user
            }
        }
        if (!found.isEmpty()) {
            draft.startTime = found.getFirst();
        }
        if (found.size() > 1 && !found.get(1).isBefore(found.getFirst())) {
            draft.endTime = found.get(1);
        }
    }

    private void attendees(ParsedMinutes parsed, ImportDraft draft) {
        List<Member> register = members.list();
        Map<String, Optional<Person>> found = new HashMap<>();
        for (Participant p : parsed.participants()) {
            ImportDraft.Attendee a = new ImportDraft.Attendee();
            a.name = p.name();
            a.role = switch (p.attendance()) {
                case DECISION_MAKER -> AttendanceRole.DECISION_MAKER;
                case SERVING_SUBSTITUTE -> AttendanceRole.SERVING_SUBSTITUTE;
                case SUBSTITUTE -> AttendanceRole.SUBSTITUTE;
                case OTHER -> AttendanceRole.OTHER_PRESENT;
            };
            a.capacity = String.join(", ", java.util.stream.Stream.of(p.role(), p.member())
                    .filter(s -> s != null && !s.isBlank()).toList());
            a.memberId = member(p.member(), register);
            found.computeIfAbsent(p.name(), this::personNamed).ifPresent(person -> map(a, person));
            if (same(p.name(), parsed.secretary())) {
                a.role = AttendanceRole.SECRETARY;
            }
            a.chair = same(p.name(), parsed.chair());
            a.approver = parsed.justerare().stream().anyMatch(j -> same(j, p.name()));
            draft.attendees.add(a);
        }
        if (parsed.secretary() != null && draft.attendees.stream().noneMatch(a -> same(a.name, parsed.secretary()))) {
            ImportDraft.Attendee a = new ImportDraft.Attendee();
            a.name = parsed.secretary();
            a.role = AttendanceRole.SECRETARY;
            a.capacity = "sekreterare";
            found.computeIfAbsent(parsed.secretary(), this::personNamed).ifPresent(person -> map(a, person));
            draft.attendees.add(a);
        }
    }

    /** The register's person of exactly this name (any case), if there is exactly one. */
    private Optional<Person> personNamed(String name) {
        var matches = people.search(name, PageRequest.first(5)).stream()
                .filter(p -> p.fullName().equalsIgnoreCase(name.strip())).toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    private static void map(ImportDraft.Attendee a, Person person) {
        a.personId = person.id();
        a.personName = person.fullName();
    }

    private static Long member(String written, List<Member> register) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String w = written.strip().toLowerCase(Locale.ROOT);
        for (Member m : register) {
            if (m.name().equalsIgnoreCase(w) || (m.shortName() != null && m.shortName().equalsIgnoreCase(w))
                    || (m.type() == MemberType.FORSAKRINGSKASSAN && w.equals("fk"))
                    || (m.type() == MemberType.ARBETSFORMEDLINGEN && w.equals("af"))) {
                return m.id();
            }
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
