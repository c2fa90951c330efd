package se.samordnaren.initiative;

import java.math.BigDecimal;

/** Money in one year (granted, freed or co-financed, as the context says). */
public record YearAmount(int year, BigDecimal amount) {
}
