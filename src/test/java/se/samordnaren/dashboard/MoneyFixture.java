package se.samordnaren.dashboard;

import org.jooq.DSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Lund's money 2019–2023 (src/test/resources/dashboard/lund-money.sql), the figures of docs/money.md. */
final class MoneyFixture {

    private MoneyFixture() {
    }

    static void lund(DSLContext db) {
        try (InputStream in = MoneyFixture.class.getResourceAsStream("/dashboard/lund-money.sql")) {
            db.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
