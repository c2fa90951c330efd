/**
 * Annual results (årsredovisning, auditors' report, discharge per member) and the association's equity against the
 * national guideline, with the forecast from the decided budgets.
 */
package se.samordnaren.equity;
