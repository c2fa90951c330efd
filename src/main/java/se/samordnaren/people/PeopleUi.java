package se.samordnaren.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;

import java.util.List;

/** Small pieces shared by the bodies and people views. */
final class PeopleUi {

    private PeopleUi() {
    }

    /** "2019-04-01 – tills vidare" or "2019-04-01 – 2021-02-28". */
    static String period(Component owner, Appointment appointment) {
        String end = appointment.validTo() == null
                ? owner.getTranslation("people.appointment.untilFurtherNotice")
                : Formats.date(appointment.validTo());
        return Formats.date(appointment.validFrom()) + " – " + end;
    }

    /** "Ordförande" as a pill; chair and vice chair stand out. */
    static Badge role(Component owner, AppointmentRole role) {
        return new Badge(owner.getTranslation(role.translationKey()), role.isUnique() ? Badge.Tone.INFO : Badge.Tone.NEUTRAL);
    }

    /** "Beslutat: Styrelsen 2021-03-19 § 2" for each paragraph whose decision links to the appointment. */
    static Component decidedLinks(Appointment appointment) {
        return decidedLinks(appointment.decidedAt());
    }

    static Div decidedLinks(List<DecidedAt> decidedAt) {
        Div links = new Div();
        links.getStyle().set("display", "flex").set("flex-direction", "column");
        for (DecidedAt at : decidedAt) {
            DecidedAtLink link = new DecidedAtLink(at.paragraph());
            if (at.note() != null) {
                link.setTitle(at.note());
            }
            links.add(link);
        }
        return links;
    }

    /** Secondary text, smaller and grey. */
    static Span secondary(String text) {
        Span span = new Span(text == null ? "" : text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }

    /** A section's header: the title block taking the room, its controls after it, wrapping on a narrow screen. */
    static HorizontalLayout header(FlexComponent.Alignment alignment, H2 title, Component below, Component... controls) {
        title.getStyle().set("margin", "0");
        VerticalLayout titleBlock = new VerticalLayout(title, below);
        titleBlock.setPadding(false);
        titleBlock.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(titleBlock);
        header.add(controls);
        header.setWidthFull();
        header.setAlignItems(alignment);
        header.expand(titleBlock);
        header.setWrap(true);
        return header;
    }

    /** A framed section. */
    static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("people-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)").set("background", "var(--lumo-base-color)")
                .set("box-sizing", "border-box").set("width", "100%");
        return card;
    }
}
