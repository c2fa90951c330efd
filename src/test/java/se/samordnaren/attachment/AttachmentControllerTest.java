package se.samordnaren.attachment;

import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.junit.jupiter.api.BeforeEach;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.junit.jupiter.api.Test;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.springframework.test.web.servlet.MockMvc;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.springframework.web.context.WebApplicationContext;

import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import java.nio.charset.StandardCharsets;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import java.time.LocalDate;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;

import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static org.assertj.core.api.Assertions.assertThat;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;

/** The download URL /bilagor/{id} through the real security filter chain (MockMvc on the shared context). */
class AttachmentControllerTest extends DatabaseTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    WebApplicationContext context;
    @Autowired
    AttachmentService attachments;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anonymous_is_sent_to_the_login() throws Exception {
        mvc.perform(get("/bilagor/1"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401))
                .andExpect(result -> {
                    if (result.getResponse().getStatus() == 302) {
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
                    }
                });
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_signed_in_user_downloads_the_file_inline_and_a_missing_one_is_not_found() throws Exception {
        long initiativeId = data.initiative(data.name("Bilagor"), InitiativeStatus.IDEA, null, null);
        long reportId = data.report(initiativeId, ReportKind.LAGESRAPPORT, LocalDate.of(2021, 3, 10));
        AttachmentInfo saved = attachments.addToReport(reportId, "Lägesrapport.pdf", "application/pdf", PDF);

        var response = mvc.perform(get("/" + saved.downloadUrl()).with(user("revisor").roles("REVISOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(response.getHeader("Content-Disposition")).startsWith("inline;");

        mvc.perform(get("/bilagor/" + Long.MAX_VALUE).with(user("revisor").roles("REVISOR")))
                .andExpect(status().isNotFound());
    }
}
