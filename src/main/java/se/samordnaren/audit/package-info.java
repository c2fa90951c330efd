/** The audit trail: every change to every table, written by one database trigger, read here by the förbundschef and the auditors. */
package se.samordnaren.audit;
