package se.samordnaren.invitation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The kallelse's PDF addresses through the real security filter chain (MockMvc on the shared context). */
class InvitationControllerTest extends DatabaseTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    InvitationService invitations;

    MockMvc mvc;
    long meeting;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        meeting = data.meeting(data.body("Styrelsen"), LocalDate.of(2021, 6, 11), "Kristallen", MeetingStatus.PLANNED);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void a_signed_in_user_downloads_the_latest_and_each_revision() throws Exception {
        invitations.produce(meeting, null);
        invitations.produce(meeting, "Ny lokal.");

        var latest = mvc.perform(get("/kallelse/" + meeting + ".pdf").with(user("revisor").roles("REVISOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();
        assertThat(latest.getHeader("Content-Disposition")).contains("kallelse-styrelsen-2021-06-11-version-2.pdf");
        assertThat(InvitationServiceTest.text(latest.getContentAsByteArray())).contains("Reviderad kallelse, version 2");
        var first = mvc.perform(get("/kallelse/" + meeting + "/1.pdf").with(user("revisor").roles("REVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(InvitationServiceTest.text(first.getContentAsByteArray())).doesNotContain("Reviderad");
        mvc.perform(get("/kallelse/" + meeting + "/3.pdf").with(user("revisor").roles("REVISOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void nobody_signed_out_gets_a_kallelse() throws Exception {
        int status = mvc.perform(get("/kallelse/" + meeting + ".pdf")).andReturn().getResponse().getStatus();

        assertThat(status).isIn(302, 401);
    }

    @Test
    void a_meeting_without_a_kallelse_is_not_found() throws Exception {
        mvc.perform(get("/kallelse/" + meeting + ".pdf").with(user("revisor").roles("REVISOR")))
                .andExpect(status().isNotFound());
    }
}
