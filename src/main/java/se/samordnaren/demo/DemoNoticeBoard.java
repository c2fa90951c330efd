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
import se.samordnaren.association.AssociationService;
import se.samordnaren.common.DateFormats;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.meeting.noticeboard.SwedishWorkingDays;
import se.samordnaren.security.Role;

import java.time.LocalDate;
import java.util.List;

import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The demo's notice board shows something today: Lund's board minutes of 2021-03-19 (approved by 990 or by the
 * signing step) were posted in 2021 and taken down long ago, so the förbundschef's "Anslag" dialog is used, as the
 * user "demo", to post them again on a working day a week before the demo starts, with the association's appeal
 * period. The notice board job publishes them at startup (after the demo steps), audited as "system:anslag". The
 * other demo minutes keep their 2021 dates (never shown).
 */
@Component
@Profile("demo")
@Order(900)
class DemoNoticeBoard implements DemoStep {

    static final LocalDate MEETING_DATE = LocalDate.of(2021, 3, 19);
    private static final Logger log = LoggerFactory.getLogger(DemoNoticeBoard.class);

    private final DSLContext db;
    private final MeetingService meetings;
    private final AssociationService associations;

    DemoNoticeBoard(DSLContext db, MeetingService meetings, AssociationService associations) {
        this.db = db;
        this.meetings = meetings;
        this.associations = associations;
    }

    @Override
    public void run() {
        Long meetingId = db.select(MEETING.ID).from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(BODY.NAME.eq("Styrelsen").and(MEETING.MEETING_DATE.eq(MEETING_DATE)).and(MEETING.APPROVED_AT.isNotNull()))
                .fetchOne(MEETING.ID);
        if (meetingId == null) {
            log.info("Demoanslaget sätts inte upp: styrelsens protokoll {} är inte justerat", MEETING_DATE);
            return;
        }
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                DemoDataLoader.AUDIT_USER, null, List.of(new SimpleGrantedAuthority(Role.FORBUNDSCHEF.authority())))));
        try {
            Minutes.Header header = meetings.load(meetingId).header();
            // About a week ago, but never before the justering (the demo signs the minutes on the day it loads, so
            // then the anslag goes up that day and the board shows it at once).
            LocalDate posted = SwedishWorkingDays.after(LocalDate.now(DateFormats.SWEDEN).minusDays(8), 1);
            if (header.approvalDate() != null && posted.isBefore(header.approvalDate())) {
                posted = header.approvalDate();
            }
            LocalDate appealEnds = posted.plusDays(associations.settings().appealPeriodDays());
            meetings.postNotice(meetingId, header.version(), posted, appealEnds, appealEnds.plusDays(1));
            log.info("Demoanslaget: styrelsens protokoll {} anslaget {}, sista dag för överklagande {}", MEETING_DATE,
                    posted, appealEnds);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
