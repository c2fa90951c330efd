package se.samordnaren.application;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;
import java.util.Locale;

/** Date pickers the Swedish way: 2021-03-19, weeks from Monday, Swedish month names. */
final class Dates {

    private Dates() {
    }

    static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.of("sv", "SE"));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december"));
        i18n.setWeekdays(List.of("söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"));
        i18n.setWeekdaysShort(List.of("sön", "mån", "tis", "ons", "tor", "fre", "lör"));
        i18n.setToday("Idag");
        i18n.setCancel("Avbryt");
        picker.setI18n(i18n);
        return picker;
    }
}
