package se.samordnaren.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A part that only shows becomes its markup: the same elements, attributes and (escaped) texts, one state node. */
class StaticMarkupTest {

    @Test
    void children_become_the_elements_inner_html_with_texts_and_attributes_escaped() {
        Div card = new Div();
        card.setId("paragraf-3");
        card.addClassName("paragraph-card");
        Span kind = new Span("Beslut <b> & \"citat\"");
        kind.addClassNames("badge", "badge-success");
        Anchor link = new Anchor("sammantraden/7?paragraf=3&x=\"1\"", "§ 3 – ”En väg in”");
        link.setRouterIgnore(true);
        Span hidden = new Span("syns inte");
        hidden.setVisible(false);
        card.add(kind, new UnorderedList(new ListItem("Att bevilja\nmedel")), link, hidden);

        StaticMarkup.freeze(card);

        assertThat(card.getElement().getChildCount()).isZero();
        assertThat(card.getId()).hasValue("paragraf-3");
        assertThat(card.getClassNames()).containsExactly("paragraph-card");
        assertThat(card.getElement().getProperty("innerHTML")).isEqualTo(
                "<span class=\"badge badge-success\">Beslut &lt;b&gt; &amp; &quot;citat&quot;</span>"
                        + "<ul><li>Att bevilja\nmedel</li></ul>"
                        + "<a href=\"sammantraden/7?paragraf=3&amp;x=&quot;1&quot;\" router-ignore>"
                        + "§ 3 &#8211; &#8221;En väg in&#8221;</a>");
        // Beyond Latin-1 only as references: the markup string takes one byte per character.
        assertThat(card.getElement().getProperty("innerHTML").chars()).allMatch(c -> c <= 0xFF);
    }

    @Test
    void a_plain_button_with_an_icon_and_a_tooltip_carried_by_attributes_is_markup() {
        Div card = new Div();
        Element button = new Element("button");
        button.setAttribute("type", "button");
        button.setAttribute("id", "paragraf-1-edit");
        button.setAttribute("disabled", true);
        Element icon = new Element("vaadin-icon");
        icon.setAttribute("icon", "vaadin:edit");
        button.appendChild(icon);
        Element tooltip = new Element("vaadin-tooltip");
        tooltip.setAttribute("for", "paragraf-1-edit");
        tooltip.setAttribute("text", "Ta bort <kopplingen>");
        card.getElement().appendChild(button, tooltip);

        StaticMarkup.freeze(card);

        assertThat(card.getElement().getProperty("innerHTML")).isEqualTo(
                "<button disabled id=\"paragraf-1-edit\" type=\"button\"><vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></button>"
                        + "<vaadin-tooltip for=\"paragraf-1-edit\" text=\"Ta bort &lt;kopplingen&gt;\"></vaadin-tooltip>");
    }

    @Test
    void a_vaadin_component_or_an_element_with_properties_is_refused() {
        Div withButton = new Div();
        withButton.getElement().appendChild(new Element("vaadin-button"));
        assertThatThrownBy(() -> StaticMarkup.freeze(withButton)).isInstanceOf(IllegalArgumentException.class);

        Div withProperty = new Div();
        Element input = new Element("input");
        input.setProperty("value", "x");
        withProperty.getElement().appendChild(input);
        assertThatThrownBy(() -> StaticMarkup.freeze(withProperty)).isInstanceOf(IllegalArgumentException.class);
    }
}
