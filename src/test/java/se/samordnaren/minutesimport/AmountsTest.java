package se.samordnaren.minutesimport;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AmountsTest {

    @Test
    void the_ways_minutes_write_amounts_become_figures() {
        assertThat(Amounts.in("beviljar 3 300 000 kronor, högst 1,4 miljoner för 2022, 250 tkr till IRIS, 2 mkr "
                + "och 150\u00a0000:- samt 3.300.000 kr igen"))
                .extracting(ImportDraft.Amount::value)
                .containsExactly(new BigDecimal("3300000.00"), new BigDecimal("1400000.00"), new BigDecimal("250000.00"),
                        new BigDecimal("2000000.00"), new BigDecimal("150000.00"));
    }

    @Test
    void years_dates_and_paragraph_numbers_are_not_amounts() {
        assertThat(Amounts.in("§ 5 Verksamhetsplan 2021, protokoll från den 27 november 2020, Dnr 2023/011")).isEmpty();
    }
}
