package se.samordnaren.application;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.FUNDING_DEMAND_YEAR;
import static se.samordnaren.db.Tables.IDEA;
import static se.samordnaren.db.Tables.MEMBER;

/** The ideas pipeline: early ideas the board sees as coming demand on the money, and turning one into an application. */
@Service
public class IdeaService {

    private final DSLContext db;
    private final FundingApplicationService applications;
    private final ApplicantMatcher proposers;

    IdeaService(DSLContext db, FundingApplicationService applications, ApplicantMatcher proposers) {
        this.db = db;
        this.applications = applications;
        this.proposers = proposers;
    }

    /** The list's sortable columns, by the sort property the grid sends. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "title", IDEA.TITLE,
            "proposer", DSL.coalesce(MEMBER.NAME, IDEA.PROPOSER_NAME),
            "roughAmount", IDEA.ROUGH_AMOUNT,
            "expectedYear", IDEA.EXPECTED_YEAR);

    /** One page of the ideas: open ones first (by expected year), then applied and dropped ones, unless sorted. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Idea> list(PageRequest page) {
        return Paging.page(db.select(IDEA.asterisk(), MEMBER.NAME).from(IDEA)
                        .leftJoin(MEMBER).on(MEMBER.ID.eq(IDEA.PROPOSER_MEMBER_ID))
                        .orderBy(Paging.order(page, SORTABLE,
                                DSL.case_(IDEA.STATUS).when(IdeaStatus.IDEA, 1).when(IdeaStatus.APPLIED, 2).else_(3),
                                IDEA.EXPECTED_YEAR.asc().nullsLast(), IDEA.TITLE, IDEA.ID)), page)
                .fetch(IdeaService::toIdea);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Idea> find(long id) {
        return db.select(IDEA.asterisk(), MEMBER.NAME).from(IDEA).leftJoin(MEMBER).on(MEMBER.ID.eq(IDEA.PROPOSER_MEMBER_ID))
                .where(IDEA.ID.eq(id)).fetchOptional(IdeaService::toIdea);
    }

    /**
     * Coming demand per year (view funding_demand_year), ideas and applications side by side: the current year and
     * later only, since money of a closed year can no longer be granted (049-money-without-history.sql).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DemandYear> demand() {
        var d = FUNDING_DEMAND_YEAR;
        return demandYears(db.select(d.YEAR, d.SOURCE, d.ITEM_COUNT, d.AMOUNT).from(d).fetch());
    }

    /** The start page's money: granted per year (the insats feature's) and coming demand per year, in one statement. */
    public record MoneyOutlook(List<se.samordnaren.initiative.YearAmount> granted, List<DemandYear> demand) {
    }

    /** {@link #demand} and {@code InitiativeService.grantedPerYear} in one statement, for the start page. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MoneyOutlook moneyOutlook() {
        var d = FUNDING_DEMAND_YEAR;
        return db.select(se.samordnaren.initiative.InitiativeService.grantedPerYearField(),
                        DSL.multiset(DSL.select(d.YEAR, d.SOURCE, d.ITEM_COUNT, d.AMOUNT).from(d)))
                .fetchSingle(r -> new MoneyOutlook(r.value1(), demandYears(r.value2())));
    }

    private static List<DemandYear> demandYears(org.jooq.Result<org.jooq.Record4<Integer, String, Integer, BigDecimal>> rows) {
        TreeMap<Integer, DemandYear> years = new TreeMap<>();
        for (var r : rows) {
            DemandYear y = years.getOrDefault(r.value1(), new DemandYear(r.value1(), 0, BigDecimal.ZERO, 0, BigDecimal.ZERO));
            years.put(r.value1(), "IDEA".equals(r.value2())
                    ? new DemandYear(y.year(), r.value3(), r.value4(), y.applicationCount(), y.applicationAmount())
                    : new DemandYear(y.year(), y.ideaCount(), y.ideaAmount(), r.value3(), r.value4()));
        }
        return List.copyOf(years.values());
    }

    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public Idea save(Idea idea) {
        if (idea.title() == null || idea.title().isBlank()) {
            throw new UserFacingException("idea.error.titleRequired");
        }
        Texts.requireMaxLength(idea.title().trim(), Texts.SHORT, "idea.name");
        Texts.requireMaxLength(blankToNull(idea.description()), Texts.LONG, "idea.text");
        Texts.requireMaxLength(blankToNull(idea.proposerName()), Texts.SHORT, "idea.proposer");
        if (idea.roughAmount() != null && idea.roughAmount().signum() < 0) {
            throw new UserFacingException("idea.error.amountNegative");
        }
        Money.requireValid(idea.roughAmount());
        if (idea.expectedYear() != null && (idea.expectedYear() < 2000 || idea.expectedYear() > 2100)) {
            throw new UserFacingException("idea.error.year");
        }
        IdeaStatus status = idea.status() == null ? IdeaStatus.IDEA : idea.status();
        if (status == IdeaStatus.APPLIED && idea.applicationId() == null) {
            throw new UserFacingException("idea.error.appliedNeedsApplication");
        }
        // A proposer given as text becomes the member it names (name or short name, any case), else stays free text.
        ApplicantMatcher.Applicant proposer = proposers.resolve(idea.proposerMemberId(), idea.proposerName());
        Long proposerMemberId = proposer == null ? null : proposer.memberId();
        String proposerName = proposer == null ? null : proposer.name();
        if (idea.isNew()) {
            long id = db.insertInto(IDEA)
                    .set(IDEA.TITLE, idea.title().trim())
                    .set(IDEA.DESCRIPTION, blankToNull(idea.description()))
                    .set(IDEA.PROPOSER_MEMBER_ID, proposerMemberId)
                    .set(IDEA.PROPOSER_NAME, proposerName)
                    .set(IDEA.ROUGH_AMOUNT, idea.roughAmount())
                    .set(IDEA.EXPECTED_YEAR, idea.expectedYear())
                    .set(IDEA.STATUS, status)
                    .returning(IDEA.ID).fetchSingle(IDEA.ID);
            return find(id).orElseThrow();
        }
        int rows = db.update(IDEA)
                .set(IDEA.TITLE, idea.title().trim())
                .set(IDEA.DESCRIPTION, blankToNull(idea.description()))
                .set(IDEA.PROPOSER_MEMBER_ID, proposerMemberId)
                .set(IDEA.PROPOSER_NAME, proposerName)
                .set(IDEA.ROUGH_AMOUNT, idea.roughAmount())
                .set(IDEA.EXPECTED_YEAR, idea.expectedYear())
                .set(IDEA.STATUS, status)
                .set(IDEA.VERSION, IDEA.VERSION.plus(1))
                .where(IDEA.ID.eq(idea.id()).and(IDEA.VERSION.eq(idea.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
        return find(idea.id()).orElseThrow();
    }

    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public void delete(Idea idea) {
        ConcurrentEditException.requireUpdated(db.deleteFrom(IDEA)
                .where(IDEA.ID.eq(idea.id()).and(IDEA.VERSION.eq(idea.version()))).execute());
    }

    /**
     * Turns an open idea into a received application (version 1 from the idea: title, description, the rough amount
     * in the expected year) and marks the idea APPLIED. Returns the application's id.
     */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public long convertToApplication(Idea idea, LocalDate receivedOn) {
        if (idea.status() != IdeaStatus.IDEA) {
            throw new UserFacingException("idea.error.notOpen");
        }
        if (idea.proposerMemberId() == null && blankToNull(idea.proposerName()) == null) {
            throw new UserFacingException("idea.error.proposerRequired");
        }
        TreeMap<Integer, BigDecimal> requested = new TreeMap<>();
        if (idea.expectedYear() != null && idea.roughAmount() != null) {
            requested.put(idea.expectedYear(), idea.roughAmount());
        }
        long applicationId = applications.create(new NewApplication(idea.proposerMemberId(), idea.proposerName(), null, null,
                null, new VersionDraft(receivedOn, idea.title(), null, null, idea.description(),
                idea.expectedYear() == null ? null : LocalDate.of(idea.expectedYear(), 1, 1),
                idea.expectedYear() == null ? null : LocalDate.of(idea.expectedYear(), 12, 31), null, requested)));
        ConcurrentEditException.requireUpdated(db.update(IDEA)
                .set(IDEA.STATUS, IdeaStatus.APPLIED)
                .set(IDEA.APPLICATION_ID, applicationId)
                .set(IDEA.VERSION, IDEA.VERSION.plus(1))
                .where(IDEA.ID.eq(idea.id()).and(IDEA.VERSION.eq(idea.version())))
                .execute());
        return applicationId;
    }

    private static Idea toIdea(Record r) {
        String memberName = r.get(MEMBER.NAME);
        return new Idea(r.get(IDEA.ID), r.get(IDEA.TITLE), r.get(IDEA.DESCRIPTION), r.get(IDEA.PROPOSER_MEMBER_ID),
                r.get(IDEA.PROPOSER_NAME), memberName != null ? memberName : r.get(IDEA.PROPOSER_NAME),
                r.get(IDEA.ROUGH_AMOUNT), r.get(IDEA.EXPECTED_YEAR), r.get(IDEA.STATUS),
                r.get(IDEA.APPLICATION_ID), r.get(IDEA.VERSION));
    }

}
