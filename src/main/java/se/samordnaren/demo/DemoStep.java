package se.samordnaren.demo;

/**
 * Demo data that is not SQL: run by {@link DemoDataLoader} after the SQL files, only when it has just filled an empty
 * database, in the order of the steps' {@code @Order}. A step goes through the features' services (as a user of the
 * demo) so the data is made the way the application makes it.
 */
interface DemoStep {

    void run();

    /**
     * The SQL file this step runs just before, inside the SQL files' transaction (its services join it), or null
     * (the default) to run after all of them. {@link DemoSigning} signs the March minutes before 990 approves the rest.
     */
    default String before() {
        return null;
    }
}
