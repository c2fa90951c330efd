package se.samordnaren.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The suite's one test mail server: a GreenMail SMTP server on a free port of 127.0.0.1, started once per JVM the
 * first time a Spring context of the suite starts ({@link Initializer}, on {@link SamordnarenTest} and
 * {@link BrowserJourney}), which points spring.mail.host/port at it. So in tests {@code MailService.isConfigured()}
 * is true and every message sent lands here. Tests that look at mail call {@link #purge()} first (in @BeforeEach),
 * then {@link #waitFor(int)} or {@link #received()}.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    /** The running server (started on first use). */
    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            started.start();
            server = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "greenmail-stop"));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Forgets every message received so far. */
    public static void purge() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not purge the test mail server", e);
        }
    }

    /** The messages received so far (one per recipient). */
    public static List<MimeMessage> received() {
        return List.of(server().getReceivedMessages());
    }

    /** Waits (at most 10 s) until at least n messages are there and returns them all; fails when they do not come. */
    public static List<MimeMessage> waitFor(int n) {
        if (!server().waitForIncomingEmail(10_000, n)) {
            throw new AssertionError("Expected " + n + " e-mail(s), the test mail server has " + received().size());
        }
        return received();
    }

    /** The To: address of a message. */
    public static String recipient(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .findFirst().orElseThrow();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The recipients of all messages received. */
    public static List<String> recipients() {
        return received().stream().map(TestMail::recipient).sorted().toList();
    }

    /** The text of a message (of a multipart message: the text part). */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = textOf(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
                return "";
            }
            return GreenMailUtil.getBody(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(BodyPart part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && part.getFileName() == null) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart inner) {
            for (int i = 0; i < inner.getCount(); i++) {
                String text = textOf(inner.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** A message's attachments: file name and content. */
    public static List<Attachment> attachments(MimeMessage message) {
        try {
            List<Attachment> found = new ArrayList<>();
            if (message.getContent() instanceof Multipart multipart) {
                collect(multipart, found);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Multipart multipart, List<Attachment> found) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null) {
                try (var in = part.getInputStream()) {
                    found.add(new Attachment(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()),
                            part.getContentType(), in.readAllBytes()));
                }
            } else if (part.getContent() instanceof Multipart inner) {
                collect(inner, found);
            }
        }
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Points spring.mail.host/port of the test context at the suite's test mail server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMail", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(port()))));
        }
    }
}
