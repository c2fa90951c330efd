/**
 * The notice of a meeting (kallelse): the PDF in the Swedish layout with the agenda, proposals and papers, kept per revision and e-mailed to the body's members and substitutes when mail is configured.
 */
package se.samordnaren.invitation;
