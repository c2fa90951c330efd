package se.samordnaren.decision;

import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.meeting.DecisionOutcome;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@WithMockUser(username = "revisor", roles = "REVISOR")
class DecisionRegisterServiceTest extends DatabaseTest {

    @Autowired
    DecisionRegisterService register;

    long body;
    long autumn;

    @BeforeEach
    void decisions() {
        body = data.body(data.name("Registerstyrelsen"));
        autumn = data.heldMeeting(body, LocalDate.of(2019, 11, 8), "Kristallen");
        data.decision(data.item(autumn, 1, "Budget 2020", null), DecisionOutcome.APPROVED, "Att fastställa budgeten för 2020");
        data.decision(data.item(autumn, 2, "Ansökan från Fontänhuset", null), DecisionOutcome.REJECTED, "Att avslå ansökan");
        long spring = data.heldMeeting(body, LocalDate.of(2020, 3, 13), "Kristallen");
        long filed = data.decision(data.item(spring, 1, "Föregående protokoll", null), DecisionOutcome.APPROVED, "Att lägga protokollet till handlingarna");
        data.link(filed, data.meetingRecord(autumn));
        data.decision(data.item(spring, 2, "AMA-rapporten", null), DecisionOutcome.REFERRED_BACK, "Att återremittera rapporten", "Att den tas upp igen");
        data.decision(data.item(spring, 3, "Insatsen En väg in", null), DecisionOutcome.GRANTED, "Att bevilja medel");
    }

    @Test
    void filters_by_body_year_outcome_link_kind_and_text() {
        var all = new DecisionRegisterService.Filter(body, null, null, null, null);
        assertThat(register.count(all)).isEqualTo(5);
        List<DecisionRegisterService.Row> rows = register.page(all, PageRequest.of(0, 50));
        assertThat(rows).extracting(DecisionRegisterService.Row::title)
                .containsExactly("Föregående protokoll", "AMA-rapporten", "Insatsen En väg in", "Budget 2020", "Ansökan från Fontänhuset");
        assertThat(rows.get(1).firstClause()).isEqualTo("Att återremittera rapporten");

        assertThat(register.count(new DecisionRegisterService.Filter(body, 2019, null, null, null))).isEqualTo(2);
        assertThat(register.page(new DecisionRegisterService.Filter(body, null, DecisionOutcome.REFERRED_BACK, null, null), PageRequest.of(0, 10)))
                .extracting(r -> r.paragraph().number()).containsExactly(2);
        assertThat(register.page(new DecisionRegisterService.Filter(body, null, null, "MEETING", null), PageRequest.of(0, 10)))
                .extracting(DecisionRegisterService.Row::title).containsExactly("Föregående protokoll");
        assertThat(register.count(new DecisionRegisterService.Filter(body, null, null, "PERSON", null))).isZero();
        assertThat(register.page(new DecisionRegisterService.Filter(body, null, null, null, "avslå"), PageRequest.of(0, 10)))
                .extracting(DecisionRegisterService.Row::title).containsExactly("Ansökan från Fontänhuset");
        assertThat(register.count(new DecisionRegisterService.Filter(body, null, null, null, "100%_"))).isZero();
    }

    @Test
    void sorts_only_by_whitelisted_fields_and_pages() {
        var all = new DecisionRegisterService.Filter(body, null, null, null, null);
        assertThat(register.page(all, new PageRequest(0, 50, List.of(new PageRequest.Sort("title", false)))))
                .extracting(DecisionRegisterService.Row::title)
                .containsExactly("AMA-rapporten", "Ansökan från Fontänhuset", "Budget 2020", "Föregående protokoll", "Insatsen En väg in");
        // An unknown property (or an attempt at SQL) is ignored: default order, no error.
        assertThat(register.page(all, new PageRequest(0, 50, List.of(new PageRequest.Sort("title; drop table decision", true)))))
                .extracting(DecisionRegisterService.Row::title).startsWith("Föregående protokoll");
        assertThat(register.page(all, new PageRequest(2, 2, List.of(new PageRequest.Sort("title", false)))))
                .extracting(DecisionRegisterService.Row::title).containsExactly("Budget 2020", "Föregående protokoll");
    }

    @Test
    void a_page_is_one_query_and_the_count_another() {
        for (int n = 4; n <= 30; n++) {
            long m = data.heldMeeting(body, LocalDate.of(2021, 1, 1).plusDays(n), "Kristallen");
            data.decision(data.item(m, 1, "Ärende " + n, null), DecisionOutcome.NOTED, "Att notera " + n, "Att även notera " + n);
        }
        AtomicInteger queries = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                queries.incrementAndGet();
            }
        };
        DecisionRegisterService counted = new DecisionRegisterService(DSL.using(db.configuration().deriveAppending(counter)));
        var all = new DecisionRegisterService.Filter(body, null, null, null, null);

        List<DecisionRegisterService.Row> page = counted.page(all, new PageRequest(0, 25, List.of(new PageRequest.Sort("date", true))));
        assertThat(page).hasSize(25).allSatisfy(r -> assertThat(r.firstClause()).startsWith("Att"));
        assertThat(queries.get()).isEqualTo(1);
        assertThat(counted.count(all)).isEqualTo(32);
        assertThat(queries.get()).isEqualTo(2);
    }
}
