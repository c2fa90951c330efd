/**
 * The association itself (name, organisation number, notice board, numbering of paragraphs) and its members:
 * Försäkringskassan, Arbetsförmedlingen, the region and the municipalities with their share of the municipal quarter.
 */
package se.samordnaren.association;
