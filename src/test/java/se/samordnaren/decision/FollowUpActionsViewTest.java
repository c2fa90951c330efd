package se.samordnaren.decision;

import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.MeetingStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEETING;

class FollowUpActionsViewTest extends ViewTest {

    @Autowired
    FollowUpService followUps;

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void reopen_a_closed_follow_up_then_move_it_to_a_later_meeting_with_another_responsible() {
        long body = data.body(data.name("Åtgärdsvy"));
        long responsible = data.person(data.name("Åtgärdsansvarig"));
        data.person(data.name("Ersättande ansvarig"));
        long deciding = data.heldMeeting(body, LocalDate.of(2020, 9, 25), "Kristallen");
        long decision = data.decision(data.item(deciding, 5, "En väg in", null), DecisionOutcome.GRANTED, "Att bevilja medel");
        data.followUp(decision, "Återrapportera " + data.tag, responsible, LocalDate.of(2021, 3, 19));
        long later = data.heldMeeting(body, LocalDate.of(2021, 3, 19), "Skype");
        long item = data.item(later, 7, "Återrapport", null);
        long next = data.heldMeeting(body, LocalDate.of(2031, 6, 11), "Kristallen");
        db.update(MEETING).set(MEETING.STATUS, MeetingStatus.PLANNED).where(MEETING.ID.eq(next)).execute();

        FollowUpsView view = open("uppfoljning", FollowUpsView.class);
        test(view.responsible).selectItem("Åtgärdsansvarig " + data.tag);
        FollowUpService.Row open = test(view.grid).getRow(0);
        followUps.close(open.id(), open.version(), item, "Klart");
        test(view.show).selectItem("Stängda");
        assertThat(test(view.grid).size()).isEqualTo(1);

        FollowUpService.Row closed = test(view.grid).getRow(0);
        assertThat(templateValue(view.grid, "actions", closed, "closeText")).isEqualTo("Öppna igen");
        assertThat(templateValue(view.grid, "actions", closed, "closeLabel")).isEqualTo("Öppna igen: Återrapportera " + data.tag);
        view.rescheduleClicked(closed); // a forged call: a closed follow-up shows no Ändra
        assertThat(view.rescheduleDialog).isNull();
        view.closeClicked(closed); // what the row's Öppna igen button calls
        assertThat(test(view.grid).size()).isZero();
        test(view.show).selectItem("Öppna");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).closedBy()).isNull();

        FollowUpService.Row reopened = test(view.grid).getRow(0);
        assertThat(templateValue(view.grid, "actions", reopened, "rescheduleText")).isEqualTo("Ändra");
        view.rescheduleClicked(reopened);
        roundTrip();
        RescheduleFollowUpDialog dialog = view.rescheduleDialog;
        assertThat(dialog.dueDate.getValue()).isEqualTo(LocalDate.of(2021, 3, 19));
        assertThat(dialog.person.getValue().label()).isEqualTo("Åtgärdsansvarig " + data.tag);
        test(dialog.dueMeeting).selectItem("Åtgärdsvy " + data.tag + " 2031-06-11");
        assertThat(dialog.dueDate.getValue()).isNull();
        test(dialog.person).selectItem("Ersättande ansvarig " + data.tag);
        assertThat(dialog.save()).isTrue();

        assertThat(dialog.isOpened()).isFalse();
        view.responsible.clear();
        FollowUpService.Row moved = followUps.list(new FollowUpService.Filter(FollowUpService.Show.OPEN, null))
                .stream().filter(r -> r.id() == open.id()).findFirst().orElseThrow();
        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2031, 6, 11));
        assertThat(moved.responsible()).isEqualTo("Ersättande ansvarig " + data.tag);
        assertThat(moved.overdue()).isFalse();
    }
}
