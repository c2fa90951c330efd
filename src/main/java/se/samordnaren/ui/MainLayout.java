package se.samordnaren.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.config.LocaleInitializer;
import se.samordnaren.security.CurrentUser;

import java.util.Locale;

/**
 * The shell every signed-in user sees: the association's name, the navigation (only views the user may open,
 * taken from @Menu of the views, titles as translation keys), the user and role, language and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav navigation = new SideNav();
    private final Span viewTitle = new Span();

    public MainLayout(ShellBranding branding, CurrentUser currentUser, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);

        Div brand = new Div();
        brand.addClassName("brand");
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("brand-app");
        Span associationName = new Span(branding.associationName());
        associationName.addClassName("brand-association");
        brand.add(appName, associationName);

        navigation.addClassName("main-navigation");
        addToDrawer(brand, navigation);

        viewTitle.addClassName("view-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle, userMenu(currentUser, authentication));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.addClassName("main-header");
        addToNavbar(header);
    }

    private MenuBar userMenu(CurrentUser currentUser, AuthenticationContext authentication) {
        String role = currentUser.role().map(r -> getTranslation(r.translationKey())).orElse("");
        String name = authentication.getPrincipalName().orElse("");
        MenuBar menu = new MenuBar();
        menu.addClassName("user-menu");
        var root = menu.addItem(new Span(name + " · " + role));
        root.getElement().setAttribute("aria-label", getTranslation("layout.userMenu"));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("layout.changePassword"), e -> getUI().ifPresent(ui -> ui.navigate("konto/losenord")));
        SubMenu language = sub.addItem(getTranslation("layout.language")).getSubMenu();
        language.addItem("Svenska", e -> switchLanguage(LocaleInitializer.SWEDISH));
        language.addItem("English", e -> switchLanguage(LocaleInitializer.ENGLISH));
        sub.addItem(getTranslation("layout.logout"), e -> authentication.logout());
        return menu;
    }

    /** The session keeps the choice; the page is built again in the new language (components' texts and lang too). */
    private void switchLanguage(Locale locale) {
        LocaleInitializer.chooseLocale(locale);
        getUI().ifPresent(ui -> {
            ui.setLocale(locale);
            ComponentTexts.apply(ui);
            ui.getPage().reload();
        });
    }

    private void buildNavigation() {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (navigation.getItems().isEmpty()) {
            buildNavigation();
        }
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
