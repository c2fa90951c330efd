/**
 * Insatser (initiatives): the register with delprojekt, members taking part and co-financing; granted money as a
 * ledger where every row rests on its deciding §; change decisions, reports, conditions and the timeline.
 * InitiativeService (the register, co-financing, reports) and GrantLedgerService (grants, change decisions) hold the
 * role checks and every write, InitiativeQueries the reads; InitiativeView is a shell with tabs and dialogs of their own.
 */
package se.samordnaren.initiative;
