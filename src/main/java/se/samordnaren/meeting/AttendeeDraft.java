package se.samordnaren.meeting;

/** A person to add to a meeting's attendance (id null) or an attendance row to change. */
public record AttendeeDraft(
        Long id,
        Integer version,
        long meetingId,
        Long personId,
        AttendanceRole role,
        String capacity,
        boolean chair,
        boolean approver,
        String onlyItems) {
}
