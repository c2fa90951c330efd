package se.samordnaren.common;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DateFormatsTest {

    private static final Locale ENGLISH = Locale.of("en", "SE");
    private static final LocalDate FRIDAY = LocalDate.of(2021, 3, 19);

    @Test
    void dates_are_iso_in_every_language() {
        assertThat(DateFormats.iso(FRIDAY)).isEqualTo("2021-03-19");
        assertThat(DateFormats.iso(LocalDate.of(2021, 12, 1))).isEqualTo("2021-12-01");
        assertThat(DateFormats.iso(null)).isEmpty();
    }

    @Test
    void long_dates_follow_the_language_and_print_swedish() {
        assertThat(DateFormats.longDate(FRIDAY, DateFormats.SWEDISH)).isEqualTo("19 mars 2021");
        assertThat(DateFormats.longDate(LocalDate.of(2021, 1, 5), DateFormats.SWEDISH)).isEqualTo("5 januari 2021");
        assertThat(DateFormats.longDate(FRIDAY, ENGLISH)).isEqualTo("19 March 2021");
        assertThat(DateFormats.longDate(FRIDAY, null)).as("no locale: Swedish").isEqualTo("19 mars 2021");
        assertThat(DateFormats.fullDate(FRIDAY, DateFormats.SWEDISH)).isEqualTo("fredagen den 19 mars 2021");
        assertThat(DateFormats.fullDate(FRIDAY, ENGLISH)).isEqualTo("Friday 19 March 2021");
    }

    @Test
    void month_and_weekday_names() {
        assertThat(DateFormats.monthName(3, DateFormats.SWEDISH)).isEqualTo("mars");
        assertThat(DateFormats.monthName(5, ENGLISH)).isEqualTo("May");
        assertThat(DateFormats.monthNames(DateFormats.SWEDISH)).hasSize(12).startsWith("januari", "februari").endsWith("december");
        assertThat(DateFormats.weekdayName(DayOfWeek.MONDAY, DateFormats.SWEDISH)).isEqualTo("måndag");
        assertThat(DateFormats.weekdayNames(DateFormats.SWEDISH)).containsExactly(
                "söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag");
        assertThat(DateFormats.weekdayShortNames(DateFormats.SWEDISH)).hasSize(7).first().isEqualTo("sön");
        assertThat(DateFormats.weekdayShortNames(DateFormats.SWEDISH)).allSatisfy(d -> assertThat(d).doesNotEndWith("."));
        assertThat(DateFormats.weekdayNames(ENGLISH)).startsWith("Sunday", "Monday");
    }

    @Test
    void times_the_swedish_way_and_moments_in_swedish_time() {
        assertThat(DateFormats.timeRange(LocalTime.of(8, 30), LocalTime.of(12, 0), DateFormats.SWEDISH)).isEqualTo("08.30–12.00");
        assertThat(DateFormats.timeRange(LocalTime.of(8, 30), null, DateFormats.SWEDISH)).isEqualTo("08.30");
        assertThat(DateFormats.timeRange(null, null, DateFormats.SWEDISH)).isEmpty();
        assertThat(DateFormats.time(LocalTime.of(13, 5), ENGLISH)).isEqualTo("13:05");
        // 07:30 UTC is 08:30 in Swedish winter time and 09:30 in summer time.
        assertThat(DateFormats.dateTime(OffsetDateTime.of(2021, 3, 19, 7, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("2021-03-19 08:30");
        assertThat(DateFormats.timestamp(OffsetDateTime.of(2021, 6, 11, 7, 30, 15, 0, ZoneOffset.UTC))).isEqualTo("2021-06-11 09:30:15");
        assertThat(DateFormats.dateTime(null)).isEmpty();
    }
}
