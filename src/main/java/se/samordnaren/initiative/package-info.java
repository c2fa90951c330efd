/**
 * Insatser (initiatives): the register with delprojekt, members taking part and co-financing; granted money as a
 * ledger where every row rests on its deciding §; change decisions, reports, conditions and the timeline.
 * InitiativeService is the feature's door (role checks and every write to its tables), InitiativeQueries its reads,
 * InitiativeView a shell whose tabs and dialogs are classes of their own.
 */
package se.samordnaren.initiative;
