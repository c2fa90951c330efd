/**
 * What the minutes decided, read across all meetings: the decision register, full-text search in the minutes and
 * the follow-ups (villkor, återrapportering) decisions set. This feature owns the follow-up table and builds on the
 * meetings feature, never the other way round.
 */
package se.samordnaren.decision;
