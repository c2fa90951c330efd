package se.samordnaren.application;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import se.samordnaren.ui.Formats;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The requested money of every version side by side, year by year, with the change against the previous version. */
class VersionComparison extends Grid<Integer> {

    VersionComparison() {
        setAllRowsVisible(true);
    }

    void show(ApplicationDetail detail) {
        removeAllColumns();
        Map<Integer, Map<Integer, ApplicationDetail.Comparison>> byYear = new TreeMap<>();
        TreeSet<Integer> versionNos = new TreeSet<>();
        for (ApplicationDetail.Comparison c : detail.comparison()) {
            byYear.computeIfAbsent(c.year(), y -> new TreeMap<>()).put(c.versionNo(), c);
            versionNos.add(c.versionNo());
        }
        addColumn(String::valueOf).setHeader(getTranslation("application.year")).setAutoWidth(true).setFlexGrow(0);
        for (int no : versionNos) {
            addColumn(year -> cell(byYear.get(year).get(no)))
                    .setHeader(getTranslation("application.versionNo", no)).setTextAlign(ColumnTextAlign.END);
        }
        setItems(byYear.keySet());
    }

    /** "150 000 kr (−150 000 kr)": the amount and, where it changed, the difference. */
    private static String cell(ApplicationDetail.Comparison c) {
        if (c == null) {
            return "";
        }
        String diff = c.difference() == null || c.difference().signum() == 0 ? ""
                : " (" + (c.difference().signum() > 0 ? "+" : "") + Formats.money(c.difference()) + ")";
        return Formats.money(c.amount()) + diff;
    }
}
