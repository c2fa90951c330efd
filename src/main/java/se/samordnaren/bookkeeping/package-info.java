/**
 * Actuals (utfall) per budget item and month: entered by hand or imported from the bookkeeping (SIE, CSV, Excel)
 * through an account mapping set once; every imported figure keeps the file and the rows behind it.
 */
package se.samordnaren.bookkeeping;
