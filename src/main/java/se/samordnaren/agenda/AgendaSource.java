package se.samordnaren.agenda;

/** Why a point is on the agenda (agenda_entry.source). */
public enum AgendaSource {
    STANDING, APPLICATION, FOLLOW_UP, REFERRED, PROPOSAL, YEARLY, NOT_REACHED, MANUAL
}
