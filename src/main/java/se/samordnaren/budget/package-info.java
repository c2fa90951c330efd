/**
 * The money: budgets, actuals from the bookkeeping, annual results and equity against the guideline. So far it holds
 * the reader of the bookkeeping's SIE export ({@code budget.sie}); the budget views and import build on it.
 */
package se.samordnaren.budget;
