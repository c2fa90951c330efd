/**
 * Small types every feature shares and that know nothing of the user interface: user-facing exceptions, the database
 * refusal translator, paging, Swedish amounts and dates, text limits and the "§ reference" record.
 */
package se.samordnaren.common;
