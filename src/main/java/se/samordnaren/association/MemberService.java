package se.samordnaren.association;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.util.List;

import static se.samordnaren.db.Tables.MEMBER;

@Service
public class MemberService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DSLContext db;

    MemberService(DSLContext db) {
        this.db = db;
    }

    /** State members first, then the region, then the municipalities by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Member> list() {
        return db.selectFrom(MEMBER)
                .orderBy(org.jooq.impl.DSL.case_(MEMBER.MEMBER_TYPE)
                                .when(MemberType.FORSAKRINGSKASSAN, 1).when(MemberType.ARBETSFORMEDLINGEN, 2).when(MemberType.REGION, 3).else_(4),
                        MEMBER.NAME)
                .fetch(MemberService::toMember);
    }

    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public Member save(Member member) {
        String name = Validation.required(member.name(), "member.error.nameRequired");
        if (member.type() == null) {
            throw new UserFacingException("member.error.typeRequired");
        }
        BigDecimal share = member.type() == MemberType.MUNICIPALITY ? member.municipalShare() : null;
        if (share != null && (share.signum() <= 0 || share.compareTo(HUNDRED) > 0)) {
            throw new UserFacingException("member.error.shareRange");
        }
        if (member.population() != null && member.population() < 0) {
            throw new UserFacingException("member.error.population");
        }
        String organisationNumber = Validation.optional(member.organisationNumber(), Validation.ORGANISATION_NUMBER,
                "error.organisationNumber");
        try {
            if (member.isNew()) {
                Long id = db.insertInto(MEMBER)
                        .set(MEMBER.NAME, name)
                        .set(MEMBER.SHORT_NAME, Texts.blankToNull(member.shortName()))
                        .set(MEMBER.MEMBER_TYPE, member.type())
                        .set(MEMBER.ORGANISATION_NUMBER, organisationNumber)
                        .set(MEMBER.MUNICIPAL_SHARE, share)
                        .set(MEMBER.POPULATION, member.population())
                        .returning(MEMBER.ID).fetchSingle(MEMBER.ID);
                return find(id);
            }
            int rows = db.update(MEMBER)
                    .set(MEMBER.NAME, name)
                    .set(MEMBER.SHORT_NAME, Texts.blankToNull(member.shortName()))
                    .set(MEMBER.MEMBER_TYPE, member.type())
                    .set(MEMBER.ORGANISATION_NUMBER, organisationNumber)
                    .set(MEMBER.MUNICIPAL_SHARE, share)
                    .set(MEMBER.POPULATION, member.population())
                    .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                    .where(MEMBER.ID.eq(member.id()).and(MEMBER.VERSION.eq(member.version())))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
            return find(member.id());
        } catch (RuntimeException e) {
            throw translated(e, name);
        }
    }

    /** Deletes a member nothing refers to; one still in use (people, insatser, allocations) is refused. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public void delete(Member member) {
        try {
            int rows = db.deleteFrom(MEMBER)
                    .where(MEMBER.ID.eq(member.id()).and(MEMBER.VERSION.eq(member.version())))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
        } catch (RuntimeException e) {
            if (DatabaseErrors.is(e, DatabaseErrors.FOREIGN_KEY_VIOLATION)) {
                throw new UserFacingException("member.error.inUse", member.name());
            }
            throw e;
        }
    }

    private Member find(long id) {
        return db.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchSingle(MemberService::toMember);
    }

    private static RuntimeException translated(RuntimeException e, String name) {
        if (e instanceof UserFacingException) {
            return e;
        }
        if (DatabaseErrors.is(e, DatabaseErrors.UNIQUE_VIOLATION)) {
            String detail = String.valueOf(e.getMessage());
            if (detail.contains("member_one_fk") || detail.contains("member_one_af")) {
                return new UserFacingException("member.error.onlyOneOfType");
            }
            return new UserFacingException("member.error.duplicateName", name);
        }
        if (DatabaseErrors.is(e, DatabaseErrors.CHECK_VIOLATION)) {
            return new UserFacingException("member.error.sharesOver100");
        }
        return e;
    }

    private static Member toMember(Record r) {
        return new Member(r.get(MEMBER.ID), r.get(MEMBER.NAME), r.get(MEMBER.SHORT_NAME),
                r.get(MEMBER.MEMBER_TYPE), r.get(MEMBER.ORGANISATION_NUMBER),
                r.get(MEMBER.MUNICIPAL_SHARE), r.get(MEMBER.POPULATION), r.get(MEMBER.VERSION));
    }
}
