/**
 * Reading old minutes: text out of PDF (PDFBox), Word (.docx, POI) and text files, and a recogniser of Swedish
 * minutes that turns that text into a meeting with participants, paragraphs (§) and classified decisions. Pure Java
 * without Spring or database; the {@code parse-minutes} command line prints the result as JSON, and the import into
 * the meeting register builds on {@link se.samordnaren.minutesimport.MinutesImport}.
 */
package se.samordnaren.minutesimport;
