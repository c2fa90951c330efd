package se.samordnaren.reminder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;

import java.util.List;

/**
 * The start page's "Påminnelser": the signed-in user's reminders (as the person linked to the account), each with
 * a link to what it is about and "Markera som sedd". Hidden when there is none.
 */
public class RemindersRegion extends Section {

    private final ReminderService reminders;
    final UnorderedList list = new UnorderedList();

    public RemindersRegion(ReminderService reminders) {
        this.reminders = reminders;
        addClassName("reminders");
        H2 title = new H2(getTranslation("reminder.title"));
        title.setId("reminders-title");
        getElement().setAttribute("aria-labelledby", "reminders-title");
        add(title, list);
        show(reminders.mine());
    }

    private void show(List<Reminder> mine) {
        list.removeAll();
        for (Reminder r : mine) {
            Span text = new Span(getTranslation("reminder." + r.kind().name(), r.subject(),
                    r.meetingDate() == null ? "" : Formats.date(r.meetingDate())));
            ListItem item = new ListItem(text);
            if (r.dueOn() != null) {
                item.add(new Span(" (" + getTranslation("reminder.due", Formats.date(r.dueOn())) + ") "));
            }
            if (!r.href().isEmpty()) {
                item.add(new Anchor(r.href(), getTranslation("reminder.open")), new Span(" "));
            }
            Button seen = new Button(getTranslation("reminder.seen"), e -> {
                if (ErrorHandling.run(this, () -> reminders.markSeen(r.id(), r.version()))) {
                    Notifications.success(this, "reminder.seen.done");
                    show(reminders.mine());
                }
            });
            seen.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            item.add(seen);
            list.add(item);
        }
        setVisible(!mine.isEmpty());
    }
}
