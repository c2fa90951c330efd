package se.samordnaren.common;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1 400 000;1400000", "1400000;1400000", "1 400 000,50;1400000.50", "1\u00a0400\u00a0000;1400000",
            "-850 000;-850000", "−850 000;-850000", "12,5;12.5", "0;0", "1 400 000 kr;1400000",
            "999 999 999 999,99;999999999999.99"})
    void swedish_amounts_are_read_exactly(String typed, String expected) {
        assertThat(Money.parse(typed)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5,5", "abc", "1e20", "12,555", "1.400.000", "1 40 000", "1000000000000",
            "123456789012345678901", "12.5", "--5"})
    void anything_else_is_refused_not_guessed(String typed) {
        assertThat(Money.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blank_is_no_amount(String typed) {
        assertThat(Money.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.555", "1000000000000"})
    void services_refuse_amounts_the_database_cannot_hold(String amount) {
        assertThatThrownBy(() -> Money.requireValid(new BigDecimal(amount)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.money.invalid");
        assertThat(Money.requireValid(new BigDecimal("12.50"))).isEqualByComparingTo("12.5");
    }
}
