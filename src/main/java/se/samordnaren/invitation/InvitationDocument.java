package se.samordnaren.invitation;

import se.samordnaren.agenda.AgendaPoint;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a kallelse prints: the meeting, the revision with its change note, who is called, and the agenda. */
record InvitationDocument(String associationName, String bodyName, LocalDate date, LocalTime start, LocalTime end,
                          String location, boolean digital, int revision, String changeNote,
                          List<InvitationService.Called> members, List<InvitationService.Called> substitutes,
                          List<AgendaPoint> agenda) {

    /** A paper of the kallelse and the point (its number on the agenda) it belongs to. */
    record Paper(AgendaPoint.AgendaPaper paper, int point) {
    }

    /** Every paper of the agenda once, in the order of the points. */
    List<Paper> papers() {
        return papers(agenda);
    }

    static List<Paper> papers(List<AgendaPoint> agenda) {
        List<Paper> papers = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int number = 0;
        for (AgendaPoint point : agenda) {
            number++;
            for (AgendaPoint.AgendaPaper paper : point.papers()) {
                if (seen.add(paper.attachmentId())) {
                    papers.add(new Paper(paper, number));
                }
            }
        }
        return papers;
    }
}
