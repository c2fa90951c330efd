package se.samordnaren.demo;

/**
 * Demo data that is not SQL: run by {@link DemoDataLoader} after the SQL files, only when it has just filled an empty
 * database, in the order of the steps' {@code @Order}. A step goes through the features' services (as a user of the
 * demo) so the data is made the way the application makes it.
 */
interface DemoStep {

    void run();
}
