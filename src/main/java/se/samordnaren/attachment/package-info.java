/**
 * Files attached to reports and applications (PDF, DOCX, XLSX), kept in the database with a SHA-256 checksum the
 * database computes itself, and downloaded through /bilagor/{id}.
 */
package se.samordnaren.attachment;
