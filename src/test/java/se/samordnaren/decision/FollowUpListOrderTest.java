package se.samordnaren.decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.StatementCounter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.DECISION;

/**
 * FollowUpService's one read of follow-ups ranks them from follow_up and the due meeting alone and reads the decision
 * and its § for the page's rows only (046). It must list the same rows in the same order, on every page, as the read
 * through follow_up_status did — overdue first (by date or by a held due meeting), then by the day due (none last),
 * ties by the latest decision first — and count the same; and the decision must really be read for the page only.
 */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class FollowUpListOrderTest extends DatabaseTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    FollowUpService followUps;

    long responsible;

    /** Ties on the due day across decisions of three meetings, a held due meeting, a planned one, none, closed ones. */
    private void followUps() {
        long body = data.body(data.name("Ordningsstyrelsen"));
        responsible = data.person(data.name("Ansvarig"));
        List<Long> decisions = new ArrayList<>();
        for (int year = 2019; year <= 2021; year++) {
            long meeting = data.heldMeeting(body, LocalDate.of(year, 1, 10), "Kristallen");
            decisions.add(data.paragraphWithDecision(meeting, 1, "Ärende " + year, "Att återrapportera"));
        }
        long heldToday = data.heldMeeting(body, TODAY, "Kristallen");
        long planned = data.meeting(body, TODAY.plusDays(30));
        long closing = data.heldMeeting(body, LocalDate.of(2022, 1, 10), "Kristallen");
        long closingItem = itemOf(data.paragraphWithDecision(closing, 1, "Återrapporter", "Att lägga till handlingarna"));
        for (long decision : decisions) {
            data.followUp(decision, "Försenad lika " + decision, null, LocalDate.of(2020, 6, 1));
            data.followUp(decision, "Kommande lika " + decision, responsible, TODAY.plusDays(10));
            long closed = data.followUp(decision, "Stängd " + decision, null, LocalDate.of(2020, 3, 1));
            db.execute("update follow_up set status = 'CLOSED', closed_by_item_id = ? where id = ?", closingItem, closed);
        }
        data.followUpAtMeeting(decisions.get(0), "Till mötet i dag", heldToday); // overdue: its meeting is held
        data.followUpAtMeeting(decisions.get(1), "Till planerat möte", planned);
        data.followUp(decisions.get(1), "Äldst försenad", responsible, LocalDate.of(2019, 6, 1));
        data.followUp(decisions.get(2), "Utan dag", null, null);
    }

    private long itemOf(long decision) {
        return db.select(DECISION.ITEM_ID).from(DECISION).where(DECISION.ID.eq(decision)).fetchSingle(DECISION.ITEM_ID);
    }

    /** The ids in the order the list read through follow_up_status before 046. */
    private List<Long> asBefore(String where) {
        return db.fetch("""
                        select f.id from follow_up_status f join agenda_item i on i.id = f.item_id join meeting m on m.id = i.meeting_id
                         where %s
                         order by f.overdue desc nulls last, f.status desc, f.due_on asc nulls last, m.meeting_date desc, f.id"""
                        .formatted(where))
                .getValues(0, Long.class);
    }

    private static List<Long> ids(List<FollowUpService.Row> rows) {
        return rows.stream().map(FollowUpService.Row::id).toList();
    }

    /** Every page of {@code size}, one after the other. */
    private List<Long> paged(FollowUpService.Filter filter, int size) {
        List<Long> all = new ArrayList<>();
        for (int offset = 0; ; offset += size) {
            List<FollowUpService.Row> page = followUps.page(filter, PageRequest.of(offset, size));
            all.addAll(ids(page));
            if (page.size() < size) {
                return all;
            }
        }
    }

    @Test
    void every_list_and_every_page_in_the_order_and_count_of_before() {
        followUps();
        record Case(FollowUpService.Filter filter, String where) {
        }
        List<Case> cases = List.of(
                new Case(new FollowUpService.Filter(FollowUpService.Show.OPEN, null), "f.status = 'OPEN'"),
                new Case(new FollowUpService.Filter(FollowUpService.Show.CLOSED, null), "f.status = 'CLOSED'"),
                new Case(new FollowUpService.Filter(FollowUpService.Show.ALL, null), "true"),
                new Case(new FollowUpService.Filter(FollowUpService.Show.OPEN, responsible),
                        "f.status = 'OPEN' and f.responsible_person_id = " + responsible));
        for (Case c : cases) {
            List<Long> before = asBefore(c.where());
            assertThat(before).as("fixture of %s", c.filter()).isNotEmpty();
            assertThat(ids(followUps.list(c.filter()))).as("list %s", c.filter()).isEqualTo(before);
            for (int size : new int[] {1, 2, 3, 4}) {
                assertThat(paged(c.filter(), size)).as("pages of %d, %s", size, c.filter()).isEqualTo(before);
            }
            assertThat(followUps.count(c.filter())).as("count %s", c.filter()).isEqualTo(before.size());
        }

        List<String> open = followUps.list(new FollowUpService.Filter(FollowUpService.Show.OPEN, null)).stream()
                .map(FollowUpService.Row::description).toList();
        assertThat(open).hasSize(10).startsWith("Äldst försenad").endsWith("Utan dag");
        assertThat(open.subList(1, 4)).allMatch(d -> d.startsWith("Försenad lika")); // the latest decision first
        assertThat(open.get(4)).isEqualTo("Till mötet i dag");
        assertThat(open.get(8)).isEqualTo("Till planerat möte");
    }

    @Test
    void the_start_pages_head_is_the_lists_first_rows_with_the_open_and_overdue_counts() {
        followUps();
        int overdue = db.fetchOne("select count(*) from follow_up_status where status = 'OPEN' and overdue").get(0, Integer.class);

        FollowUpService.Attention attention = followUps.attention(4, 1);

        assertThat(overdue).isEqualTo(5);
        assertThat(attention.open()).isEqualTo(10).isEqualTo(followUps.openCounts().open());
        assertThat(attention.overdue()).isEqualTo(overdue).isEqualTo(followUps.openCounts().overdue());
        assertThat(attention.firstOpen()).isEqualTo(followUps.page(new FollowUpService.Filter(FollowUpService.Show.OPEN, null),
                PageRequest.first(4)));
    }

    private static final Pattern DECISION_READ = Pattern.compile(" on decision(?: \\w+)?  .*actual rows=(\\d+) loops=(\\d+)");

    @Test
    void the_decision_is_read_for_the_pages_rows_only_and_the_open_ones_come_from_their_index() {
        long body = data.body(data.name("Stora styrelsen"));
        long closing = data.heldMeeting(body, LocalDate.of(2024, 1, 10), "Kristallen");
        long closingItem = itemOf(data.paragraphWithDecision(closing, 1, "Återrapporter", "Att lägga till handlingarna"));
        for (int n = 1; n <= 40; n++) {
            long meeting = data.heldMeeting(body, LocalDate.of(2010, 1, 1).plusDays(30L * n), "Kristallen");
            long decision = data.paragraphWithDecision(meeting, 1, "Ärende " + n, "Att återrapportera");
            long followUp = data.followUp(decision, "Uppföljning " + n, null, LocalDate.of(2015, 1, 1).plusDays(n));
            if (n > 10) { // thirty closed, ten open
                db.execute("update follow_up set status = 'CLOSED', closed_by_item_id = ? where id = ?", closingItem, followUp);
            }
        }
        db.execute("analyze follow_up");
        StatementCounter.reset();
        StatementCounter.captureInlined(true);
        try {
            assertThat(followUps.page(new FollowUpService.Filter(FollowUpService.Show.OPEN, null), PageRequest.first(3)))
                    .extracting(FollowUpService.Row::description).containsExactly("Uppföljning 1", "Uppföljning 2", "Uppföljning 3");
        } finally {
            StatementCounter.captureInlined(false);
        }
        String sql = StatementCounter.inlined().getLast();

        // Lookups wherever the statement's shape allows them (the fixture is small: left alone, the planner would
        // rightly read it whole): the decision, its § and meeting are then read for the three rows shown only.
        String plan = db.transactionResult(c -> {
            c.dsl().execute("set local enable_seqscan = off");
            c.dsl().execute("set local enable_hashjoin = off");
            c.dsl().execute("set local enable_mergejoin = off");
            return String.join("\n", c.dsl().fetch("explain (analyze, timing off) " + sql).getValues(0, String.class));
        });
        assertThat(plan).contains("follow_up_open_list_idx");
        int decisionRows = 0;
        int decisionScans = 0;
        for (String line : plan.split("\n")) {
            Matcher m = DECISION_READ.matcher(line);
            if (m.find()) {
                decisionScans++;
                decisionRows += Integer.parseInt(m.group(1)) * Integer.parseInt(m.group(2));
            }
        }
        assertThat(decisionScans).as("the plan reads the decision table:%n%s", plan).isPositive();
        assertThat(decisionRows).as("decisions read:%n%s", plan).isEqualTo(3);
    }
}
