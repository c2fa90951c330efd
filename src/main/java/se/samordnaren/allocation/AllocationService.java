package se.samordnaren.allocation;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.MinutesService;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.ALLOCATION_KEY;
import static se.samordnaren.db.Tables.ALLOCATION_PAYMENT;
import static se.samordnaren.db.Tables.ALLOCATION_YEAR;

/**
 * Tilldelade medel: each year's total and split (state, region, municipalities by their key), the § that noted or
 * decided it, and what each member paid. The förbundschef and the ekonom write; the board and the auditors read.
 * Reads are in {@link AllocationQueries}; database refusals become Swedish messages through {@link AllocationRefusals}.
 */
@Service
public class AllocationService {

    /** Stored texts (the note of a decision link) are written in the organisation's language. */
    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final DSLContext db;
    private final AllocationQueries queries;
    private final MinutesService minutes;
    private final I18NProvider texts;

    AllocationService(DSLContext db, AllocationQueries queries, MinutesService minutes,
                      I18NProvider texts) {
        this.db = db;
        this.queries = queries;
        this.minutes = minutes;
        this.texts = texts;
    }

    /**
     * Whether an allocation (or any money figure) may rest on a decision with this outcome: noted, approved, granted
     * or reported under delegation, never a proposal, a rejection, a referral back or a postponement. The database's
     * check_money_decision says the same (a test holds them equal); a new outcome does not compile until placed here.
     */
    public static boolean mayRestOn(DecisionOutcome outcome) {
        return switch (outcome) {
            case NOTED, APPROVED, GRANTED, DELEGATION_REPORTED -> true;
            case REJECTED, REFERRED_BACK, POSTPONED, PROPOSAL -> false;
        };
    }

    // ---------------------------------------------------------------- reads

    /** The years that have an allocation, oldest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<Integer> years() {
        return queries.years();
    }

    /** One year's allocation with the members' shares and payments, one statement. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<AllocationYearDetail> year(int year) {
        return queries.year(year);
    }

    /** Every municipality with its population: the key a new year is prefilled with. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public List<AllocationYearDetail.MunicipalKey> municipalities() {
        return queries.municipalities();
    }

    /** One page of the § an allocation may rest on ({@link #mayRestOn}), newest first: the § picker. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public List<MoneyDecision> decisionChoices(String text, PageRequest page) {
        return queries.decisionChoices(text, page);
    }

    /** The picker's entry for the decision a year rests on (empty when it is gone). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public Optional<MoneyDecision> decisionChoice(long decisionId) {
        return queries.decisionChoice(decisionId);
    }

    // ---------------------------------------------------------------- writes

    /**
     * Creates or changes a year's allocation with its municipal key (optimistic: a stale version is refused; the
     * year's version guards its key too). When the § is new and its minutes are still open, the decision is also
     * linked to the allocation (by a user who may edit minutes). Returns the id.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public long saveYear(AllocationYearDraft d) {
        if (d.year() == null) {
            throw new UserFacingException("allocation.error.yearRequired");
        }
        if (d.year() < 2000 || d.year() > 2100) {
            throw new UserFacingException("allocation.error.yearRange");
        }
        if (d.total() == null || d.total().signum() <= 0) {
            throw new UserFacingException("allocation.error.totalPositive");
        }
        Money.requireValid(d.total());
        BigDecimal state = share(d.stateShare());
        BigDecimal region = share(d.regionShare());
        BigDecimal municipal = share(d.municipalShare());
        BigDecimal sum = state.add(region).add(municipal);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new UserFacingException("allocation.error.sharesSum", sum.stripTrailingZeros().toPlainString());
        }
        String keyBasis = blankToNull(d.keyBasis());
        if (keyBasis == null) {
            throw new UserFacingException("allocation.error.keyBasisRequired");
        }
        Texts.requireMaxLength(keyBasis, Texts.SHORT, "allocation.keyBasis");
        String note = Texts.requireMaxLength(blankToNull(d.note()), Texts.LONG, "allocation.note");
        d.keys().forEach((memberId, value) -> {
            if (value != null && value.signum() <= 0) {
                throw new UserFacingException("allocation.error.keyPositive");
            }
        });

        long id;
        Long previousDecision = null;
        if (d.id() == null) {
            if (db.fetchExists(ALLOCATION_YEAR, ALLOCATION_YEAR.YEAR.eq(d.year()))) {
                throw new UserFacingException("allocation.error.yearExists", String.valueOf(d.year()));
            }
            id = db.insertInto(ALLOCATION_YEAR)
                    .set(ALLOCATION_YEAR.YEAR, d.year())
                    .set(ALLOCATION_YEAR.TOTAL, d.total())
                    .set(ALLOCATION_YEAR.STATE_SHARE, state)
                    .set(ALLOCATION_YEAR.REGION_SHARE, region)
                    .set(ALLOCATION_YEAR.MUNICIPAL_SHARE, municipal)
                    .set(ALLOCATION_YEAR.KEY_BASIS, keyBasis)
                    .set(ALLOCATION_YEAR.DECISION_ID, d.decisionId())
                    .set(ALLOCATION_YEAR.NOTE, note)
                    .returning(ALLOCATION_YEAR.ID).fetchSingle(ALLOCATION_YEAR.ID);
        } else {
            id = d.id();
            previousDecision = queries.stored(id).orElseThrow(ConcurrentEditException::new).decisionId();
            ConcurrentEditException.requireUpdated(db.update(ALLOCATION_YEAR)
                    .set(ALLOCATION_YEAR.YEAR, d.year())
                    .set(ALLOCATION_YEAR.TOTAL, d.total())
                    .set(ALLOCATION_YEAR.STATE_SHARE, state)
                    .set(ALLOCATION_YEAR.REGION_SHARE, region)
                    .set(ALLOCATION_YEAR.MUNICIPAL_SHARE, municipal)
                    .set(ALLOCATION_YEAR.KEY_BASIS, keyBasis)
                    .set(ALLOCATION_YEAR.DECISION_ID, d.decisionId())
                    .set(ALLOCATION_YEAR.NOTE, note)
                    .set(ALLOCATION_YEAR.VERSION, ALLOCATION_YEAR.VERSION.plus(1))
                    .where(ALLOCATION_YEAR.ID.eq(id).and(ALLOCATION_YEAR.VERSION.eq(d.version())))
                    .execute());
        }
        saveKeys(id, d.keys());
        relink(id, previousDecision, d.decisionId(), d.year());
        return id;
    }

    /** The key as given: values kept or changed, municipalities left out lose theirs. */
    private void saveKeys(long allocationYearId, Map<Long, BigDecimal> keys) {
        List<Long> kept = keys.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
        db.deleteFrom(ALLOCATION_KEY).where(ALLOCATION_KEY.ALLOCATION_YEAR_ID.eq(allocationYearId))
                .and(ALLOCATION_KEY.MEMBER_ID.notIn(kept)).execute();
        for (Long memberId : kept) {
            BigDecimal value = keys.get(memberId);
            db.insertInto(ALLOCATION_KEY)
                    .set(ALLOCATION_KEY.ALLOCATION_YEAR_ID, allocationYearId)
                    .set(ALLOCATION_KEY.MEMBER_ID, memberId)
                    .set(ALLOCATION_KEY.KEY_VALUE, value)
                    .onConflict(ALLOCATION_KEY.ALLOCATION_YEAR_ID, ALLOCATION_KEY.MEMBER_ID)
                    .doUpdate()
                    .set(ALLOCATION_KEY.KEY_VALUE, value)
                    .set(ALLOCATION_KEY.VERSION, ALLOCATION_KEY.VERSION.plus(1))
                    .where(ALLOCATION_KEY.KEY_VALUE.ne(value))
                    .execute();
        }
    }

    /**
     * The minutes show what a decision touched through its links: a new § gets a link to the allocation while its
     * minutes are open, and a replaced § loses the link while its minutes are open. Approved minutes are locked
     * (the allocation carries its § anyway).
     */
    private void relink(long allocationYearId, Long previous, Long next, int year) {
        if (Objects.equals(previous, next)) {
            return;
        }
        long recordId = queries.stored(allocationYearId).orElseThrow(ConcurrentEditException::new).recordId();
        if (previous != null && queries.decisionChoice(previous).filter(c -> !c.minutesApproved()).isPresent()) {
            queries.link(previous, recordId).ifPresent(minutes::removeLink);
        }
        if (next != null && queries.decisionChoice(next).filter(c -> !c.minutesApproved()).isPresent()
                && queries.link(next, recordId).isEmpty()) {
            minutes.addLink(next, recordId, texts.getTranslation("allocation.link.note", SWEDISH, String.valueOf(year)));
        }
    }

    /** Records or changes a member's payment (optimistic). Returns its id. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public long savePayment(PaymentDraft d) {
        if (d.memberId() == null) {
            throw new UserFacingException("allocation.error.memberRequired");
        }
        if (d.paidOn() == null) {
            throw new UserFacingException("allocation.error.paidOnRequired");
        }
        if (d.amount() == null || d.amount().signum() == 0) {
            throw new UserFacingException("allocation.error.amountNotZero");
        }
        Money.requireValid(d.amount());
        String note = Texts.requireMaxLength(blankToNull(d.note()), Texts.SHORT, "allocation.payment.note");
        if (d.id() == null) {
            return db.insertInto(ALLOCATION_PAYMENT)
                    .set(ALLOCATION_PAYMENT.ALLOCATION_YEAR_ID, d.allocationYearId())
                    .set(ALLOCATION_PAYMENT.MEMBER_ID, d.memberId())
                    .set(ALLOCATION_PAYMENT.PAID_ON, d.paidOn())
                    .set(ALLOCATION_PAYMENT.AMOUNT, d.amount())
                    .set(ALLOCATION_PAYMENT.NOTE, note)
                    .returning(ALLOCATION_PAYMENT.ID).fetchSingle(ALLOCATION_PAYMENT.ID);
        }
        ConcurrentEditException.requireUpdated(db.update(ALLOCATION_PAYMENT)
                .set(ALLOCATION_PAYMENT.MEMBER_ID, d.memberId())
                .set(ALLOCATION_PAYMENT.PAID_ON, d.paidOn())
                .set(ALLOCATION_PAYMENT.AMOUNT, d.amount())
                .set(ALLOCATION_PAYMENT.NOTE, note)
                .set(ALLOCATION_PAYMENT.VERSION, ALLOCATION_PAYMENT.VERSION.plus(1))
                .where(ALLOCATION_PAYMENT.ID.eq(d.id()).and(ALLOCATION_PAYMENT.VERSION.eq(d.version())))
                .execute());
        return d.id();
    }

    /** Removes a payment recorded by mistake (optimistic: refused when someone changed it since it was shown). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void deletePayment(long id, int version) {
        ConcurrentEditException.requireUpdated(db.deleteFrom(ALLOCATION_PAYMENT)
                .where(ALLOCATION_PAYMENT.ID.eq(id)).and(ALLOCATION_PAYMENT.VERSION.eq(version)).execute());
    }

    private static BigDecimal share(BigDecimal share) {
        if (share == null) {
            throw new UserFacingException("allocation.error.shareRequired");
        }
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0 || share.stripTrailingZeros().scale() > 2) {
            throw new UserFacingException("allocation.error.shareRange");
        }
        return share;
    }
}
