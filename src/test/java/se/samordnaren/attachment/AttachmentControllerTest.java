package se.samordnaren.attachment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.samordnaren.testsupport.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_REPORT;

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
        long initiativeId = db.insertInto(INITIATIVE)
                .set(INITIATIVE.NAME, "Bilagor " + UUID.randomUUID()).set(INITIATIVE.OWNER_NAME, "Lunds kommun")
                .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
        long reportId = db.insertInto(INITIATIVE_REPORT)
                .set(INITIATIVE_REPORT.INITIATIVE_ID, initiativeId)
                .set(INITIATIVE_REPORT.KIND, se.samordnaren.initiative.ReportKind.LAGESRAPPORT)
                .set(INITIATIVE_REPORT.RECEIVED_ON, LocalDate.of(2021, 3, 10))
                .returning(INITIATIVE_REPORT.ID).fetchSingle(INITIATIVE_REPORT.ID);
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
