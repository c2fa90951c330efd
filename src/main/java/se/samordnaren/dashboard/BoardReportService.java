package se.samordnaren.dashboard;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.association.AssociationService;
import se.samordnaren.decision.FollowUpService;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The board report (styrelserapport) of a year as PDF: the dashboard's figures, sentences, charts and tables in
 * print, always in Swedish (it goes into the meeting papers). Same readers as the dashboard.
 */
@Service
public class BoardReportService {

    static final Locale SWEDISH = Locale.of("sv", "SE");

    private final DashboardService dashboards;
    private final FollowUpService followUps;
    private final AssociationService associations;
    private final I18NProvider translations;

    BoardReportService(DashboardService dashboards, FollowUpService followUps, AssociationService associations,
                       I18NProvider translations) {
        this.dashboards = dashboards;
        this.followUps = followUps;
        this.associations = associations;
        this.translations = translations;
    }

    /** A PDF to send. */
    public record Pdf(String filename, byte[] content) {
    }

    /** The report of a year (null: the dashboard's default year) as of {@code today}. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Pdf report(Integer year, LocalDate today) {
        BoardDashboard board = dashboards.board(year, today);
        BoardDashboard.FollowUpsDue due = board.followUps();
        if (due.more()) {
            // The dashboard shows the most urgent few; the report for the meeting papers lists every one due.
            board = board.withFollowUps(due.withRows(
                    followUps.list(new FollowUpService.Filter(FollowUpService.Show.OPEN, null, due.dueBy()))));
        }
        DashboardTexts texts = new DashboardTexts((key, args) -> translations.getTranslation(key, SWEDISH, args), SWEDISH);
        byte[] content = new BoardReportRenderer(board, texts, associations.settings().name(), today).render();
        return new Pdf("styrelserapport-" + board.year() + ".pdf", content);
    }
}
