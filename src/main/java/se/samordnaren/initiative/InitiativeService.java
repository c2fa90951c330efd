package se.samordnaren.initiative;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.CO_FINANCING;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_MEMBER;
import static se.samordnaren.db.Tables.INITIATIVE_REPORT;

/**
 * Insatser: the register (with members taking part), co-financing and reports; the grant ledger and change decisions
 * are {@link GrantLedgerService}'s. Reads (in {@link InitiativeQueries}) are open to every signed-in role; the
 * register and reports are written by the förbundschef, co-financing also by the ekonom. Database refusals become
 * Swedish messages through {@link InitiativeRefusals}; this class checks first what it can say better (lengths,
 * amounts, status moves).
 */
@Service
public class InitiativeService {

    /** The most insatser a search for a picker returns. */
    static final int SEARCH_LIMIT = 50;

    private final DSLContext db;
    private final InitiativeQueries queries;

    InitiativeService(DSLContext db, InitiativeQueries queries) {
        this.db = db;
        this.queries = queries;
    }

    // ---------------------------------------------------------------- reads

    /** One page of the filtered list (sortable by name, owner, period, status, money), each row with its money per year. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRow> rows(InitiativeFilter filter, PageRequest page) {
        return queries.rows(filter == null ? InitiativeFilter.none() : filter, page);
    }

    /** How many insatser the filter matches and their granted money per year: one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public InitiativeTotals totals(InitiativeFilter filter) {
        return queries.totals(filter == null ? InitiativeFilter.none() : filter);
    }

    /**
     * The insats list as it opens: the owners to filter on and the whole register's totals (whose years are the
     * years with granted money, i.e. {@link #grantYears}), in one statement.
     */
    public record ListStart(List<String> owners, InitiativeTotals totals, PageRequest firstPage,
                            List<InitiativeRow> firstRows) {
        public List<Integer> grantYears() {
            return totals.perYear().stream().map(YearAmount::year).toList();
        }

        /**
         * The rows of {@code page} of the unfiltered list if this start holds them all (the grid's first fetch),
         * else empty.
         */
        public Optional<List<InitiativeRow>> rowsFor(PageRequest page) {
            return firstPage.slice(firstRows, page);
        }
    }

    /** The unfiltered list as it opens (filter choices, totals, first page of rows): one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ListStart listStart(PageRequest firstPage) {
        return queries.listStart(firstPage);
    }

    /** Money granted per year over all insatser, for the start page: one grouped query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<YearAmount> grantedPerYear() {
        return queries.grantedPerYear();
    }

    /**
     * {@link #grantedPerYear} as a nested field, for a statement that reads the start page's money in one go
     * (IdeaService.moneyOutlook). Builds no query of its own; the caller's service method checks the role.
     */
    public static Field<List<YearAmount>> grantedPerYearField() {
        return InitiativeQueries.grantedPerYearField();
    }

    /** The owners in the register (members and others), for the owner filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> owners() {
        return queries.owners();
    }

    /** The years in which any insats has granted money, for the year filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Integer> grantYears() {
        return queries.grantYears();
    }

    /** For pickers in other features. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<InitiativeRef> find(long id) {
        return queries.find(id);
    }

    /** Insatser whose name, short name or owner contains the text (all when blank), at most 50, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRef> search(String text) {
        return queries.search(text, SEARCH_LIMIT);
    }

    /** Insatser that may get delprojekt (not themselves delprojekt). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRef> parentCandidates() {
        return queries.parentCandidates();
    }

    /** The detail view's read model, one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<InitiativeDetail> detail(long id) {
        return queries.detail(id);
    }

    // ---------------------------------------------------------------- writes

    /** Creates or updates an insats (optimistic: a stale version is refused). Returns its id. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public long save(InitiativeDraft d) {
        String name = required(d.name(), "initiative.error.nameRequired");
        Texts.requireMaxLength(name, Texts.SHORT, "initiative.name");
        String ownerName = d.ownerMemberId() != null ? null : blankToNull(d.ownerName());
        if (d.ownerMemberId() == null && ownerName == null) {
            throw new UserFacingException("initiative.error.ownerRequired");
        }
        InitiativeStatus status = d.status() == null ? InitiativeStatus.IDEA : d.status();
        if (status.isFinished() && d.actualEndDate() == null) {
            throw new UserFacingException("initiative.error.endedNeedsEnd");
        }
        if (!status.isFinished() && d.actualEndDate() != null) {
            throw new UserFacingException("initiative.error.endOnlyWhenEnded");
        }
        // The same values for a new insats and for a change.
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(INITIATIVE.PARENT_ID, d.parentId());
        values.put(INITIATIVE.NAME, name);
        values.put(INITIATIVE.SHORT_NAME, Texts.optional(d.shortName(), Texts.SHORT, "initiative.shortName"));
        values.put(INITIATIVE.OWNER_MEMBER_ID, d.ownerMemberId());
        values.put(INITIATIVE.OWNER_NAME, Texts.requireMaxLength(ownerName, Texts.SHORT, "initiative.ownerName"));
        values.put(INITIATIVE.TARGET_GROUP, Texts.optional(d.targetGroup(), Texts.LONG, "initiative.targetGroup"));
        values.put(INITIATIVE.ORIENTATION, d.orientation());
        values.put(INITIATIVE.SUS_REFERENCE, Texts.optional(d.susReference(), Texts.SHORT, "initiative.susReference"));
        values.put(INITIATIVE.START_DATE, d.startDate());
        values.put(INITIATIVE.PLANNED_END_DATE, d.plannedEndDate());
        values.put(INITIATIVE.ACTUAL_END_DATE, d.actualEndDate());
        values.put(INITIATIVE.STATUS, status);
        values.put(INITIATIVE.CONTACT_PERSON_ID, d.contactPersonId());
        values.put(INITIATIVE.CONTACT, Texts.optional(d.contact(), Texts.SHORT, "initiative.contactOther"));
        values.put(INITIATIVE.DESCRIPTION, Texts.optional(d.description(), Texts.LONG, "initiative.description.field"));
        values.put(INITIATIVE.STAFF_NOTES, Texts.optional(d.staffNotes(), Texts.LONG, "initiative.staffNotes"));
        long id;
        if (d.id() == null) {
            id = db.insertInto(INITIATIVE)
                    .set(values)
                    .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
        } else {
            id = d.id();
            queries.statusMove(id, status).requireAllowed();
            int rows = db.update(INITIATIVE)
                    .set(values)
                    .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                    .where(INITIATIVE.ID.eq(id).and(INITIATIVE.VERSION.eq(d.version())))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
        }
        if (d.memberIds() != null) {
            db.deleteFrom(INITIATIVE_MEMBER).where(INITIATIVE_MEMBER.INITIATIVE_ID.eq(id))
                    .and(INITIATIVE_MEMBER.MEMBER_ID.notIn(d.memberIds())).execute();
            if (!d.memberIds().isEmpty()) {
                var insert = db.insertInto(INITIATIVE_MEMBER, INITIATIVE_MEMBER.INITIATIVE_ID, INITIATIVE_MEMBER.MEMBER_ID);
                for (Long memberId : d.memberIds()) {
                    insert = insert.values(id, memberId);
                }
                insert.onConflictDoNothing().execute();
            }
        }
        return id;
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void addCoFinancing(CoFinancingDraft d) {
        if (d.amount() == null || d.amount().signum() < 0) {
            throw new UserFacingException("initiative.error.amountNotNegative");
        }
        Money.requireValid(d.amount());
        if (d.source() == null) {
            throw new UserFacingException("initiative.error.sourceRequired");
        }
        String sourceName = Texts.optional(d.sourceName(), Texts.SHORT, "initiative.money.sourceName");
        if (d.source() == CoFinancingSource.OTHER && sourceName == null) {
            throw new UserFacingException("initiative.error.sourceNameRequired");
        }
        db.insertInto(CO_FINANCING)
                .set(CO_FINANCING.INITIATIVE_ID, d.initiativeId())
                .set(CO_FINANCING.SOURCE, d.source())
                .set(CO_FINANCING.SOURCE_NAME, sourceName)
                .set(CO_FINANCING.YEAR, d.year())
                .set(CO_FINANCING.AMOUNT, d.amount())
                .set(CO_FINANCING.NOTE, Texts.optional(d.note(), Texts.LONG, "initiative.money.note"))
                .execute();
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void deleteCoFinancing(long id, int version) {
        int rows = db.deleteFrom(CO_FINANCING).where(CO_FINANCING.ID.eq(id)).and(CO_FINANCING.VERSION.eq(version)).execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    /** Registers a report received from the insats; returns its id (for attachments). */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public long addReport(ReportDraft d) {
        if (d.kind() == null) {
            throw new UserFacingException("initiative.error.reportKindRequired");
        }
        if (d.receivedOn() == null) {
            throw new UserFacingException("initiative.error.receivedOnRequired");
        }
        if (negative(d.participantsEnrolled()) || negative(d.participantsStarted()) || negative(d.participantsEnded())) {
            throw new UserFacingException("initiative.error.participantsNegative");
        }
        return db.insertInto(INITIATIVE_REPORT)
                .set(INITIATIVE_REPORT.INITIATIVE_ID, d.initiativeId())
                .set(INITIATIVE_REPORT.KIND, d.kind())
                .set(INITIATIVE_REPORT.TITLE, Texts.optional(d.title(), Texts.SHORT, "initiative.report.title"))
                .set(INITIATIVE_REPORT.RECEIVED_ON, d.receivedOn())
                .set(INITIATIVE_REPORT.PERIOD_FROM, d.periodFrom())
                .set(INITIATIVE_REPORT.PERIOD_TO, d.periodTo())
                .set(INITIATIVE_REPORT.PARTICIPANTS_ENROLLED, d.participantsEnrolled())
                .set(INITIATIVE_REPORT.PARTICIPANTS_STARTED, d.participantsStarted())
                .set(INITIATIVE_REPORT.PARTICIPANTS_ENDED, d.participantsEnded())
                .set(INITIATIVE_REPORT.SUMMARY, Texts.optional(d.summary(), Texts.LONG, "initiative.report.summary"))
                .returning(INITIATIVE_REPORT.ID).fetchSingle(INITIATIVE_REPORT.ID);
    }

    // ---------------------------------------------------------------- helpers

    private static boolean negative(Integer value) {
        return value != null && value < 0;
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException(key);
        }
        return value.trim();
    }
}
