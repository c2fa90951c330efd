/**
 * The digital notice board (anslagstavla): approved minutes are posted automatically on the next working day after
 * their justering ({@link se.samordnaren.meeting.noticeboard.NoticePosting}, listening to
 * {@link se.samordnaren.meeting.MinutesApproved}), published and taken down by a daily job as "system:anslag"
 * ({@link se.samordnaren.meeting.noticeboard.NoticeBoardJob}), and shown to anyone without signing in at /anslagstavla
 * (Vaadin), /anslagstavla/inbaddad (plain HTML to embed in the association's website), /anslagstavla/flode (Atom)
 * and /anslagstavla/{id}/protokoll.pdf — only what is posted today. See docs/meeting-cycle.md, "Anslagstavla".
 */
package se.samordnaren.meeting.noticeboard;
