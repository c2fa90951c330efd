package se.samordnaren.meeting.noticeboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in Sweden: Monday to Friday except the public holidays (lag (1989:253) om allmänna helgdagar) and the
 * eves that offices keep closed (midsommarafton, julafton, nyårsafton). Computed, no table: Easter by the Gregorian
 * computus, midsommar and alla helgons dag by their weekday rules. No library on Maven Central is kept well enough for
 * this, and the rules are few.
 */
public final class SwedishWorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),   // nyårsdagen
            MonthDay.of(1, 6),   // trettondedag jul
            MonthDay.of(5, 1),   // första maj
            MonthDay.of(6, 6),   // Sveriges nationaldag
            MonthDay.of(12, 24), // julafton
            MonthDay.of(12, 25), // juldagen
            MonthDay.of(12, 26), // annandag jul
            MonthDay.of(12, 31)  // nyårsafton
    );

    private SwedishWorkingDays() {
    }

    /** Easter Sunday of the year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** Midsommarafton: the Friday between 19 and 25 June. */
    public static LocalDate midsummerEve(int year) {
        LocalDate day = LocalDate.of(year, 6, 19);
        while (day.getDayOfWeek() != DayOfWeek.FRIDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Alla helgons dag: the Saturday between 31 October and 6 November. */
    public static LocalDate allSaintsDay(int year) {
        LocalDate day = LocalDate.of(year, 10, 31);
        while (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Every day of the year that is a holiday or a closed eve (weekends not included unless they are one). */
    public static Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        FIXED.forEach(d -> days.add(d.atYear(year)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));  // långfredagen
        days.add(easter.minusDays(1));  // påskafton
        days.add(easter);               // påskdagen
        days.add(easter.plusDays(1));   // annandag påsk
        days.add(easter.plusDays(39));  // Kristi himmelsfärds dag
        days.add(easter.plusDays(49));  // pingstdagen
        LocalDate midsummerEve = midsummerEve(year);
        days.add(midsummerEve);
        days.add(midsummerEve.plusDays(1)); // midsommardagen
        days.add(allSaintsDay(year));
        return days;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays(day.getYear()).contains(day);
    }

    /**
     * The {@code workingDays}-th working day after {@code from}: 1 is the next working day, 0 is {@code from} itself
     * (or the next working day when {@code from} is not one).
     */
    public static LocalDate after(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays < 0");
        }
        LocalDate day = from;
        if (workingDays == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
