package se.samordnaren.application;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.initiative.ApplicationGrant;
import se.samordnaren.initiative.GrantLedgerService;
import se.samordnaren.meeting.MinutesService;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;

/**
 * An application's life after receipt, one step at a time: the beredningsgrupp prepares it (or the applicant
 * withdraws it); the working committee's proposal and the board's decision rest on their § of the minutes and are
 * recorded by the förbundschef or the secretary. On bifall the insats feature creates or extends the insats with the
 * granted money ({@link GrantLedgerService#grantFromApplication}) and, while the minutes are open, the meeting
 * feature links the decision to it ({@link MinutesService#addLink}) — all in one transaction.
 */
@Service
public class ApplicationStepService {

    /** The stored texts (grant and link notes) are written in the organisation's language. */
    private static final Locale SWEDISH = Locale.of("sv", "SE");

    private final DSLContext db;
    private final ApplicationQueries queries;
    private final StepLog steps;
    private final GrantLedgerService ledger;
    private final MinutesService minutes;
    private final I18NProvider texts;

    ApplicationStepService(DSLContext db, ApplicationQueries queries, StepLog steps, GrantLedgerService ledger,
                           MinutesService minutes, I18NProvider texts) {
        this.db = db;
        this.queries = queries;
        this.steps = steps;
        this.ledger = ledger;
        this.minutes = minutes;
        this.texts = texts;
    }

    /** The beredningsgrupp has prepared the latest version: its recommendation and notes (a § is optional). */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public void prepare(long applicationId, int applicationVersion, LocalDate preparedOn, StepOutcome recommendation,
                        String notes) {
        if (recommendation == null || !Set.of(StepOutcome.APPROVE, StepOutcome.REJECT, StepOutcome.MORE_INFORMATION)
                .contains(recommendation)) {
            throw new UserFacingException("application.error.recommendationRequired");
        }
        if (preparedOn == null) {
            throw new UserFacingException("application.error.dateRequired");
        }
        steps.touch(applicationId, applicationVersion);
        steps.insert(applicationId, StepKind.PREPARED, preparedOn, recommendation, null, notes);
    }

    /**
     * The applicant withdraws the application (återtagen): a WITHDRAWN step on the latest version with its date and
     * a note. After that nothing more happens to the case. The database refuses it once the application is decided
     * (granted or rejected) or when the date lies before the last step.
     */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public void withdraw(long applicationId, int applicationVersion, LocalDate withdrawnOn, String notes) {
        if (withdrawnOn == null) {
            throw new UserFacingException("application.error.dateRequired");
        }
        steps.touch(applicationId, applicationVersion);
        steps.insert(applicationId, StepKind.WITHDRAWN, withdrawnOn, null, null, notes);
    }

    /** Changes the notes of a step (allowed even when its minutes are approved). */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void updateNotes(long stepId, int stepVersion, String notes) {
        Texts.requireMaxLength(notes, Texts.LONG, "application.notes");
        var s = se.samordnaren.db.Tables.APPLICATION_STEP;
        ConcurrentEditException.requireUpdated(db.update(s)
                .set(s.NOTES, blankToNull(notes))
                .set(s.VERSION, s.VERSION.plus(1))
                .where(s.ID.eq(stepId).and(s.VERSION.eq(stepVersion)))
                .execute());
    }

    /** The working committee's proposal (bifall / avslag / återremiss / bordläggning), resting on its §. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void recordAuProposal(long applicationId, int applicationVersion, StepOutcome outcome, long decisionId,
                                 String notes) {
        requireDecisionOutcome(outcome);
        steps.touch(applicationId, applicationVersion);
        steps.insert(applicationId, StepKind.AU_PROPOSAL, null, outcome, decisionId, notes);
    }

    /**
     * The board's decision on the application, resting on its §. On bifall the insats is created (named
     * {@code newInitiativeName}, default the application's title) or, when the application continues one, extended,
     * with one grant per year of the latest version's requested money, each carrying the board's decision; while
     * the minutes are not yet approved the decision is also linked to the insats.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void recordBoardDecision(long applicationId, int applicationVersion, StepOutcome outcome, long decisionId,
                                    String notes, String newInitiativeName) {
        recordBoardDecision(applicationId, applicationVersion, outcome, decisionId, notes, newInitiativeName, null);
    }

    /**
     * The board's decision as above, granting {@code grantedPerYear} instead of the requested money: the board may
     * grant less (or more) than asked, year by year. Only years the latest version asks for; each amount at least 0
     * (0: nothing that year). {@code null} grants what was requested.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void recordBoardDecision(long applicationId, int applicationVersion, StepOutcome outcome, long decisionId,
                                    String notes, String newInitiativeName, SortedMap<Integer, BigDecimal> grantedPerYear) {
        requireDecisionOutcome(outcome);
        Texts.requireMaxLength(blankToNull(newInitiativeName), Texts.SHORT, "application.initiativeName");
        steps.touch(applicationId, applicationVersion);
        DecisionPlace decision = queries.decisionPlace(decisionId)
                .orElseThrow(() -> new UserFacingException("application.error.decisionRequired"));
        if (outcome == StepOutcome.APPROVE) {
            if (!ApplicationQueries.grants(decision.outcome())) {
                throw new UserFacingException("application.error.decisionNotGranting", decision.paragraph().label());
            }
            ApplicationDetail application = queries.detail(applicationId).orElseThrow(ConcurrentEditException::new);
            grant(application, decision, newInitiativeName, grantedPerYear);
        }
        steps.insert(applicationId, StepKind.BOARD_DECISION, null, outcome, decisionId, notes);
    }

    /** Bifall: the insats feature books the money; the decision is linked to the insats while the minutes are open. */
    private void grant(ApplicationDetail application, DecisionPlace decision, String newInitiativeName,
                       SortedMap<Integer, BigDecimal> grantedPerYear) {
        ApplicationDetail.Version latest = application.latestVersion();
        SortedMap<Integer, BigDecimal> granted = grantedPerYear == null
                ? latest.requested().stream().collect(Collectors.toMap(ApplicationDetail.Requested::year,
                        ApplicationDetail.Requested::amount, (x, y) -> x, TreeMap::new))
                : checkedGrants(latest, grantedPerYear);
        granted.values().removeIf(amount -> amount.signum() <= 0);
        if (granted.isEmpty() && grantedPerYear != null && !latest.requested().isEmpty()) {
            throw new UserFacingException("application.error.grantNothing");
        }
        if (granted.isEmpty()) {
            throw new UserFacingException("application.error.nothingToGrant");
        }
        String name = blankToNull(newInitiativeName) == null ? latest.title().trim() : newInitiativeName.trim();
        boolean member = application.applicantMemberId() != null;
        long initiativeId = ledger.grantFromApplication(new ApplicationGrant(application.initiativeId(), name,
                application.applicantMemberId(), member ? null : application.applicant(), latest.targetGroup(),
                latest.orientation(), latest.description(), latest.periodStart(), latest.periodEnd(),
                decision.decisionId(), granted,
                text("application.grant.note", latest.title(), String.valueOf(latest.versionNo()))));
        if (application.initiativeId() == null) {
            ConcurrentEditException.requireUpdated(db.update(FUNDING_APPLICATION)
                    .set(FUNDING_APPLICATION.INITIATIVE_ID, initiativeId)
                    .where(FUNDING_APPLICATION.ID.eq(application.id()))
                    .execute());
        }
        // Links to approved minutes are refused by the approval lock; the grants carry the decision anyway.
        if (!decision.minutesApproved()) {
            long recordId = queries.initiativeRecordId(initiativeId);
            if (!queries.linked(decision.decisionId(), recordId)) {
                minutes.addLink(decision.decisionId(), recordId, text("application.link.note", latest.title()));
            }
        }
    }

    /** The amounts the board granted: one per requested year, none missing or negative. */
    private static SortedMap<Integer, BigDecimal> checkedGrants(ApplicationDetail.Version latest,
                                                                SortedMap<Integer, BigDecimal> grantedPerYear) {
        Set<Integer> requestedYears = latest.requested().stream().map(ApplicationDetail.Requested::year)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (Integer year : grantedPerYear.keySet()) {
            if (!requestedYears.contains(year)) {
                throw new UserFacingException("application.error.grantYearNotRequested", String.valueOf(year));
            }
        }
        TreeMap<Integer, BigDecimal> granted = new TreeMap<>();
        for (Integer year : requestedYears) {
            BigDecimal amount = grantedPerYear.get(year);
            if (amount == null) {
                throw new UserFacingException("application.error.grantRequired", String.valueOf(year));
            }
            if (amount.signum() < 0) {
                throw new UserFacingException("application.error.grantNegative", String.valueOf(year));
            }
            granted.put(year, Money.requireValid(amount));
        }
        return granted;
    }

    private String text(String key, Object... arguments) {
        return texts.getTranslation(key, SWEDISH, arguments);
    }

    private static void requireDecisionOutcome(StepOutcome outcome) {
        if (outcome == null || outcome == StepOutcome.MORE_INFORMATION) {
            throw new UserFacingException("application.error.outcomeRequired");
        }
    }
}
