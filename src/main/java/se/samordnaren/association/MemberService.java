package se.samordnaren.association;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.db.tables.records.MemberRecord;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.util.List;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.common.Texts.requireMaxLength;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The association's members: everyone signed in reads them, the förbundschef changes them. The database refuses a
 * second Försäkringskassan or Arbetsförmedlingen, a name twice, municipal shares above 100 % in total and a member
 * still in use; AssociationRefusals says so in Swedish.
 */
@Service
public class MemberService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** numeric(7, 4): more decimals would be rounded without a word. */
    static final int SHARE_DECIMALS = 4;

    private final DSLContext db;

    MemberService(DSLContext db) {
        this.db = db;
    }

    /** State members first, then the region, then the municipalities by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Member> list() {
        return db.selectFrom(MEMBER)
                .orderBy(DSL.case_(MEMBER.MEMBER_TYPE)
                                .when(MemberType.FORSAKRINGSKASSAN, 1).when(MemberType.ARBETSFORMEDLINGEN, 2)
                                .when(MemberType.REGION, 3).else_(4),
                        MEMBER.NAME)
                .fetch(MemberService::toMember);
    }

    /** Creates (id null) or updates a member; a stale save is refused with error.concurrentEdit. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public Member save(Member member) {
        String name = requireMaxLength(blankToNull(member.name()), Texts.SHORT, "member.name");
        if (name == null) {
            throw new UserFacingException("member.error.nameRequired");
        }
        if (member.type() == null) {
            throw new UserFacingException("member.error.typeRequired");
        }
        BigDecimal share = member.type() == MemberType.MUNICIPALITY ? member.municipalShare() : null;
        if (share != null && (share.signum() <= 0 || share.compareTo(HUNDRED) > 0)) {
            throw new UserFacingException("member.error.shareRange");
        }
        if (share != null && share.stripTrailingZeros().scale() > SHARE_DECIMALS) {
            throw new UserFacingException("member.error.shareFormat");
        }
        MemberRecord values = new MemberRecord();
        values.setName(name);
        values.setShortName(requireMaxLength(blankToNull(member.shortName()), Texts.SHORT, "member.shortName"));
        values.setMemberType(member.type());
        values.setOrganisationNumber(AssociationService.organisationNumber(member.organisationNumber()));
        values.setMunicipalShare(share);
        values.setPopulation(member.population());
        if (member.isNew()) {
            return find(db.insertInto(MEMBER).set(values).returning(MEMBER.ID).fetchSingle(MEMBER.ID));
        }
        int rows = db.update(MEMBER).set(values)
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .where(MEMBER.ID.eq(member.id()).and(MEMBER.VERSION.eq(member.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
        return find(member.id());
    }

    /** Deletes a member nothing refers to; one still in use (people, insatser, allocations) is refused. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public void delete(Member member) {
        int rows = db.deleteFrom(MEMBER)
                .where(MEMBER.ID.eq(member.id()).and(MEMBER.VERSION.eq(member.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    private Member find(long id) {
        return db.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchSingle(MemberService::toMember);
    }

    private static Member toMember(Record r) {
        return new Member(r.get(MEMBER.ID), r.get(MEMBER.NAME), r.get(MEMBER.SHORT_NAME),
                r.get(MEMBER.MEMBER_TYPE), r.get(MEMBER.ORGANISATION_NUMBER),
                r.get(MEMBER.MUNICIPAL_SHARE), r.get(MEMBER.POPULATION), r.get(MEMBER.VERSION));
    }
}
