package se.samordnaren.dashboard;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.association.AssociationService;
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
    private final AssociationService associations;
    private final I18NProvider translations;

    BoardReportService(DashboardService dashboards, AssociationService associations, I18NProvider translations) {
        this.dashboards = dashboards;
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
        DashboardTexts texts = new DashboardTexts((key, args) -> translations.getTranslation(key, SWEDISH, args), SWEDISH);
        byte[] content = new BoardReportRenderer(board, texts, associations.settings().name(), today).render();
        return new Pdf("styrelserapport-" + board.year() + ".pdf", content);
    }
}
