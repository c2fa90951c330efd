/**
 * Reading SIE files, the export format of every Swedish bookkeeping program (types 1–4): a small parser written from
 * the format (SIE filformat utgåva 4B), pure Java without Spring or database, and the {@code parse-sie} command line.
 * A broken file is refused whole with a Swedish message naming the line; the import into the budget builds on it.
 */
package se.samordnaren.bookkeeping.sie;
