/**
 * Budgets: the lines (items) that live across years, and each year's versions — the budget decided in November with
 * its two plan years and the revised one in March, read-only once decided — compared side by side.
 */
package se.samordnaren.budget;
