package se.samordnaren.demo;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import se.samordnaren.agenda.AgendaService;
import se.samordnaren.security.Role;

import java.time.LocalDate;
import java.util.List;

import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;

/**
 * Prepares the agenda of Lund's board meeting of 2021-06-11 from what is due, as the secretary would ("Föreslå
 * dagordning", issue 11): the standing items, the AMA report referred back at § 9 of 2021-03-19 (with its report and
 * the follow-up due at this meeting) and the application the working committee proposed to the board on 2021-05-28.
 * Without that meeting (another demo) nothing happens.
 */
@Component
@Profile("demo")
@Order(200)
class DemoAgenda implements DemoStep {

    static final LocalDate JUNE = LocalDate.of(2021, 6, 11);

    private static final Logger log = LoggerFactory.getLogger(DemoAgenda.class);

    private final DSLContext db;
    private final AgendaService agenda;

    DemoAgenda(DSLContext db, AgendaService agenda) {
        this.db = db;
        this.agenda = agenda;
    }

    @Override
    public void run() {
        Long june = db.select(MEETING.ID).from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(BODY.NAME.eq("Styrelsen").and(MEETING.MEETING_DATE.eq(JUNE))).fetchOne(MEETING.ID);
        if (june == null) {
            log.info("Demodagordningen förbereds inte: styrelsens sammanträde {} saknas", JUNE);
            return;
        }
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                DemoDataLoader.AUDIT_USER, null, List.of(new SimpleGrantedAuthority(Role.SEKRETERARE.authority())))));
        try {
            int added = agenda.propose(june);
            log.info("Demodagordningen för styrelsen {}: {} punkter föreslagna", JUNE, added);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
