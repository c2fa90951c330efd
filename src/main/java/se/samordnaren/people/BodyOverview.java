package se.samordnaren.people;

/** A body with how many appointments it has today and how many meetings refer to it (then it cannot be deleted). */
public record BodyOverview(Body body, int currentAppointments, int meetings) {
}
