/**
 * The agenda (föredragningslista): standing items per body, the points proposed from what is due, their papers and proposals, and the agenda turned into the minutes' paragraphs when the meeting is held.
 */
package se.samordnaren.agenda;
