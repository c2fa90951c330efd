/**
 * Insatser (initiatives): the register with delprojekt, members taking part and co-financing; granted money as a
 * ledger where every row rests on its deciding §; change decisions, reports, conditions and the timeline.
 */
package se.samordnaren.initiative;
