package se.samordnaren.mail;

/** Why an e-mail was sent (sent_mail.purpose). */
public enum MailPurpose {
    INVITATION, SIGNING_REQUESTED, REMINDER, OTHER
}
