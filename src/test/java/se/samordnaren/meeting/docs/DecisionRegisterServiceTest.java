package se.samordnaren.meeting.docs;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "revisor", roles = "REVISOR")
class DecisionRegisterServiceTest {

    @Autowired
    DecisionRegisterService register;
    @Autowired
    DSLContext db;

    MinutesFixture f;
    long body;
    long autumn;

    @BeforeEach
    void decisions() {
        f = new MinutesFixture(db);
        body = f.body("Registerstyrelsen");
        autumn = f.meeting(body, LocalDate.of(2019, 11, 8), "Kristallen");
        f.decision(f.item(autumn, 1, "Budget 2020", null), "APPROVED", "Att fastställa budgeten för 2020");
        f.decision(f.item(autumn, 2, "Ansökan från Fontänhuset", null), "REJECTED", "Att avslå ansökan");
        long spring = f.meeting(body, LocalDate.of(2020, 3, 13), "Kristallen");
        long filed = f.decision(f.item(spring, 1, "Föregående protokoll", null), "APPROVED", "Att lägga protokollet till handlingarna");
        f.link(filed, f.recordOf(autumn));
        f.decision(f.item(spring, 2, "AMA-rapporten", null), "REFERRED_BACK", "Att återremittera rapporten", "Att den tas upp igen");
        f.decision(f.item(spring, 3, "Insatsen En väg in", null), "GRANTED", "Att bevilja medel");
    }

    @Test
    void filtersByBodyYearOutcomeLinkKindAndText() {
        var all = new DecisionRegisterService.Filter(body, null, null, null, null);
        assertThat(register.count(all)).isEqualTo(5);
        List<DecisionRegisterService.Row> rows = register.page(all, 0, 50, List.of());
        assertThat(rows).extracting(DecisionRegisterService.Row::title)
                .containsExactly("Föregående protokoll", "AMA-rapporten", "Insatsen En väg in", "Budget 2020", "Ansökan från Fontänhuset");
        assertThat(rows.get(1).firstClause()).isEqualTo("Att återremittera rapporten");

        assertThat(register.count(new DecisionRegisterService.Filter(body, 2019, null, null, null))).isEqualTo(2);
        assertThat(register.page(new DecisionRegisterService.Filter(body, null, "REFERRED_BACK", null, null), 0, 10, List.of()))
                .extracting(DecisionRegisterService.Row::number).containsExactly(2);
        assertThat(register.page(new DecisionRegisterService.Filter(body, null, null, "MEETING", null), 0, 10, List.of()))
                .extracting(DecisionRegisterService.Row::title).containsExactly("Föregående protokoll");
        assertThat(register.count(new DecisionRegisterService.Filter(body, null, null, "PERSON", null))).isZero();
        assertThat(register.page(new DecisionRegisterService.Filter(body, null, null, null, "avslå"), 0, 10, List.of()))
                .extracting(DecisionRegisterService.Row::title).containsExactly("Ansökan från Fontänhuset");
        assertThat(register.count(new DecisionRegisterService.Filter(body, null, null, null, "100%_"))).isZero();
    }

    @Test
    void sortsOnlyByWhitelistedFieldsAndPages() {
        var all = new DecisionRegisterService.Filter(body, null, null, null, null);
        assertThat(register.page(all, 0, 50, List.of(new DecisionRegisterService.Sort("title", false))))
                .extracting(DecisionRegisterService.Row::title)
                .containsExactly("AMA-rapporten", "Ansökan från Fontänhuset", "Budget 2020", "Föregående protokoll", "Insatsen En väg in");
        // An unknown property (or an attempt at SQL) is ignored: default order, no error.
        assertThat(register.page(all, 0, 50, List.of(new DecisionRegisterService.Sort("title; drop table decision", true))))
                .extracting(DecisionRegisterService.Row::title).startsWith("Föregående protokoll");
        assertThat(register.page(all, 2, 2, List.of(new DecisionRegisterService.Sort("title", false))))
                .extracting(DecisionRegisterService.Row::title).containsExactly("Budget 2020", "Föregående protokoll");
    }

    @Test
    void aPageIsOneQueryAndTheCountAnother() {
        for (int n = 4; n <= 30; n++) {
            long m = f.meeting(body, LocalDate.of(2021, 1, 1).plusDays(n), "Kristallen");
            f.decision(f.item(m, 1, "Ärende " + n, null), "NOTED", "Att notera " + n, "Att även notera " + n);
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

        List<DecisionRegisterService.Row> page = counted.page(all, 0, 25, List.of(new DecisionRegisterService.Sort("date", true)));
        assertThat(page).hasSize(25).allSatisfy(r -> assertThat(r.firstClause()).startsWith("Att"));
        assertThat(queries.get()).isEqualTo(1);
        assertThat(counted.count(all)).isEqualTo(32);
        assertThat(queries.get()).isEqualTo(2);
    }
}
