package se.samordnaren.mail;

import org.jooq.DSLContext;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * A {@link MailService} as the application builds it when SPRING_MAIL_HOST is empty, for tests of what other features
 * do without SMTP. The suite's Spring context always has the test mail server ({@code TestMail}), and a context of its
 * own for one test would start another database; so such a test builds its service with this one instead.
 */
public final class UnconfiguredMail {

    private UnconfiguredMail() {
    }

    public static MailService service(DSLContext db) {
        return new MailService(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), db, "",
                "samordnaren@localhost");
    }
}
