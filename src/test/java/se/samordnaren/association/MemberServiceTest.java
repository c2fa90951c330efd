package se.samordnaren.association;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.MEMBER;

@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class MemberServiceTest extends DatabaseTest {

    @Autowired
    MemberService members;

    @Test
    void save_creates_a_member_with_trimmed_values_and_version_1() {
        Member saved = members.save(new Member(null, "  Lunds kommun ", " Lund ", MemberType.MUNICIPALITY, " 212000-1124 ",
                new BigDecimal("37.5"), 127000, null));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.name()).isEqualTo("Lunds kommun");
        assertThat(saved.shortName()).isEqualTo("Lund");
        assertThat(saved.organisationNumber()).isEqualTo("212000-1124");
        assertThat(saved.municipalShare()).isEqualByComparingTo("37.5");
        assertThat(members.list()).extracting(Member::name).containsExactly("Lunds kommun");
    }

    @Test
    void save_records_the_signed_in_user_in_the_audit_log() {
        long before = data.maxAuditId();
        members.save(new Member(null, "Eslövs kommun", null, MemberType.MUNICIPALITY, null, null, null, null));
        assertThat(db.fetchValues(db.select(AUDIT_LOG.USERNAME).from(AUDIT_LOG).where(AUDIT_LOG.ID.gt(before))
                .and(AUDIT_LOG.TABLE_NAME.eq("member")))).containsExactly("chef");
    }

    @Test
    void list_puts_the_state_first_then_the_region_then_municipalities_by_name() {
        members.save(member("Lunds kommun", MemberType.MUNICIPALITY));
        members.save(member("Eslövs kommun", MemberType.MUNICIPALITY));
        members.save(member("Region Skåne", MemberType.REGION));
        members.save(member("Arbetsförmedlingen", MemberType.ARBETSFORMEDLINGEN));
        members.save(member("Försäkringskassan", MemberType.FORSAKRINGSKASSAN));

        assertThat(members.list()).extracting(Member::name)
                .containsExactly("Försäkringskassan", "Arbetsförmedlingen", "Region Skåne", "Eslövs kommun", "Lunds kommun");
    }

    @Test
    void update_changes_the_values_and_raises_the_version() {
        Member saved = members.save(member("Lunds kommun", MemberType.MUNICIPALITY));
        Member updated = members.save(new Member(saved.id(), "Lunds kommun", "Lund", MemberType.MUNICIPALITY, null,
                new BigDecimal("20"), 128000, saved.version()));

        assertThat(updated.version()).isEqualTo(saved.version() + 1);
        assertThat(updated.shortName()).isEqualTo("Lund");
        assertThat(updated.population()).isEqualTo(128000);
    }

    @Test
    void a_share_given_for_another_type_than_municipality_is_dropped() {
        Member saved = members.save(new Member(null, "Region Skåne", null, MemberType.REGION, null, new BigDecimal("10"), null, null));
        assertThat(saved.municipalShare()).isNull();
    }

    @Test
    void a_stale_save_is_refused_and_keeps_the_first_save() {
        Member original = members.save(member("Lunds kommun", MemberType.MUNICIPALITY));
        Member readByAnna = members.list().getFirst();
        Member readByBo = members.list().getFirst();

        members.save(new Member(readByAnna.id(), "Lunds kommun", "Anna", MemberType.MUNICIPALITY, null, null, 1, readByAnna.version()));

        assertThatThrownBy(() -> members.save(new Member(readByBo.id(), "Lunds kommun", "Bo", MemberType.MUNICIPALITY, null, null, 2,
                readByBo.version())))
                .isInstanceOf(ConcurrentEditException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.concurrentEdit");
        Member stored = members.list().getFirst();
        assertThat(stored.shortName()).isEqualTo("Anna");
        assertThat(stored.population()).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(original.version() + 1);
    }

    @Test
    void a_stale_delete_is_refused_and_the_member_stays() {
        Member original = members.save(member("Lunds kommun", MemberType.MUNICIPALITY));
        members.save(new Member(original.id(), "Lunds kommun", "Lund", MemberType.MUNICIPALITY, null, null, null, original.version()));

        assertThatThrownBy(() -> members.delete(original)).isInstanceOf(ConcurrentEditException.class);
        assertThat(db.fetchCount(MEMBER)).isEqualTo(1);
    }

    @Test
    void delete_removes_a_member_nothing_refers_to() {
        Member saved = members.save(member("Lunds kommun", MemberType.MUNICIPALITY));
        members.delete(saved);
        assertThat(members.list()).isEmpty();
    }

    @Test
    void an_invalid_organisation_number_is_refused_with_a_user_message() {
        assertThatThrownBy(() -> members.save(new Member(null, "Lunds kommun", null, MemberType.MUNICIPALITY, "2120001124", null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.organisationNumber");
                    assertThat(e.arguments()).containsExactly("2120001124");
                });
        // The database's own check, without the service.
        assertThatThrownBy(() -> db.insertInto(MEMBER).set(MEMBER.NAME, "Lunds kommun").set(MEMBER.MEMBER_TYPE, MemberType.MUNICIPALITY)
                .set(MEMBER.ORGANISATION_NUMBER, "2120001124").execute())
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.organisationNumberFormat");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void a_duplicate_name_is_refused_with_a_user_message() {
        members.save(member("Lunds kommun", MemberType.MUNICIPALITY));
        assertThatThrownBy(() -> members.save(member("Lunds kommun", MemberType.MUNICIPALITY)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("member.error.duplicateName");
    }

    @Test
    void a_second_forsakringskassan_is_refused_with_a_user_message() {
        members.save(member("Försäkringskassan", MemberType.FORSAKRINGSKASSAN));
        assertThatThrownBy(() -> members.save(member("Försäkringskassan Syd", MemberType.FORSAKRINGSKASSAN)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("member.error.onlyOneOfType");
    }

    @Test
    void shares_over_100_in_total_are_refused_with_a_user_message() {
        members.save(new Member(null, "Lunds kommun", null, MemberType.MUNICIPALITY, null, new BigDecimal("70"), null, null));
        assertThatThrownBy(() -> members.save(new Member(null, "Eslövs kommun", null, MemberType.MUNICIPALITY, null,
                new BigDecimal("31"), null, null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("member.error.sharesOver100");
        assertThat(db.fetchCount(MEMBER)).isEqualTo(1);
    }

    @Test
    void a_member_in_use_is_not_deleted() {
        Member lund = members.save(member("Lunds kommun", MemberType.MUNICIPALITY));
        data.personOf("Anna Berg", lund.id());

        assertThatThrownBy(() -> members.delete(lund))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("member.error.inUse");
        assertThat(db.fetchCount(MEMBER)).isEqualTo(1);
    }

    @Test
    void a_share_with_more_than_four_decimals_is_refused_rather_than_rounded() {
        assertThatThrownBy(() -> members.save(new Member(null, "Lunds kommun", null, MemberType.MUNICIPALITY, null,
                new BigDecimal("12.55555"), null, null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("member.error.shareFormat");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void a_negative_population_is_refused_by_the_database_with_a_user_message() {
        assertThatThrownBy(() -> members.save(new Member(null, "Lunds kommun", null, MemberType.MUNICIPALITY, null,
                null, -1, null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("member.error.population");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void a_name_of_ten_thousand_characters_is_refused_with_a_message_and_by_the_database() {
        assertThatThrownBy(() -> members.save(member("K".repeat(10_000), MemberType.MUNICIPALITY)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.text.tooLong");
        assertThatThrownBy(() -> data.insertMember("K".repeat(301), "MUNICIPALITY", null))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.database.tooLong");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void a_board_member_may_read_but_not_save() {
        assertThat(members.list()).isEmpty();
        assertThatThrownBy(() -> members.save(member("Lunds kommun", MemberType.MUNICIPALITY))).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void an_auditor_may_neither_save_nor_delete() {
        long id = data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        Member lund = members.list().getFirst();
        assertThat(lund.id()).isEqualTo(id);

        assertThatThrownBy(() -> members.save(member("Eslövs kommun", MemberType.MUNICIPALITY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.delete(lund)).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(MEMBER)).isEqualTo(1);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_caller_cannot_list_members() {
        assertThatThrownBy(() -> members.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_caller_without_any_authentication_cannot_list_members() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> members.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static Member member(String name, MemberType type) {
        return new Member(null, name, null, type, null, null, null, null);
    }
}
