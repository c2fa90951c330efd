/**
 * The minutes as PDF: the whole protocol and protokollsutdrag, laid out as Swedish public bodies print them, served
 * at /protokoll/{id}.pdf. The protocol of approved minutes is produced once at approval and stored with its SHA-256;
 * every text comes from the translation files in Swedish.
 */
package se.samordnaren.meeting.pdf;
