package se.samordnaren.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.association.AssociationService;
import se.samordnaren.association.AssociationSettings;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.association.MemberType;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.ViewHeader;

import java.math.BigDecimal;
import java.util.List;

@Route("")
@RouteAlias("oversikt")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AssociationService associations, MemberService members) {
        AssociationSettings association = associations.settings();
        List<Member> memberList = members.list();
        add(new ViewHeader(association.name(), getTranslation("home.description")));

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("cards");
        cards.add(card(getTranslation("home.members"), String.valueOf(memberList.size()),
                String.join(", ", memberList.stream().map(m -> m.shortName() == null || m.shortName().isBlank() ? m.name() : m.shortName()).toList())));
        long municipalities = memberList.stream().filter(m -> m.type() == MemberType.MUNICIPALITY).count();
        BigDecimal shares = memberList.stream().map(Member::municipalShare).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        cards.add(card(getTranslation("home.municipalities"), String.valueOf(municipalities),
                getTranslation("home.sharesSum", Formats.percent(shares))));
        cards.add(card(getTranslation("home.organisation"), orEmpty(association.organisationNumber()),
                orEmpty(association.city())));
        add(cards);
        add(new Paragraph(getTranslation("home.financing")));
    }

    private static String orEmpty(String value) {
        return value == null ? "–" : value;
    }

    private Div card(String title, String figure, String detail) {
        Span big = new Span(figure);
        big.addClassName("card-figure");
        Div card = new Div(new H3(title), big, new Paragraph(detail));
        card.addClassName("info-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
