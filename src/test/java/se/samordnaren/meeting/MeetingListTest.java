package se.samordnaren.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.StatementCounter;
import se.samordnaren.testsupport.ViewTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The meetings list (/sammantraden): it opens with one statement that answers as the reads it replaces. */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class MeetingListTest extends ViewTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPickers pickers;

    @Test
    void the_opening_statement_answers_as_the_reads_one_by_one() {
        long board = data.board();
        long committee = data.workingCommittee();
        for (int i = 0; i < 3; i++) {
            data.meeting(board, LocalDate.of(2019 + i, 3, 19));
            data.heldMeeting(committee, LocalDate.of(2019 + i, 3, 19), "Kommunhuset Kristallen");
        }

        MeetingService.ListStart start = meetings.listStart(PageRequest.first(4));
        assertThat(start.bodies()).isEqualTo(pickers.bodies()).hasSize(2);
        assertThat(start.years()).isEqualTo(meetings.years()).containsExactly(2021, 2020, 2019);
        assertThat(start.count()).isEqualTo(meetings.count(MeetingFilter.all())).isEqualTo(6);
        assertThat(start.firstRows()).isEqualTo(meetings.page(MeetingFilter.all(), PageRequest.first(4))).hasSize(4);
        assertThat(start.rowsFor(PageRequest.first(2))).get().isEqualTo(start.firstRows().subList(0, 2));
        assertThat(start.rowsFor(PageRequest.first(50))).isEmpty(); // more rows than the start holds
        assertThat(start.rowsFor(PageRequest.of(4, 4))).isEmpty();
    }

    @Test
    void the_list_opens_in_one_statement_and_filters_in_sql() {
        long board = data.board();
        long committee = data.workingCommittee();
        long newest = data.meeting(board, LocalDate.of(2021, 3, 19));
        long held = data.heldMeeting(committee, LocalDate.of(2020, 5, 4), "Kommunhuset Kristallen");
        data.meeting(board, LocalDate.of(2019, 11, 27));

        StatementCounter.reset();
        MeetingsView view = open("sammantraden", MeetingsView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(0).id()).isEqualTo(newest);
        assertThat(StatementCounter.count()).isEqualTo(1);
        assertThat(view.year.getListDataView().getItems()).containsExactly(2021, 2020, 2019);

        test(view.body).selectItem(data.name("Arbetsutskottet"));
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).id()).isEqualTo(held);
        view.body.clear();
        test(view.year).selectItem("2019");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).date()).isEqualTo(LocalDate.of(2019, 11, 27));
    }
}
