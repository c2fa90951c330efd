package se.samordnaren.meeting;

/** Something to pick in a form: a body, a person, a meeting or a decision, by id and label. */
public record Choice(long id, String label) {
}
