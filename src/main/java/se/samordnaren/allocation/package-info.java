/**
 * Tilldelade medel: each year's allocation, each member's share of it (state, region, municipalities by their key)
 * and what each member actually paid.
 */
package se.samordnaren.allocation;
