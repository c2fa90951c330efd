package se.samordnaren.demo;

import org.jooq.DSLContext;
import se.samordnaren.bookkeeping.BookkeepingImportService;

import java.util.List;

/**
 * The demo association (the demo profile's data: Lund's bodies, meetings, insatser, applications, money and one
 * bookkeeping import) for tests that look at every screen as a user of the demo does, e.g. the accessibility check.
 * The database must be empty ({@code data.reset()} first).
 */
public final class DemoDataset {

    private DemoDataset() {
    }

    /** Loads the demo data into an empty database; fails if it was not empty. */
    public static void load(DSLContext db, BookkeepingImportService imports) {
        boolean loaded = new DemoDataLoader(db, List.of(new DemoBookkeeping(imports))).load();
        if (!loaded) {
            throw new IllegalStateException("The demo data was not loaded: the database was not empty");
        }
    }
}
