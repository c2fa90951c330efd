/**
 * E-mail: {@link se.samordnaren.mail.MailService} sends through the configured SMTP server and records every
 * message in sent_mail. Used by the kallelse, the signing request and the reminders.
 */
package se.samordnaren.mail;
