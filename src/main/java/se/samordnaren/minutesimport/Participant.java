package se.samordnaren.minutesimport;

/**
 * One person in the header: name, role as written ("ordförande", "Förbundssamordnare", …; "ledamot"/"ersättare" when
 * only the group said it), the member organisation they represent where written, and how they attended.
 */
public record Participant(String name, String role, String member, Attendance attendance) {
}
