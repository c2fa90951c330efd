package se.samordnaren.attachment;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static se.samordnaren.db.Tables.ATTACHMENT;
import static se.samordnaren.db.Tables.ATTACHMENT_INFO;

/**
 * Files attached to reports and application versions: checked (type, size, content, an open version) before they
 * are stored, listed without their content, downloaded whole.
 */
@Service
public class AttachmentService {

    public static final long MAX_BYTES = 25L * 1024 * 1024;
    /** The file types the database accepts, by file-name extension. */
    public static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** How a PDF starts ("%PDF-") and how DOCX and XLSX (zip files) start, as the database's attachment_magic. */
    /** Plain text: only the original files of imported minutes (minutes typed as .txt). */
    public static final String TEXT_PLAIN = "text/plain";
    private static final byte[] PDF_START = {0x25, 0x50, 0x44, 0x46, 0x2d};
    private static final byte[] ZIP_START = {0x50, 0x4b, 0x03, 0x04};
    /** The application's rule (003): a version that has been dealt with or replaced takes no more files. */
    private static final Function<Long, Field<Boolean>> APPLICATION_VERSION_FROZEN =
            versionId -> DSL.field("application_version_frozen({0})", Boolean.class, DSL.val(versionId));

    private final DSLContext db;

    AttachmentService(DSLContext db) {
        this.db = db;
    }

    /** A file for the report of an insats (lägesrapport, slutrapport …). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE})
    public AttachmentInfo addToReport(long reportId, String fileName, String contentType, byte[] content) {
        return insert(fileName, contentType, content, reportId, null, false);
    }

    /** A file for one version of a funding application. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE, Roles.BEREDNINGSGRUPP})
    public AttachmentInfo addToApplicationVersion(long applicationVersionId, String fileName, String contentType, byte[] content) {
        return insert(fileName, contentType, content, null, applicationVersionId, false);
    }

    /** A paper (handling) uploaded for a point of a meeting's agenda; agenda.AgendaService adds it to the point's papers. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public AttachmentInfo addToAgendaEntry(long agendaEntryId, String fileName, String contentType, byte[] content) {
        return insert(fileName, contentType, content, null, null, false, agendaEntryId);
    }

    /**
     * The original file of imported minutes (PDF, Word .docx or text .txt), kept with the meeting made from it. The
     * same file twice is refused (attachment_imported_minutes_once).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public AttachmentInfo addImportedMinutes(String fileName, byte[] content) {
        String name = Texts.requireMaxLength(fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").trim(),
                Texts.SHORT, "attachment.fileName");
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            if (content == null || content.length == 0) {
                throw new UserFacingException("attachment.error.empty", name);
            }
            if (content.length > MAX_BYTES) {
                throw new UserFacingException("attachment.error.tooLarge", name);
            }
            long id = db.insertInto(ATTACHMENT)
                    .set(ATTACHMENT.FILE_NAME, name)
                    .set(ATTACHMENT.CONTENT_TYPE, TEXT_PLAIN)
                    .set(ATTACHMENT.CONTENT, content)
                    .set(ATTACHMENT.IMPORTED_MINUTES, true)
                    .returning(ATTACHMENT.ID).fetchSingle(ATTACHMENT.ID);
            return list(ATTACHMENT_INFO.ID.eq(id)).getFirst();
        }
        if (!lower.endsWith(".pdf") && !lower.endsWith(".docx")) {
            throw new UserFacingException("attachment.error.importType", name);
        }
        return insert(name, null, content, null, null, true);
    }

    /**
     * The scanned protocol signed on paper (justering på papper, meeting.signing): a PDF kept with the meeting
     * (owner signed_minutes_meeting_id).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public AttachmentInfo addSignedMinutes(long meetingId, String fileName, byte[] content) {
        String name = Texts.requireMaxLength(fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").trim(),
                Texts.SHORT, "attachment.fileName");
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UserFacingException("attachment.error.signedMinutesType", name);
        }
        if (content == null || content.length == 0) {
            throw new UserFacingException("attachment.error.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("attachment.error.tooLarge", name);
        }
        if (!startsWith(content, PDF_START)) {
            throw new UserFacingException("attachment.error.content", name);
        }
        long id = db.insertInto(ATTACHMENT)
                .set(ATTACHMENT.FILE_NAME, name)
                .set(ATTACHMENT.CONTENT_TYPE, CONTENT_TYPES.get("pdf"))
                .set(ATTACHMENT.CONTENT, content)
                .set(ATTACHMENT.SIGNED_MINUTES_MEETING_ID, meetingId)
                .returning(ATTACHMENT.ID).fetchSingle(ATTACHMENT.ID);
        return list(ATTACHMENT_INFO.ID.eq(id)).getFirst();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AttachmentInfo> forReport(long reportId) {
        return list(ATTACHMENT_INFO.REPORT_ID.eq(reportId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AttachmentInfo> forApplicationVersion(long applicationVersionId) {
        return list(ATTACHMENT_INFO.APPLICATION_VERSION_ID.eq(applicationVersionId));
    }

    /** The file itself, for the download controller. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Download> download(long id) {
        return db.select(ATTACHMENT.FILE_NAME, ATTACHMENT.CONTENT_TYPE, ATTACHMENT.CONTENT)
                .from(ATTACHMENT).where(ATTACHMENT.ID.eq(id))
                .fetchOptional(r -> new Download(r.value1(), r.value2(), r.value3()));
    }

    public static String downloadUrl(long id) {
        return "bilagor/" + id;
    }

    /** The content type for a file name, or empty when the type is not accepted. */
    public static Optional<String> contentTypeOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(CONTENT_TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    /**
     * Checks what the database checks too (AttachmentRefusals), but here with the file's name in the message: type,
     * size, that the content starts the way the type says, and that an application's version still takes files.
     */
    private AttachmentInfo insert(String fileName, String contentType, byte[] content, Long reportId, Long versionId,
                                  boolean importedMinutes) {
        return insert(fileName, contentType, content, reportId, versionId, importedMinutes, null);
    }

    private AttachmentInfo insert(String fileName, String contentType, byte[] content, Long reportId, Long versionId,
                                  boolean importedMinutes, Long agendaEntryId) {
        String name = Texts.requireMaxLength(fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").trim(),
                Texts.SHORT, "attachment.fileName");
        String type = contentTypeOf(name).orElseThrow(() -> new UserFacingException("attachment.error.type", name));
        if (contentType != null && CONTENT_TYPES.containsValue(contentType) && !contentType.equals(type)) {
            throw new UserFacingException("attachment.error.type", name);
        }
        if (content == null || content.length == 0) {
            throw new UserFacingException("attachment.error.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("attachment.error.tooLarge", name);
        }
        if (!startsWith(content, type.equals("application/pdf") ? PDF_START : ZIP_START)) {
            throw new UserFacingException("attachment.error.content", name);
        }
        if (versionId != null && db.select(APPLICATION_VERSION_FROZEN.apply(versionId)).fetchSingle().value1()) {
            throw new UserFacingException("attachment.error.locked", name);
        }
        long id = db.insertInto(ATTACHMENT)
                .set(ATTACHMENT.FILE_NAME, name)
                .set(ATTACHMENT.CONTENT_TYPE, type)
                .set(ATTACHMENT.CONTENT, content)
                .set(ATTACHMENT.REPORT_ID, reportId)
                .set(ATTACHMENT.APPLICATION_VERSION_ID, versionId)
                .set(ATTACHMENT.IMPORTED_MINUTES, importedMinutes)
                .set(ATTACHMENT.AGENDA_ENTRY_ID, agendaEntryId)
                .returning(ATTACHMENT.ID).fetchSingle(ATTACHMENT.ID);
        return list(ATTACHMENT_INFO.ID.eq(id)).getFirst();
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }

    private List<AttachmentInfo> list(Condition condition) {
        return db.selectFrom(ATTACHMENT_INFO).where(condition).orderBy(ATTACHMENT_INFO.UPLOADED_AT, ATTACHMENT_INFO.ID)
                .fetch(r -> new AttachmentInfo(r.getId(), r.getFileName(), r.getContentType(), r.getSizeBytes(),
                        r.getSha256(), r.getUploadedAt(), r.getUploadedBy()));
    }
}
