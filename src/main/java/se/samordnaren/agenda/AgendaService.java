package se.samordnaren.agenda;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The agenda of a meeting: proposed from the body's standing items and what is due, edited by the secretary, sent
 * as the kallelse and turned into the minutes' paragraphs when the meeting is held.
 */
@Service
public class AgendaService {

    private final AgendaQueries queries;

    AgendaService(AgendaQueries queries) {
        this.queries = queries;
    }

    /** The meeting's agenda in order, with proposals and papers (empty when none is prepared). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaPoint> agenda(long meetingId) {
        return queries.points(meetingId);
    }
}
