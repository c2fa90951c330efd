package se.samordnaren.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.samordnaren.testsupport.SamordnarenTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * The headers of every response through the security chain (the real server and browser are in SecurityJourneyIT):
 * HSTS only over HTTPS (or always with samordnaren.security.secure-cookies), the policy headers always.
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void an_https_request_gets_hsts_and_every_request_the_policy_headers() throws Exception {
        mvc.perform(get("/bilagor/999999").secure(true).with(user("revisor").roles("REVISOR")))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=31536000")))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
        mvc.perform(get("/bilagor/999999").with(user("revisor").roles("REVISOR")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
    }
}
