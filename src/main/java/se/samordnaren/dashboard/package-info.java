/** The start page: what the signed-in user should see first about the association. */
package se.samordnaren.dashboard;
