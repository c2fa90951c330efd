/**
 * Reminders to people of the register: follow-ups due before the next meeting, minutes waiting for their signature; made once, shown on the start page and e-mailed when mail is configured.
 */
package se.samordnaren.reminder;
