/**
 * Funding applications (ansökningar om medel) with their versions, requested money per year, attached files and the
 * life cycle received → prepared → AU proposal → board decision, each decision step resting on its §; a granted
 * application creates or extends its insats with grants on the deciding §. Also the ideas pipeline (idéer och uppslag).
 */
package se.samordnaren.application;
