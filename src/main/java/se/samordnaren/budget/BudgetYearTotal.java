package se.samordnaren.budget;

import java.math.BigDecimal;

/** One year of a budget version: income, costs and the result (income minus costs), summed in SQL. */
public record BudgetYearTotal(int year, BigDecimal income, BigDecimal costs, BigDecimal result) {
}
