package se.samordnaren.initiative;

import java.math.BigDecimal;

public record YearAmount(int year, BigDecimal amount) {
}
