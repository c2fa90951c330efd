package se.samordnaren.common;

import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import se.samordnaren.association.MemberType;
import se.samordnaren.testsupport.DatabaseTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.samordnaren.db.Tables.MEMBER;

/** Refusals of the real database are recognised by constraint name or SQLSTATE, never by their text. */
class DatabaseRefusalsTest extends DatabaseTest {

    /** The database without the application's translating listener: the refusals as PostgreSQL raises them. */
    private DSLContext raw() {
        return DSL.using(db.configuration().derive(new ExecuteListenerProvider[0]));
    }

    private Throwable insertMember(String name, String type, String organisationNumber) {
        return catchThrowable(() -> raw().insertInto(MEMBER).set(MEMBER.NAME, name).set(MEMBER.MEMBER_TYPE, MemberType.valueOf(type))
                .set(MEMBER.ORGANISATION_NUMBER, organisationNumber).execute());
    }

    @Test
    void a_named_constraint_gets_its_features_message() {
        DatabaseRefusals refusals = new DatabaseRefusals(List.of(() -> Map.of("member_organisation_number_check", "test.orgnr")));

        Throwable error = insertMember("Lunds kommun", "MUNICIPALITY", "12345");

        assertThat(refusals.translate(error)).map(UserFacingException::messageKey).contains("test.orgnr");
    }

    @Test
    void an_unnamed_refusal_is_not_translated_but_explained_by_its_class() {
        DatabaseRefusals refusals = new DatabaseRefusals(List.of());
        assertThat(insertMember("Region Skåne", "REGION", null)).isNull();

        Throwable duplicate = insertMember("Region Skåne", "REGION", null);
        Throwable tooLarge = catchThrowable(() -> raw().insertInto(MEMBER).set(MEMBER.NAME, "Kommun").set(MEMBER.MEMBER_TYPE, se.samordnaren.association.MemberType.MUNICIPALITY)
                .set(MEMBER.MUNICIPAL_SHARE, new java.math.BigDecimal("123456789")).execute());

        assertThat(refusals.translate(duplicate)).isEmpty();
        assertThat(refusals.explain(duplicate)).map(UserFacingException::messageKey).contains("error.database.duplicate");
        assertThat(refusals.explain(tooLarge)).map(UserFacingException::messageKey).contains("error.database.tooLarge");
        assertThat(refusals.explain(new IllegalStateException("not from the database"))).isEmpty();
    }

    @Test
    void two_features_may_not_give_one_constraint_two_messages() {
        RefusalMessages one = () -> Map.of("x_check", "one.key");
        RefusalMessages two = () -> Map.of("x_check", "two.key");

        assertThat(catchThrowable(() -> new DatabaseRefusals(List.of(one, two)))).isInstanceOf(IllegalStateException.class);
    }
}
