package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The title, an explaining line and the actions at the top of a view. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, String description, Component... actions) {
        VerticalLayout text = new VerticalLayout(new H1(title));
        text.setPadding(false);
        text.setSpacing(false);
        if (description != null && !description.isBlank()) {
            Paragraph paragraph = new Paragraph(description);
            paragraph.addClassName("view-description");
            text.add(paragraph);
        }
        add(text);
        add(actions);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.END);
        expand(text);
        addClassName("view-header");
    }
}
