/**
 * How the application is wired: the database (embedded or configured), jOOQ settings and the one translator of
 * database refusals, the audit user per connection, translations and the user's locale.
 */
package se.samordnaren.config;
