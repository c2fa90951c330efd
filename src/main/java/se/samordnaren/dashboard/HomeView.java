package se.samordnaren.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.association.AssociationService;
import se.samordnaren.association.AssociationSettings;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingSummary;
import se.samordnaren.meeting.StatusBadge;
import se.samordnaren.meeting.signing.SigningService;
import se.samordnaren.meeting.signing.SigningTask;
import se.samordnaren.decision.DecisionRegisterService;
import se.samordnaren.decision.FollowUpService;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.ViewHeader;
import se.samordnaren.ui.chart.Chart;

import se.samordnaren.application.ApplicationListLink;
import se.samordnaren.application.DemandYear;
import se.samordnaren.application.IdeaService;
import se.samordnaren.initiative.YearAmount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;

/** The start page: what needs attention now — coming meetings, minutes to approve, follow-ups, latest decisions. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
@StyleSheet("styles/dashboard.css")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** Open follow-ups listed on the start page (the rest under Uppföljning). */
    static final int FOLLOW_UPS_SHOWN = 6;
    /** The latest decisions listed. */
    static final int DECISIONS_SHOWN = 6;

    /** The pipeline chart, shown to the beredningsgrupp only (null for the others). */
    Chart<DemandYear> pipeline;

    HomeView(AssociationService associations, MeetingService meetings, FollowUpService followUps,
             IdeaService ideas, CurrentUser currentUser,
             se.samordnaren.reminder.ReminderService reminders,
             SigningService signing) {
        AssociationSettings association = associations.settings();
        add(new ViewHeader(association.name(), getTranslation("home.description")));
        // Påminnelser: the signed-in person's reminders (reminder package), hidden when there is none.
        add(new se.samordnaren.reminder.RemindersRegion(reminders));

        // Counts and the first rows only, a few regions per statement: the start page never holds whole lists and
        // reads in at most six statements (docs/performance.md).
        MeetingService.StartFigures figures = meetings.startFigures(LocalDate.now());
        MeetingSummary next = figures.next().orElse(null);
        int toApprove = figures.toApprove();
        FollowUpService.Attention attention = followUps.attention(FOLLOW_UPS_SHOWN, DECISIONS_SHOWN);
        List<FollowUpService.Row> open = attention.firstOpen();
        long overdue = attention.overdue();

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("cards");
        cards.add(next == null
                ? card(getTranslation("home.nextMeeting"), getTranslation("home.noFigure"),
                new Span(getTranslation("home.noPlannedMeeting")))
                : card(getTranslation("home.nextMeeting"), Formats.date(next.date()),
                new Anchor("sammantraden/" + next.id(),
                        getTranslation("home.nextMeeting.link", next.bodyName(), Formats.longDate(next.date())))));
        cards.add(card(getTranslation("home.toApprove"), count(toApprove),
                new Anchor("sammantraden", getTranslation("home.toApprove.link"))));
        Div followUpCard = card(getTranslation("home.openFollowUps"), count(attention.open()),
                new Anchor("uppfoljning", getTranslation("home.overdue", overdue)));
        if (overdue > 0) {
            followUpCard.addClassName("attention");
        }
        cards.add(followUpCard);
        if (currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM, Role.STYRELSE, Role.REVISOR)) {
            Anchor link = new Anchor("oversikt", "");
            link.add(VaadinIcon.CHART_LINE.create(), new Span(getTranslation("home.board.link")));
            link.addClassName("board-card-link");
            Div board = new Div(new H2(getTranslation("home.board.title")), link);
            board.addClassNames("info-card", "board-card");
            cards.add(board);
        }
        add(cards);

        // "Att justera": the signed-in user's minutes waiting for their signature (meeting.signing).
        List<SigningTask> toSign = signing.myTasks();
        if (!toSign.isEmpty()) {
            add(new H2(getTranslation("home.toSign")));
            Div list = new Div();
            list.addClassNames("home-list", "home-to-sign");
            for (SigningTask task : toSign) {
                Div line = new Div(new Anchor("sammantraden/" + task.meetingId(),
                        getTranslation("home.toSign.entry", task.bodyName(), Formats.date(task.meetingDate()))));
                line.addClassName("home-list-row");
                list.add(line);
            }
            add(list);
        }

        add(new H2(getTranslation("home.money")));
        add(new Paragraph(getTranslation("home.money.description")));
        IdeaService.MoneyOutlook money = ideas.moneyOutlook();
        List<DemandYear> demand = money.demand();
        add(moneyTable(money.granted(), demand));
        if (currentUser.hasAnyRole(Role.BEREDNINGSGRUPP)) {
            // The beredningsgrupp may not open the board's dashboard (money): its pipeline region is shown here.
            add(new H2(getTranslation("dashboard.pipeline.title")));
            pipeline = PipelineChart.create(this::getTranslation, new DashboardTexts(this::getTranslation, Formats.locale()), demand);
            add(pipeline);
        }

        add(new H2(getTranslation("home.openFollowUps")));
        add(open.isEmpty() ? new Paragraph(getTranslation("home.noFollowUps")) : followUpList(open));
        if (attention.open() > open.size()) {
            // The list is the most urgent few; the follow-up list pages through every open one, in the same order.
            Anchor all = new Anchor("uppfoljning", getTranslation("home.followUps.all", attention.open()));
            all.addClassName("home-list-more");
            add(new Div(all));
        }

        add(new H2(getTranslation("home.latestDecisions")));
        List<DecisionRegisterService.Row> latest = attention.latestDecisions();
        add(latest.isEmpty() ? new Paragraph(getTranslation("home.noDecisions")) : decisionList(latest));
    }

    /** Granted money and coming demand side by side, one row per year. */
    private Component moneyTable(List<YearAmount> granted, List<DemandYear> demand) {
        Map<Integer, BigDecimal> grantedByYear = new TreeMap<>();
        granted.forEach(g -> grantedByYear.merge(g.year(), g.amount(), BigDecimal::add));
        Map<Integer, BigDecimal> demandByYear = new TreeMap<>();
        demand.forEach(d -> demandByYear.merge(d.year(), d.total(), BigDecimal::add));
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(grantedByYear.keySet());
        years.addAll(demandByYear.keySet());

        Div table = new Div();
        table.addClassName("money-table");
        table.add(cell(getTranslation("home.money.year"), "head"), cell(getTranslation("home.money.granted"), "head num"),
                cell(getTranslation("home.money.demand"), "head num"));
        for (int year : years) {
            table.add(cell(String.valueOf(year), ""),
                    cell(Formats.money(grantedByYear.getOrDefault(year, BigDecimal.ZERO)), "num"),
                    cell(demandByYear.containsKey(year) ? Formats.money(demandByYear.get(year))
                            : getTranslation("home.noFigure"), "num"));
        }
        Div links = new Div(new Anchor("insatser", getTranslation("home.money.initiatives")),
                new Span(getTranslation("home.linkSeparator")), new Anchor("ideer", getTranslation("home.money.ideas")),
                new Span(getTranslation("home.linkSeparator")),
                new Anchor(ApplicationListLink.undecided(null), getTranslation("home.money.undecided")));
        Div wrapper = new Div(table, links);
        wrapper.addClassName("money-wrapper");
        return wrapper;
    }

    /** A count as a figure, "1 234". */
    private static String count(int n) {
        return Formats.number(BigDecimal.valueOf(n));
    }

    private static Span cell(String text, String classes) {
        Span cell = new Span(text);
        cell.addClassName("money-cell");
        for (String c : classes.split(" ")) {
            if (!c.isBlank()) {
                cell.addClassName("money-" + c);
            }
        }
        return cell;
    }

    private Component followUpList(List<FollowUpService.Row> open) {
        Div list = new Div();
        list.addClassName("home-list");
        open.stream().limit(FOLLOW_UPS_SHOWN).forEach(row -> {
            Div line = new Div();
            line.addClassName("home-list-row");
            if (row.overdue()) {
                line.add(new Badge(getTranslation("home.overdueBadge"), StatusBadge.tone(Minutes.ConditionState.OVERDUE)));
            }
            line.add(new Span(row.description()));
            line.add(new DecidedAtLink(row.decidedAt()));
            if (row.dueOn() != null) {
                line.add(new Span(getTranslation("home.dueOn", Formats.date(row.dueOn()))));
            }
            list.add(line);
        });
        return list;
    }

    private Component decisionList(List<DecisionRegisterService.Row> latest) {
        Div list = new Div();
        list.addClassName("home-list");
        for (DecisionRegisterService.Row row : latest) {
            Div line = new Div();
            line.addClassName("home-list-row");
            line.add(new Anchor(row.paragraph().href(), row.paragraph().label()));
            line.add(new Span(row.title()));
            line.add(new Badge(getTranslation(row.outcome().translationKey()), StatusBadge.tone(row.outcome())));
            list.add(line);
        }
        return list;
    }

    private Div card(String title, String figure, Component detail) {
        Span big = new Span(figure);
        big.addClassName("card-figure");
        Div card = new Div(new H2(title), big, new Div(detail));
        card.addClassName("info-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
