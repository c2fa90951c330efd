package se.samordnaren.minutesimport;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PeriodsTest {

    @Test
    void the_ways_decisions_write_periods_are_found() {
        assertThat(Periods.in("att bevilja medel för resten av 2021 och förlänga 2021 ut i stället för 2022 ut, "
                + "för perioden 2021-07-01–2024-06-30 samt från och med 1 juli 2022"))
                .containsExactly("för resten av 2021", "2021 ut", "2022 ut", "perioden 2021-07-01–2024-06-30",
                        "från och med 1 juli 2022");
    }

    @Test
    void a_date_of_its_own_is_not_a_period() {
        assertThat(Periods.in("Protokoll från den 27 november 2020, Dnr 2023/011")).isEmpty();
    }
}
