/**
 * Meetings and their minutes: planning a meeting, who took part, every § with its decision, clauses, references and
 * links to what it touched, justering (after which the minutes never change, and read with the names they were
 * approved with: {@code AsApproved}) and anslag. {@code MeetingService} holds
 * the meeting's life cycle, {@code MinutesService} the minutes' content; the decision register, search and follow-ups
 * build on it in {@code se.samordnaren.decision}, the printed protocol in {@code se.samordnaren.meeting.pdf}.
 */
package se.samordnaren.meeting;
