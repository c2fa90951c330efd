package se.samordnaren.meeting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * linkable_record_label computes each record's label on its own (030-link-label-per-record.sql); it must give exactly
 * what the union of the kinds' label views gives (linkable_record_label_all), for every kind, after any change.
 */
class LinkLabelPerRecordTest extends DatabaseTest {

    /** Leaves no planned meeting behind: browserless view tests build their first page before they reset. */
    @AfterEach
    void empty() {
        data.reset();
    }

    private long differences() {
        return ((Number) db.fetchValue("""
                select (select count(*) from (select * from linkable_record_label except select * from linkable_record_label_all) a)
                     + (select count(*) from (select * from linkable_record_label_all except select * from linkable_record_label) b)
                """)).longValue();
    }

    private String label(long recordId) {
        return (String) db.fetchValue("select label from linkable_record_label where record_id = ?", recordId);
    }

    private long record(String table, long id) {
        return ((Number) db.fetchValue("select record_id from " + table + " where id = ?", id)).longValue();
    }

    @Test
    void every_kind_labels_each_record_as_the_union_does_after_insert_update_and_delete() {
        long board = data.board();
        long person = data.person(data.name("Anna"));
        long meeting = data.meeting(board, LocalDate.of(2021, 3, 19));
        data.appointment(person, board, AppointmentRole.MEMBER, null, LocalDate.of(2021, 1, 1), null);
        long parent = data.initiative(data.name("En väg in"), InitiativeStatus.RUNNING, LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
        long child = data.initiative(data.name("Delen"), InitiativeStatus.RUNNING, LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
        db.execute("update initiative set parent_id = ? where id = ?", parent, child);
        long decision = data.decision(data.item(meeting, 1, "Beviljande", null), se.samordnaren.meeting.DecisionOutcome.GRANTED, "att bevilja");
        data.grant(parent, 2021, 100000, decision);
        data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        long application = ((Number) db.fetchValue("insert into funding_application (applicant_name) values (?) returning id", data.name("Sökande"))).longValue();
        db.execute("insert into funding_application_version (application_id, received_on, title) values (?, date '2021-02-01', ?)", application, data.name("Första"));
        db.execute("insert into allocation_year (year, total) values (2021, 1000000)");

        assertThat(db.fetchValue("""
                select count(distinct r.kind) from linkable_record_label r
                 where r.kind in (select code from linkable_kind where label_view is not null)""")).isEqualTo(
                db.fetchValue("select count(distinct r.kind) from linkable_record r where r.kind in (select code from linkable_kind where label_view is not null)"));
        assertThat(differences()).isZero();
        assertThat(label(record("initiative", child))).isEqualTo(data.name("Delen") + " (delprojekt i " + data.name("En väg in") + ")");

        // update: the parent's new name shows in the child's label, a new version's title in the application's
        db.execute("update initiative set name = ? where id = ?", data.name("Ny väg"), parent);
        db.execute("insert into funding_application_version (application_id, received_on, title) values (?, date '2021-03-01', ?)", application, data.name("Andra"));
        db.execute("update body set name = ? where id = ?", data.name("Förbundsstyrelsen"), board);
        assertThat(differences()).isZero();
        assertThat(label(record("initiative", child))).endsWith("(delprojekt i " + data.name("Ny väg") + ")");
        assertThat(label(record("funding_application", application))).startsWith(data.name("Andra")).endsWith("(version 2)");
        assertThat(label(record("meeting", meeting))).isEqualTo(data.name("Förbundsstyrelsen") + " 2021-03-19");

        // delete: the record and its label are gone from both
        long childRecord = record("initiative", child);
        db.execute("delete from initiative where id = ?", child);
        assertThat(label(childRecord)).isNull();
        assertThat(differences()).isZero();
    }

    @Test
    void a_label_view_registered_later_is_used_per_record_too() {
        long person = data.person(data.name("Bertil"));
        long record = record("person", person);
        db.execute("create view test_person_label as select record_id, 'PERSON'::text as kind, 'Person ' || full_name as label, id as target_id from person");
        try {
            db.execute("select register_link_label('PERSON', 'test_person_label')");
            assertThat(label(record)).isEqualTo("Person " + data.name("Bertil"));
            assertThat(differences()).isZero();
        } finally {
            db.execute("select register_link_label('PERSON', 'person_link_label')");
            db.execute("drop view test_person_label");
        }
        assertThat(label(record)).isEqualTo(data.name("Bertil"));
    }
}
