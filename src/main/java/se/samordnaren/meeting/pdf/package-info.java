/**
 * The minutes as PDF: the whole protocol and protokollsutdrag, laid out as Swedish public bodies print them, served
 * at /protokoll/{id}.pdf. The protocol of approved minutes is produced once at approval and stored with its SHA-256;
 * every text comes from the translation files in Swedish. {@code PdfFonts} and {@code PageFrame} (running header, footer,
 * "Sida x av y") are shared with the kallelse and the board report.
 */
package se.samordnaren.meeting.pdf;
