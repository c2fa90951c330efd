package se.samordnaren.application;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;

/** Beviljade medel: the money granted to the insats on this application, per year, with the deciding §. */
class GrantedMoney extends VerticalLayout {

    GrantedMoney() {
        setPadding(false);
        setSpacing(false);
    }

    void show(ApplicationDetail detail) {
        removeAll();
        for (ApplicationDetail.Grant g : detail.grants()) {
            Span amount = new Span(Formats.money(g.amount()));
            amount.addClassName("application-amount");
            HorizontalLayout row = new HorizontalLayout(new Span(String.valueOf(g.year())), amount,
                    new DecidedAtLink(g.decision().paragraph()));
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row);
        }
    }
}
