/**
 * Demo data: in the demo profile only, an empty database is filled with the Lund association (its real board
 * protocol of 2021-03-19 with invented names, insatser, applications) from the SQL files in resources/demo, and then
 * by {@link se.samordnaren.demo.DemoStep}s through the features' services (the bookkeeping of 2021 imported from
 * resources/demo/lund-2021.se).
 * The schema changelogs hold no demo data, so no real database and no build ever sees it.
 */
package se.samordnaren.demo;
