package se.samordnaren.meeting.pdf;

import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.meeting.DecisionOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The PDF URLs through the real security filter chain (MockMvc built on the shared context, no extra context). */
class MinutesPdfControllerTest extends DatabaseTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    long meeting;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        meeting = data.boardMeeting(data.body(data.name("Styrelsen http")), LocalDate.of(2021, 3, 19));
        data.decision(data.item(meeting, 5, "Fråga om medel", null), DecisionOutcome.GRANTED, "Att bevilja medel");
        data.decision(data.item(meeting, 6, "Årsredovisning", null), DecisionOutcome.APPROVED, "Att godkänna årsredovisningen");
    }

    @Test
    void anonymous_is_sent_to_the_login() throws Exception {
        mvc.perform(get("/protokoll/" + meeting + ".pdf"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401))
                .andExpect(result -> {
                    if (result.getResponse().getStatus() == 302) {
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
                    }
                });
    }

    @Test
    void a_signed_in_board_member_gets_the_pdf_inline() throws Exception {
        var response = mvc.perform(get("/protokoll/" + meeting + ".pdf").with(user("styrelse").roles("STYRELSE")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"protokoll-styrelsen-http-" + data.tag + "-2021-03-19.pdf\"");
        assertThat(MinutesPdfServiceTest.text(response.getContentAsByteArray())).contains("§ 5  Fråga om medel", "§ 6  Årsredovisning");
    }

    @Test
    void extract_of_chosen_paragraphs() throws Exception {
        var response = mvc.perform(get("/protokoll/" + meeting + "/utdrag.pdf").param("paragraf", "6")
                        .with(user("revisor").roles("REVISOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        String text = MinutesPdfServiceTest.text(response.getContentAsByteArray());
        assertThat(text).contains("PROTOKOLLSUTDRAG", "§ 6  Årsredovisning", "Utdragsbestyrkande").doesNotContain("Fråga om medel");
        mvc.perform(get("/protokoll/" + meeting + "/utdrag.pdf").param("paragraf", "42").with(user("revisor").roles("REVISOR")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/protokoll/999999999.pdf").with(user("revisor").roles("REVISOR")))
                .andExpect(status().isNotFound());
    }
}
