package se.samordnaren.mail;

import java.util.List;
import java.util.Objects;

/**
 * One e-mail to send: the same text to each recipient (one message per recipient, so nobody sees the others'
 * addresses), with optional attachments. meetingId ties it to a meeting in the record of sent mail.
 */
public record OutgoingMail(List<String> recipients, String subject, String text, List<MailAttachment> attachments,
                           MailPurpose purpose, Long meetingId) {

    public OutgoingMail {
        recipients = List.copyOf(recipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(purpose);
    }

    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }
}
