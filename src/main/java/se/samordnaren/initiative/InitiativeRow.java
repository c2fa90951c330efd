package se.samordnaren.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One line of the insats list with its granted money per year. */
public record InitiativeRow(long id, String name, String shortName, Long parentId, String parentName, String owner,
                            LocalDate startDate, LocalDate plannedEndDate, LocalDate actualEndDate,
                            InitiativeStatus status, Orientation orientation, List<YearAmount> grants) {

    public BigDecimal grantedIn(int year) {
        return grants.stream().filter(g -> g.year() == year).map(YearAmount::amount).findFirst().orElse(BigDecimal.ZERO);
    }

    public BigDecimal grantedTotal() {
        return grants.stream().map(YearAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LocalDate endDate() {
        return actualEndDate != null ? actualEndDate : plannedEndDate;
    }
}
