package se.samordnaren.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import se.samordnaren.admin.UserAccount;
import se.samordnaren.admin.UserService;
import se.samordnaren.common.PageRequest;
import se.samordnaren.meeting.Choice;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.signing.SigningService;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;
import se.samordnaren.security.Role;

import java.util.List;
import java.util.function.Supplier;

/**
 * Justering of Lund's board minutes of 2021-03-19 in the application (issue 11): the demo users {@code styrelse}
 * (Henrik Åkesson, the chair) and {@code justerare} (Johan Ekdahl, the justerare) are linked to their persons, the
 * secretary sends the minutes for justering, and both sign with their password through the signing service, whose
 * last signature approves the minutes (approval date: the day the demo is loaded, "Digital justering") and stores the
 * protocol PDF with its signature page. Runs inside the SQL files' transaction just before 990-approve-minutes.sql,
 * which approves the other demo minutes as of their historical dates.
 */
@Component
@Profile("demo")
@Order(50)
class DemoSigning implements DemoStep {

    /** The demo users' password (README; admin.DemoUsers makes the other demo users with it). */
    static final String PASSWORD = "demo-losen-2026";
    static final String MEETING = "Styrelsen 2021-03-19";

    private static final Logger log = LoggerFactory.getLogger(DemoSigning.class);

    private final UserService users;
    private final PersonService people;
    private final MeetingService meetings;
    private final SigningService signing;

    DemoSigning(UserService users, PersonService people, MeetingService meetings, SigningService signing) {
        this.users = users;
        this.people = people;
        this.meetings = meetings;
        this.signing = signing;
    }

    @Override
    public String before() {
        return "990-approve-minutes.sql";
    }

    @Override
    public void run() {
        Choice march = as(DemoDataLoader.AUDIT_USER, Role.FORBUNDSCHEF, () -> meetings.meetingChoices(MEETING, null,
                PageRequest.first(5)).stream().filter(c -> c.label().equals(MEETING)).findFirst().orElse(null));
        if (march == null) {
            log.info("Demojusteringen görs inte: sammanträdet {} finns inte", MEETING);
            return;
        }
        as(DemoDataLoader.AUDIT_USER, Role.FORBUNDSCHEF, () -> {
            link("styrelse", "Henrik Åkesson");
            link("justerare", "Johan Ekdahl");
            return null;
        });
        as(DemoDataLoader.AUDIT_USER, Role.SEKRETERARE, () -> signing.request(march.id(), meetings.load(march.id()).header().version()));
        as("styrelse", Role.STYRELSE, () -> signing.sign(march.id(), PASSWORD));
        boolean approved = as("justerare", Role.STYRELSE, () -> signing.sign(march.id(), PASSWORD)).approved();
        log.info("Demoprotokollet {} justerat digitalt av ordföranden och justeraren: {}", MEETING, approved);
    }

    /** The demo user is the person (made here with the demo password if admin.DemoUsers has not run yet). */
    private void link(String username, String fullName) {
        Person person = people.search(fullName, PageRequest.first(5)).stream()
                .filter(p -> p.fullName().equals(fullName)).findFirst().orElseThrow();
        UserAccount account = users.list().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElse(new UserAccount(null, username, fullName, null, Role.STYRELSE, true, null));
        users.save(account, account.isNew() ? PASSWORD : null, person.id());
    }

    private static <T> T as(String username, Role role, Supplier<T> action) {
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority())))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
