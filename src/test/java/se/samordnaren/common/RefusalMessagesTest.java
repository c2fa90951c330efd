package se.samordnaren.common;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.config.TranslationProvider;
import se.samordnaren.testsupport.DatabaseTest;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every feature's refusal messages name something the database really raises (a constraint, a unique index, or a
 * name a trigger function raises or is given), and every message exists in Swedish and English: a renamed
 * constraint or a missing text fails here instead of reaching a user as a general message.
 */
class RefusalMessagesTest extends DatabaseTest {

    @Autowired
    List<RefusalMessages> features;
    @Autowired
    TranslationProvider texts;

    @Test
    void every_named_refusal_exists_in_the_database() {
        for (RefusalMessages feature : features) {
            for (String name : feature.byConstraint().keySet()) {
                boolean exists = db.fetchExists(db.selectOne().where(
                        "exists (select 1 from pg_constraint where conname = {0})"
                                + " or exists (select 1 from pg_indexes where schemaname = 'public' and indexname = {0})"
                                + " or exists (select 1 from pg_proc where prosrc like '%''' || {0} || '''%')"
                                + " or exists (select 1 from pg_trigger where encode(tgargs, 'escape') like '%' || {0} || '%')"
                                // the approval lock names its refusal <table>_approval_lock for every locked table
                                + " or exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid"
                                + "   where p.proname = 'lock_approved_minutes' and t.tgrelid::regclass::text || '_approval_lock' = {0})"
                                // the money decision check names its refusal <table>_decision_decides (016-money.sql)
                                + " or exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid"
                                + "   where p.proname = 'check_money_decision' and t.tgrelid::regclass::text || '_decision_decides' = {0})",
                        name));
                assertThat(exists).as(feature.getClass().getSimpleName() + ": " + name).isTrue();
            }
        }
    }

    @Test
    void every_refusal_message_is_there_in_both_languages() {
        for (RefusalMessages feature : features) {
            for (String key : feature.byConstraint().values()) {
                for (Locale locale : texts.getProvidedLocales()) {
                    assertThat(texts.getTranslation(key, locale)).as(key + " " + locale).doesNotStartWith("!{");
                }
                if (!key.startsWith("error.")) {
                    assertThat(texts.getTranslation(key, Locale.ENGLISH)).as(key + " is translated")
                            .isNotEqualTo(texts.getTranslation(key, Locale.of("sv", "SE")));
                }
            }
        }
    }
}
