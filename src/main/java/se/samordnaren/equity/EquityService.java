package se.samordnaren.equity;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.allocation.AllocationService;
import se.samordnaren.allocation.MoneyDecision;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.MinutesService;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.ANNUAL_RESULT;
import static se.samordnaren.db.Tables.DISCHARGE;
import static se.samordnaren.db.Tables.GUIDELINE_STEP;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * Annual results (årsredovisning, the auditors' report, discharge per member), the national guideline as dated steps,
 * and the equity against it per year and in the forecast. The förbundschef and the ekonom record results and
 * discharge; only the förbundschef changes the guideline; the board and the auditors read. Reads are in
 * {@link EquityQueries}; database refusals become Swedish messages through {@link EquityRefusals}.
 */
@Service
public class EquityService {

    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final DSLContext db;
    private final EquityQueries queries;
    // the § picker of money decisions is the allocation's (the same outcomes, the same query)
    private final AllocationService allocations;
    private final MinutesService minutes;
    private final I18NProvider texts;

    EquityService(DSLContext db, EquityQueries queries, AllocationService allocations, MinutesService minutes,
                  I18NProvider texts) {
        this.db = db;
        this.queries = queries;
        this.allocations = allocations;
        this.minutes = minutes;
        this.texts = texts;
    }

    // ---------------------------------------------------------------- reads

    /** Every annual result, newest first, with the discharge counts. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<AnnualResultRow> results() {
        return queries.results();
    }

    /** One year's annual result with the auditors' report, discharge per member and equity status: one statement. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<AnnualResultDetail> result(int year) {
        return queries.result(year);
    }

    /** The year's allocated money as the allocation feature holds it (to prefill a new annual result). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public Optional<BigDecimal> allocationOf(int year) {
        return queries.allocationOf(year);
    }

    /** Equity against the guideline: every closed year, then the forecast from the decided budgets; one statement. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public EquityOverview overview() {
        return queries.overview();
    }

    /**
     * How much must be spent (beyond the plan) or may be kept to come within the guideline by the end of a year:
     * forecast equity at that year's end minus the allowed level (for a closed year: the actual figures). Empty when
     * the year has neither an annual result nor a forecast, or no guideline step applies.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<SpendingTarget> spendingTarget(int year) {
        return queries.spendingTarget(year);
    }

    /** The guideline's steps, newest first, each marked when it belongs to the set in force today. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<GuidelineStep> guidelineSteps() {
        return queries.guidelineSteps();
    }

    /** One page of the § an annual result may rest on, newest first: the § picker. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public List<MoneyDecision> decisionChoices(String text, PageRequest page) {
        return allocations.decisionChoices(text, page);
    }

    /** The picker's entry for one decision (empty when it is gone). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public Optional<MoneyDecision> decisionChoice(long decisionId) {
        return allocations.decisionChoice(decisionId);
    }

    // ---------------------------------------------------------------- writes: annual results and discharge

    /**
     * Creates or changes a year's annual result (optimistic). Every member gets a discharge row for the year (a
     * member added later gets one at the next save). A new approving § is linked to the result while its minutes
     * are open (by a user who may edit minutes). Returns the id.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public long saveResult(AnnualResultDraft d) {
        if (d.year() == null) {
            throw new UserFacingException("equity.error.yearRequired");
        }
        if (d.year() < 2000 || d.year() > 2100) {
            throw new UserFacingException("equity.error.yearRange");
        }
        for (BigDecimal amount : new BigDecimal[] {d.income(), d.costs()}) {
            if (amount == null || amount.signum() < 0) {
                throw new UserFacingException("equity.error.incomeCostsNotNegative");
            }
        }
        if (d.equityStart() == null || d.equityEnd() == null) {
            throw new UserFacingException("equity.error.equityRequired");
        }
        if (d.allocation() != null && d.allocation().signum() <= 0) {
            throw new UserFacingException("equity.error.allocationPositive");
        }
        for (BigDecimal amount : new BigDecimal[] {d.income(), d.costs(), d.equityStart(), d.equityEnd(), d.allocation()}) {
            Money.requireValid(amount);
        }
        String report = Texts.requireMaxLength(blankToNull(d.auditorsReport()), Texts.LONG, "equity.auditorsReport");
        String note = Texts.requireMaxLength(blankToNull(d.note()), Texts.LONG, "equity.note");

        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(ANNUAL_RESULT.YEAR, d.year());
        values.put(ANNUAL_RESULT.INCOME, d.income());
        values.put(ANNUAL_RESULT.COSTS, d.costs());
        values.put(ANNUAL_RESULT.EQUITY_START, d.equityStart());
        values.put(ANNUAL_RESULT.EQUITY_END, d.equityEnd());
        values.put(ANNUAL_RESULT.ALLOCATION, d.allocation());
        values.put(ANNUAL_RESULT.DECISION_ID, d.decisionId());
        values.put(ANNUAL_RESULT.AUDITORS_REPORT, report);
        values.put(ANNUAL_RESULT.AUDITORS_REPORT_ON, d.auditorsReportOn());
        values.put(ANNUAL_RESULT.AUDITORS_RECOMMEND_DISCHARGE, d.auditorsRecommendDischarge());
        values.put(ANNUAL_RESULT.NOTE, note);
        long id;
        Long previousDecision = null;
        if (d.id() == null) {
            if (db.fetchExists(ANNUAL_RESULT, ANNUAL_RESULT.YEAR.eq(d.year()))) {
                throw new UserFacingException("equity.error.yearExists", String.valueOf(d.year()));
            }
            id = db.insertInto(ANNUAL_RESULT).set(values).returning(ANNUAL_RESULT.ID).fetchSingle(ANNUAL_RESULT.ID);
        } else {
            id = d.id();
            previousDecision = queries.stored(id).orElseThrow(ConcurrentEditException::new).decisionId();
            ConcurrentEditException.requireUpdated(db.update(ANNUAL_RESULT)
                    .set(values)
                    .set(ANNUAL_RESULT.VERSION, ANNUAL_RESULT.VERSION.plus(1))
                    .where(ANNUAL_RESULT.ID.eq(id).and(ANNUAL_RESULT.VERSION.eq(d.version())))
                    .execute());
        }
        db.insertInto(DISCHARGE, DISCHARGE.ANNUAL_RESULT_ID, DISCHARGE.MEMBER_ID)
                .select(DSL.select(DSL.val(id), MEMBER.ID).from(MEMBER))
                .onConflict(DISCHARGE.ANNUAL_RESULT_ID, DISCHARGE.MEMBER_ID).doNothing()
                .execute();
        relink(id, previousDecision, d.decisionId(), d.year());
        return id;
    }

    /** See {@code AllocationService}: the minutes show the link while they are open; approved minutes are locked. */
    private void relink(long annualResultId, Long previous, Long next, int year) {
        if (Objects.equals(previous, next)) {
            return;
        }
        long recordId = queries.stored(annualResultId).orElseThrow(ConcurrentEditException::new).recordId();
        if (previous != null && allocations.decisionChoice(previous).filter(c -> !c.minutesApproved()).isPresent()) {
            queries.link(previous, recordId).ifPresent(minutes::removeLink);
        }
        if (next != null && allocations.decisionChoice(next).filter(c -> !c.minutesApproved()).isPresent()
                && queries.link(next, recordId).isEmpty()) {
            minutes.addLink(next, recordId, texts.getTranslation("equity.link.note", SWEDISH, String.valueOf(year)));
        }
    }

    /** Records a member's discharge: granted on a date, refused, or back to outstanding (optimistic). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void saveDischarge(DischargeDraft d) {
        if (d.state() == null) {
            throw new UserFacingException("equity.error.dischargeStateRequired");
        }
        if (d.state() == DischargeState.GRANTED && d.grantedOn() == null) {
            throw new UserFacingException("equity.error.grantedOnRequired");
        }
        String reference = Texts.requireMaxLength(blankToNull(d.reference()), Texts.SHORT, "equity.discharge.reference");
        ConcurrentEditException.requireUpdated(db.update(DISCHARGE)
                .set(DISCHARGE.GRANTED_ON, d.state() == DischargeState.GRANTED ? d.grantedOn() : null)
                .set(DISCHARGE.REFUSED, d.state() == DischargeState.REFUSED)
                .set(DISCHARGE.REFERENCE, reference)
                .set(DISCHARGE.VERSION, DISCHARGE.VERSION.plus(1))
                .where(DISCHARGE.ID.eq(d.id()).and(DISCHARGE.VERSION.eq(d.version())))
                .execute());
    }

    // ---------------------------------------------------------------- writes: the guideline (förbundschef only)

    /** Adds or changes a step of the guideline (optimistic). Returns its id. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public long saveGuidelineStep(GuidelineStepDraft d) {
        if (d.validFrom() == null) {
            throw new UserFacingException("equity.error.validFromRequired");
        }
        if (d.maxShare() == null || d.maxShare().signum() <= 0 || d.maxShare().compareTo(HUNDRED) > 0
                || d.maxShare().stripTrailingZeros().scale() > 2) {
            throw new UserFacingException("equity.error.maxShareRange");
        }
        if (d.allocationUpTo() != null && d.allocationUpTo().signum() <= 0) {
            throw new UserFacingException("equity.error.bracketPositive");
        }
        Money.requireValid(d.allocationUpTo());
        String source = blankToNull(d.source());
        if (source == null) {
            throw new UserFacingException("equity.error.sourceRequired");
        }
        Texts.requireMaxLength(source, Texts.SHORT, "equity.guideline.source");
        if (d.id() == null) {
            return db.insertInto(GUIDELINE_STEP)
                    .set(GUIDELINE_STEP.VALID_FROM, d.validFrom())
                    .set(GUIDELINE_STEP.ALLOCATION_UP_TO, d.allocationUpTo())
                    .set(GUIDELINE_STEP.MAX_SHARE, d.maxShare())
                    .set(GUIDELINE_STEP.SOURCE, source)
                    .returning(GUIDELINE_STEP.ID).fetchSingle(GUIDELINE_STEP.ID);
        }
        ConcurrentEditException.requireUpdated(db.update(GUIDELINE_STEP)
                .set(GUIDELINE_STEP.VALID_FROM, d.validFrom())
                .set(GUIDELINE_STEP.ALLOCATION_UP_TO, d.allocationUpTo())
                .set(GUIDELINE_STEP.MAX_SHARE, d.maxShare())
                .set(GUIDELINE_STEP.SOURCE, source)
                .set(GUIDELINE_STEP.VERSION, GUIDELINE_STEP.VERSION.plus(1))
                .where(GUIDELINE_STEP.ID.eq(d.id()).and(GUIDELINE_STEP.VERSION.eq(d.version())))
                .execute());
        return d.id();
    }

    /** Removes a step entered by mistake (optimistic). */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public void deleteGuidelineStep(long id, int version) {
        ConcurrentEditException.requireUpdated(db.deleteFrom(GUIDELINE_STEP)
                .where(GUIDELINE_STEP.ID.eq(id)).and(GUIDELINE_STEP.VERSION.eq(version)).execute());
    }
}
