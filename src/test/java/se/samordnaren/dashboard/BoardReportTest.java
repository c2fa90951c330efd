package se.samordnaren.dashboard;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.samordnaren.testsupport.DatabaseTest;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The board report (PDF) read back with PDFBox: Swedish, the dashboard's sentences and every chart's table. */
class BoardReportTest extends DatabaseTest {

    @Autowired
    BoardReportService reports;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void lund() {
        MoneyFixture.lund(db);
    }

    /** The text of the PDF in reading order, every run of white space (line breaks, no-break spaces) as one space. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_report_says_where_equity_stands_against_the_guideline_with_the_lund_2020_figures() throws IOException {
        BoardReportService.Pdf pdf = reports.report(2021, LocalDate.of(2021, 10, 15));

        assertThat(pdf.filename()).isEqualTo("styrelserapport-2021.pdf");
        String text = text(pdf.content());
        assertThat(text).contains("Styrelserapport 2021", "Eget kapital mot riktlinjen",
                "Eget kapital vid utgången av 2020 var 5 800 000 kr mot tillåtna 1 400 000 kr",
                "4 400 000 kr över riktlinjen", "inom riktlinjen 2022: 1 100 000 kr mot tillåtna 1 400 000 kr",
                "Årsredovisningen 2020 godkänd: Styrelsen 2021-03-19 § 6");
        // the equity table after the chart: 2020 as reported, 2022 as forecast with room (negative excess)
        assertThat(text).containsPattern("2020 Årsredovisning 3 300 000 kr 5 800 000 kr 7 000 000 kr 1 400 000 kr 4 400 000 kr")
                .containsPattern("2022 Prognos –2 300 000 kr 1 100 000 kr 7 000 000 kr 1 400 000 kr –300 000 kr");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_report_has_the_budget_against_actuals_the_insatser_discharge_and_the_import() throws IOException {
        String text = text(reports.report(2021, LocalDate.of(2021, 10, 15)).content());

        assertThat(text).contains("Budget och utfall 2021",
                "Reviderad budget 2021: intäkter 7 700 000 kr och kostnader 10 100 000 kr, budgeterat resultat –2 400 000 kr.",
                "Utfall januari–september",
                "Referensbudget: Reviderad budget 2021, beslutad Styrelsen 2021-03-19 § 7",
                "Insatsernas pengar 2021", "Insatserna har beviljats 8 000 000 kr för 2021",
                "Ansvarsfrihet som saknas", "Lunds kommun", "lund-2021.se (SIE)", "Sida 1 av ");
        assertThat(text).containsPattern("Kansli 1 500 000 kr 1 137 000 kr 76 % 1 516 000 kr")
                .containsPattern("Summa intäkter 7 700 000 kr 4 287 500 kr 56 %")
                .containsPattern("En väg in 1 200 000 kr 990 000 kr 210 000 kr 83 %");
        assertThat(text).doesNotContain("!{");
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_report_lists_every_follow_up_due_not_only_the_dashboards_first() throws IOException {
        LocalDate today = LocalDate.of(2021, 10, 15);
        long held = data.heldMeeting(data.body(data.name("Uppföljningsstyrelsen")), LocalDate.of(2020, 1, 10), "Kansliet");
        long decision = data.paragraphWithDecision(held, 1, "Uppdrag", "Att återrapportera");
        int due = DashboardService.FOLLOW_UPS_SHOWN + 2;
        for (int n = 1; n <= due; n++) {
            data.followUp(decision, "Återrapport nummer " + (100 + n), null, LocalDate.of(2020, 6, n));
        }

        String text = text(reports.report(2021, today).content());

        assertThat(text).contains("Att behandla: " + due + ", varav ");
        for (int n = 1; n <= due; n++) {
            assertThat(text).contains("Återrapport nummer " + (100 + n));
        }
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_beredningsgrupp_is_refused_the_report() {
        assertThatThrownBy(() -> reports.report(2021, LocalDate.of(2021, 10, 15))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_address_gives_the_pdf_inline_to_a_board_member_and_refuses_the_beredningsgrupp() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        var response = mvc.perform(get("/oversikt/rapport.pdf").param("ar", "2021").with(user("styrelse").roles("STYRELSE")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"styrelserapport-2021.pdf\"");
        assertThat(text(response.getContentAsByteArray())).contains("Styrelserapport 2021");

        mvc.perform(get("/oversikt/rapport.pdf").param("ar", "2021").with(user("beredning").roles("BEREDNINGSGRUPP")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/oversikt/rapport.pdf"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }
}
