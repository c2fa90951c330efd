package se.samordnaren.meeting.signing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.TestData;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Held board minutes of 2021-03-19 with a chair (Anna), a justerare (Cecilia), a secretary and two §, and users:
 * {@code ordf} is Anna, {@code just} is Cecilia, {@code sekr} the secretary, {@code chef} the förbundschef,
 * {@code annan} a board member linked to nobody in these minutes. Everyone's password is {@link #PASSWORD}.
 */
final class SigningFixture {

    static final String PASSWORD = "ett-bra-losen-1";

    final long meeting;
    final long chair;
    final long approver;
    final long other;
    final long chairUser;
    final long approverUser;
    final long item;

    SigningFixture(TestData data, PasswordEncoder encoder) {
        this(data, encoder, "", data.board());
    }

    /** The same for another body, the users' names ending with the suffix ("ordf2"). */
    SigningFixture(TestData data, PasswordEncoder encoder, String suffix, long board) {
        meeting = data.heldMeeting(board, LocalDate.of(2021, 3, 19), "Kommunhuset Kristallen");
        chair = data.person(data.name("Anna Andersson"), "s");
        approver = data.person(data.name("Cecilia Ceder"), "l");
        other = data.person(data.name("Bertil Berg"));
        data.attend(meeting, chair, AttendanceRole.DECISION_MAKER, "Lunds kommun", true, false, 1);
        data.attend(meeting, other, AttendanceRole.DECISION_MAKER, "Försäkringskassan", false, false, 2);
        data.attend(meeting, approver, AttendanceRole.DECISION_MAKER, "Region Skåne", false, true, 3);
        data.attend(meeting, data.person(data.name("Eva Ek")), AttendanceRole.SECRETARY, "Förbundschef", false, false, 4);
        item = data.item(meeting, 1, "Sammanträdet öppnas", "Ordförande öppnar sammanträdet.");
        data.paragraphWithDecision(meeting, 2, "Budget 2021", "Att fastställa budgeten för 2021");
        chairUser = data.signatoryUser(encoder, "ordf" + suffix, Role.STYRELSE, PASSWORD, chair);
        approverUser = data.signatoryUser(encoder, "just" + suffix, Role.STYRELSE, PASSWORD, approver);
        data.signatoryUser(encoder, "annan" + suffix, Role.STYRELSE, PASSWORD, other);
        data.insertUser(encoder, "sekr" + suffix, Role.SEKRETERARE, PASSWORD);
        data.insertUser(encoder, "chef" + suffix, Role.FORBUNDSCHEF, PASSWORD);
    }

    /** Runs the action signed in as the user with the role (as the application's principal name). */
    static <T> T as(String username, Role role, Supplier<T> action) {
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority())))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static void run(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }
}
