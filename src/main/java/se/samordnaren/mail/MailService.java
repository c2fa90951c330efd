package se.samordnaren.mail;

import jakarta.mail.MessagingException;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;

import static se.samordnaren.db.Tables.SENT_MAIL;

/**
 * Sends e-mail when an SMTP server is configured (SPRING_MAIL_HOST and friends, see docs/meeting-cycle.md) and
 * records every message, sent or failed, in sent_mail. Without SMTP nothing is sent and {@link #isConfigured()} says
 * so, and callers offer the download instead. A failure to send is recorded, logged and counted, never thrown: the
 * caller's own work (the kallelse produced, the signature given) stands.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);
    private static final int MAX_FAILURE = 2000;

    private final ObjectProvider<JavaMailSender> sender;
    private final DSLContext db;
    private final String host;
    private final String from;

    MailService(ObjectProvider<JavaMailSender> sender, DSLContext db,
                @Value("${spring.mail.host:}") String host,
                @Value("${samordnaren.mail.from:samordnaren@localhost}") String from) {
        this.sender = sender;
        this.db = db;
        this.host = host;
        this.from = from;
    }

    /** Whether e-mail goes out at all. */
    @PreAuthorize("isAuthenticated()")
    public boolean isConfigured() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    /**
     * Sends one message per recipient and records each; returns how many were accepted by the SMTP server.
     * The record is written in the caller's transaction: it may name a meeting the caller has just created (the demo
     * signs and mails in the transaction that loads the minutes), which another transaction could not yet see.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int send(OutgoingMail mail) {
        if (!isConfigured()) {
            return 0;
        }
        JavaMailSender smtp = sender.getObject();
        int sent = 0;
        for (String recipient : mail.recipients()) {
            String failure = null;
            try {
                var message = smtp.createMimeMessage();
                var helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(recipient);
                helper.setSubject(mail.subject());
                helper.setText(mail.text(), false);
                for (var attachment : mail.attachments()) {
                    helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                            attachment.contentType());
                }
                smtp.send(message);
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("E-post till {} kunde inte skickas: {}", recipient, e.getMessage());
                failure = String.valueOf(e.getMessage());
                failure = failure.length() > MAX_FAILURE ? failure.substring(0, MAX_FAILURE) : failure;
            }
            db.insertInto(SENT_MAIL)
                    .set(SENT_MAIL.RECIPIENT, recipient)
                    .set(SENT_MAIL.SUBJECT, mail.subject().length() > 1000 ? mail.subject().substring(0, 1000) : mail.subject())
                    .set(SENT_MAIL.PURPOSE, mail.purpose())
                    .set(SENT_MAIL.MEETING_ID, mail.meetingId())
                    .set(SENT_MAIL.FAILURE, failure)
                    .execute();
        }
        return sent;
    }
}
