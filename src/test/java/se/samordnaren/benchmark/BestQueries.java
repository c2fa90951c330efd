package se.samordnaren.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each benchmarked view, the best query a person could write by hand for the same data (one statement, what the
 * view shows on opening), and the fixed list of 50 realistic Swedish searches.
 */
final class BestQueries {

    static final List<String> SEARCHES = List.of(
            "insatsen", "arbetsträning", "unga vuxna", "psykisk ohälsa", "Försäkringskassan", "Arbetsförmedlingen",
            "bevilja", "beviljade medel", "avslå ansökan", "återremittera", "budget", "reviderad budget", "eget kapital",
            "riktlinje", "årsredovisning", "revisorerna", "ansvarsfrihet", "verksamhetsplan", "utvärdering", "slutrapport",
            "lägesrapport", "deltagare", "arbetsspecialister", "coacher", "socialtjänst", "vuxenutbildning", "rehabilitering",
            "Europeiska socialfonden", "ESF", "samverkan", "arbetsgivare", "praktikplatser", "implementeras", "kompetensutveckling",
            "delegationsbeslut", "internkontrollplan", "informationssäkerhet", "kommunikationsplan", "SUS", "indikatorer",
            "styrgruppen", "målgruppen", "försörjningsstöd", "nyanlända", "långtidssjukskrivna", "justera protokollet",
            "dagordningen", "\"unga vuxna\" -psykisk", "jobbspåret or kliv", "förbundschefen prognosen");

    private BestQueries() {
    }

    static Map<String, String> forViews(long meetingId, long initiativeId, int year) {
        Map<String, String> best = new HashMap<>();
        return best;
    }
}
