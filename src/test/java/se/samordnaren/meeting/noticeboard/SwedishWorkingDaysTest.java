package se.samordnaren.meeting.noticeboard;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SwedishWorkingDaysTest {

    @Test
    void easter_falls_on_the_dates_of_the_almanac() {
        assertThat(SwedishWorkingDays.easterSunday(2021)).isEqualTo(LocalDate.of(2021, 4, 4));
        assertThat(SwedishWorkingDays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(SwedishWorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(SwedishWorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(SwedishWorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void the_holidays_of_2021_are_the_swedish_ones() {
        assertThat(SwedishWorkingDays.holidays(2021)).contains(
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 6),
                LocalDate.of(2021, 4, 2), LocalDate.of(2021, 4, 4), LocalDate.of(2021, 4, 5), // långfredag, påsk, annandag
                LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 13),                          // första maj, Kristi himmelsfärd
                LocalDate.of(2021, 5, 23), LocalDate.of(2021, 6, 6),                          // pingst, nationaldagen
                LocalDate.of(2021, 6, 25), LocalDate.of(2021, 6, 26),                         // midsommarafton, -dagen
                LocalDate.of(2021, 11, 6),                                                    // alla helgons dag
                LocalDate.of(2021, 12, 24), LocalDate.of(2021, 12, 25), LocalDate.of(2021, 12, 26), LocalDate.of(2021, 12, 31));
        assertThat(SwedishWorkingDays.midsummerEve(2024)).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(SwedishWorkingDays.allSaintsDay(2024)).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(SwedishWorkingDays.isWorkingDay(LocalDate.of(2021, 4, 1))).as("skärtorsdagen").isTrue();
        assertThat(SwedishWorkingDays.isWorkingDay(LocalDate.of(2021, 6, 24))).isTrue();
        assertThat(SwedishWorkingDays.isWorkingDay(LocalDate.of(2021, 6, 25))).as("midsommarafton").isFalse();
        assertThat(SwedishWorkingDays.isWorkingDay(LocalDate.of(2021, 3, 27))).as("a Saturday").isFalse();
    }

    @Test
    void the_next_working_day_skips_weekends_and_holidays() {
        // Monday's justering is posted on Tuesday (the demo's Lund minutes of 2021-03-19, justerade 2021-03-29).
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 3, 29), 1)).isEqualTo(LocalDate.of(2021, 3, 30));
        // A Friday: posted on Monday.
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 3, 19), 1)).isEqualTo(LocalDate.of(2021, 3, 22));
        // The Friday before a holiday weekend: 1 May is a Saturday, so Monday 3 May.
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 4, 30), 1)).isEqualTo(LocalDate.of(2021, 5, 3));
        // Skärtorsdagen: långfredag, påskafton, påskdagen and annandag påsk pass, Tuesday after Easter.
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 4, 1), 1)).isEqualTo(LocalDate.of(2021, 4, 6));
        // The day before midsommarafton (a Friday): Monday after midsommar.
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 6, 24), 1)).isEqualTo(LocalDate.of(2021, 6, 28));
        // Two working days from the Wednesday before Easter: Thursday, then Tuesday after Easter.
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 3, 31), 2)).isEqualTo(LocalDate.of(2021, 4, 6));
        // Nyårsafton and nyårsdagen: from 30 December 2021 (Thursday) to Monday 3 January 2022.
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 12, 30), 1)).isEqualTo(LocalDate.of(2022, 1, 3));
        // No delay: the day itself, or the next working day when it is not one.
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 3, 29), 0)).isEqualTo(LocalDate.of(2021, 3, 29));
        assertThat(SwedishWorkingDays.after(LocalDate.of(2021, 6, 25), 0)).isEqualTo(LocalDate.of(2021, 6, 28));
        assertThatThrownBy(() -> SwedishWorkingDays.after(LocalDate.of(2021, 3, 29), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_anslag_runs_three_weeks_from_the_posting_and_comes_down_the_day_after() {
        NoticePosting.Dates dates = NoticePosting.datesFor(LocalDate.of(2021, 3, 29), 1, 21);
        assertThat(dates.postedOn()).isEqualTo(LocalDate.of(2021, 3, 30));
        assertThat(dates.appealEndsOn()).isEqualTo(LocalDate.of(2021, 4, 20));
        assertThat(dates.removedOn()).isEqualTo(LocalDate.of(2021, 4, 21));
    }
}
