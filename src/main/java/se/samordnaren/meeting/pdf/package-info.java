/**
 * The minutes as PDF: the whole protocol and protokollsutdrag, laid out as Swedish public bodies print them, served
 * at /protokoll/{id}.pdf. Every text comes from the translation files in Swedish.
 */
package se.samordnaren.meeting.pdf;
