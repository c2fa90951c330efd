package se.samordnaren.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
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

    /** The id of the view's root element: the main landmark, where the skip link goes. */
    public static final String MAIN_CONTENT = "main-content";

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
        // One navigation landmark holds the association's name and the links (no content outside a landmark).
        Nav drawer = new Nav(brand, navigation);
        drawer.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        addToDrawer(drawer);

        viewTitle.addClassName("view-title");
        HorizontalLayout header = new HorizontalLayout(skipLink(), new DrawerToggle(), viewTitle, userMenu(currentUser, authentication));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.addClassName("main-header");
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);
        fixTabsForScreenReaders();
        fixRequiredSelects();
    }

    private MenuBar userMenu(CurrentUser currentUser, AuthenticationContext authentication) {
        String role = currentUser.role().map(r -> getTranslation(r.translationKey())).orElse("");
        String name = authentication.getPrincipalName().orElse("");
        MenuBar menu = new MenuBar();
        menu.addClassName("user-menu");
        // On a phone only the icon shows (the header is narrow); the accessible name always says who is signed in.
        Span label = new Span(name + " · " + role);
        label.addClassName("user-menu-label");
        Icon icon = VaadinIcon.USER.create();
        icon.addClassName("user-menu-icon");
        var root = menu.addItem(new Span(icon, label));
        root.getElement().setAttribute("aria-label", getTranslation("layout.userMenu", name, role));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("layout.changePassword"), e -> getUI().ifPresent(ui -> ui.navigate("konto/losenord")));
        SubMenu language = sub.addItem(getTranslation("layout.language")).getSubMenu();
        language.addItem("Svenska", e -> switchLanguage(LocaleInitializer.SWEDISH));
        language.addItem("English", e -> switchLanguage(LocaleInitializer.ENGLISH));
        sub.addItem(getTranslation("layout.logout"), e -> authentication.logout());
        return menu;
    }

    /**
     * The first thing a keyboard reaches: "Hoppa till innehållet", shown only when focused; it moves the focus to the
     * view's H1 in the main landmark ({@link #MAIN_CONTENT}), so the next Tab is the view's first link or button.
     * Handled in the browser: a plain fragment link would resolve against Vaadin's base href and load another page.
     */
    private Anchor skipLink() {
        Anchor link = new Anchor("#" + MAIN_CONTENT, getTranslation("layout.skipToContent"));
        link.addClassName("skip-link");
        link.getElement().setAttribute("router-ignore", true);
        // The focus goes to the view's H1 (made focusable by script only): a negative tabindex on the view itself, a
        // shadow host, would take everything in it out of the Tab order.
        link.getElement().executeJs("this.addEventListener('click', e => {"
                + " const main = document.getElementById($0); if (!main) return;"
                + " const target = main.querySelector('h1') || main.querySelector('a, button, vaadin-button, input');"
                + " if (!target) return; e.preventDefault();"
                + " if (target.localName === 'h1') target.setAttribute('tabindex', '-1');"
                + " target.focus(); target.scrollIntoView({block: 'nearest'}); })", MAIN_CONTENT);
        return link;
    }

    /**
     * Works around vaadin-tabs (25.2): its scroll box inside the tablist has tabindex="-1", which makes it a
     * focusable non-tab child of the tablist (axe: aria-required-children, critical; screen readers may announce
     * an extra group). The tabs are reached by Tab and arrows as before; see docs/accessibility.md.
     */
    private void fixTabsForScreenReaders() {
        getElement().executeJs("""
                const fix = t => customElements.whenDefined('vaadin-tabs')
                    .then(() => t.updateComplete)
                    .then(() => { const s = t.shadowRoot && t.shadowRoot.querySelector('#scroll');
                                  if (s) s.removeAttribute('tabindex'); });
                document.querySelectorAll('vaadin-tabs').forEach(fix);
                new MutationObserver(changes => changes.forEach(c => c.addedNodes.forEach(n => {
                  if (n.nodeType !== 1) return;
                  if (n.localName === 'vaadin-tabs') fix(n);
                  n.querySelectorAll('vaadin-tabs').forEach(fix);
                }))).observe(document.body, {childList: true, subtree: true});""");
    }

    /**
     * Works around vaadin-select (25.2, vaadin/web-components#7337, open): a required select puts
     * {@code aria-required} on its value button, whose role is {@code button}, which ARIA does not allow it on (axe:
     * aria-allowed-attr, critical; found in the dialogs with a required choice: beslut, närvaro, ansökans steg).
     * The attribute is taken off wherever Vaadin sets it, in the views and in the dialogs; the label keeps its
     * required mark and a missing choice still gets the field's error message on Spara. See docs/accessibility.md.
     */
    private void fixRequiredSelects() {
        getElement().executeJs("""
                const strip = b => { if (b.hasAttribute('aria-required')) b.removeAttribute('aria-required'); };
                document.querySelectorAll('vaadin-select-value-button[aria-required]').forEach(strip);
                new MutationObserver(changes => changes.forEach(c => {
                  if (c.type === 'attributes') {
                    if (c.target.localName === 'vaadin-select-value-button') strip(c.target);
                    return;
                  }
                  c.addedNodes.forEach(n => {
                    if (n.nodeType !== 1) return;
                    if (n.localName === 'vaadin-select-value-button') strip(n);
                    n.querySelectorAll('vaadin-select-value-button[aria-required]').forEach(strip);
                  });
                })).observe(document.body, {childList: true, subtree: true, attributes: true,
                                            attributeFilter: ['aria-required']});""");
    }

    /** The view is the page's main landmark and where the skip link goes. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        Element view = content.getElement();
        view.setAttribute("role", "main");
        view.setAttribute("id", MAIN_CONTENT);
        view.getClassList().add("main-content");
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
