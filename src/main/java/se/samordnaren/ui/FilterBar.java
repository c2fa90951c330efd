package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The row of filters above a list: fields side by side on a wide screen, wrapping to new lines on a phone. */
public class FilterBar extends HorizontalLayout {

    public FilterBar(Component... filters) {
        super(filters);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("filter-bar");
    }
}
