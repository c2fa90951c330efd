package se.samordnaren.mail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.TestMail;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.SENT_MAIL;

@WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
class MailServiceTest extends DatabaseTest {

    @Autowired
    MailService mail;

    @Test
    void a_message_is_sent_to_each_recipient_and_recorded_in_sent_mail() {
        long meeting = data.meeting(data.body("Styrelsen"), LocalDate.of(2026, 12, 4));

        int sent = mail.send(new OutgoingMail(List.of("anna@example.se", "bo@example.se"), "Kallelse till Styrelsen",
                "Välkomna till sammanträdet.", List.of(new OutgoingMail.MailAttachment("kallelse.pdf",
                "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))), MailPurpose.INVITATION, meeting));

        assertThat(mail.isConfigured()).isTrue();
        assertThat(sent).isEqualTo(2);
        var received = TestMail.waitFor(2);
        assertThat(TestMail.recipients()).containsExactly("anna@example.se", "bo@example.se");
        assertThat(TestMail.text(received.getFirst())).contains("Välkomna till sammanträdet.");
        assertThat(TestMail.attachments(received.getFirst())).extracting(TestMail.Attachment::fileName)
                .containsExactly("kallelse.pdf");
        var records = db.selectFrom(SENT_MAIL).orderBy(SENT_MAIL.RECIPIENT).fetch();
        assertThat(records).extracting(r -> r.getRecipient()).containsExactly("anna@example.se", "bo@example.se");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.getPurpose()).isEqualTo(MailPurpose.INVITATION);
            assertThat(r.getMeetingId()).isEqualTo(meeting);
            assertThat(r.getFailure()).isNull();
        });
    }

    @Test
    void without_an_smtp_host_nothing_is_sent_or_recorded() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(TestMail.port());
        var unconfigured = new MailService(provider(sender), db, "", "samordnaren@localhost");

        int sent = unconfigured.send(new OutgoingMail(List.of("anna@example.se"), "Kallelse", "Text", List.of(),
                MailPurpose.INVITATION, null));

        assertThat(unconfigured.isConfigured()).isFalse();
        assertThat(sent).isZero();
        assertThat(TestMail.received()).isEmpty();
        assertThat(db.fetchCount(SENT_MAIL)).isZero();
    }

    @Test
    void a_failure_to_send_is_recorded_not_thrown() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);
        var failing = new MailService(provider(sender), db, "127.0.0.1", "samordnaren@localhost");

        int sent = failing.send(new OutgoingMail(List.of("anna@example.se"), "Kallelse", "Text", List.of(),
                MailPurpose.REMINDER, null));

        assertThat(sent).isZero();
        var record = db.selectFrom(SENT_MAIL).fetchSingle();
        assertThat(record.getRecipient()).isEqualTo("anna@example.se");
        assertThat(record.getPurpose()).isEqualTo(MailPurpose.REMINDER);
        assertThat(record.getFailure()).isNotBlank();
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
    }
}
