/**
 * Funding applications (ansökningar om medel): versions with requested money per year and attached files, and the life
 * cycle received → prepared → AU proposal → board decision, each decision resting on its §; on bifall the insats
 * feature books the money and the meeting feature links the decision. Also the ideas pipeline (idéer och uppslag).
 */
package se.samordnaren.application;
