package se.samordnaren.application;

import com.vaadin.flow.router.QueryParameters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The applications list's filters as URL parameters ({@code ansokningar?status=obeslutade&ar=2027}), so that other
 * pages can link to a filtered list and a filtered list survives reload and back. Values that do not parse are
 * dropped rather than refused: a hand-edited link shows more, never an error.
 */
public final class ApplicationListLink {

    static final String PATH = "ansokningar";
    static final String STATUS = "status";
    static final String RECEIVED_YEAR = "inkom";
    static final String YEAR = "ar";
    static final String APPLICANT = "sokande";
    static final String UNDECIDED = "obeslutade";

    private ApplicationListLink() {
    }

    /** The undecided applications that ask for money in {@code year} (every year when null): the coming demand. */
    public static String undecided(Integer year) {
        return href(new ApplicationFilter(ApplicationStatus.UNDECIDED, null, year, null));
    }

    public static String href(ApplicationFilter filter) {
        // Built here, not by QueryParameters, to keep the parameters in the filters' order on the page.
        StringJoiner query = new StringJoiner("&", PATH + "?", "").setEmptyValue(PATH);
        parameters(filter).forEach((key, value) -> query.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static Map<String, String> parameters(ApplicationFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            values.put(STATUS, filter.statuses().equals(ApplicationStatus.UNDECIDED) ? UNDECIDED
                    : filter.statuses().iterator().next().name().toLowerCase(Locale.ROOT));
        }
        if (filter.receivedYear() != null) {
            values.put(RECEIVED_YEAR, String.valueOf(filter.receivedYear()));
        }
        if (filter.year() != null) {
            values.put(YEAR, String.valueOf(filter.year()));
        }
        if (filter.applicant() != null && !filter.applicant().isBlank()) {
            values.put(APPLICANT, filter.applicant().trim());
        }
        return values;
    }

    /** The filter a URL asks for, or null when it asks for none (the list then opens on its default). */
    static ApplicationFilter parse(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        if (values.keySet().stream().noneMatch(Set.of(STATUS, RECEIVED_YEAR, YEAR, APPLICANT)::contains)) {
            return null;
        }
        return new ApplicationFilter(statuses(first(values, STATUS)), year(first(values, RECEIVED_YEAR)),
                year(first(values, YEAR)), first(values, APPLICANT));
    }

    private static String first(Map<String, List<String>> values, String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() || list.getFirst().isBlank() ? null : list.getFirst().trim();
    }

    private static Set<ApplicationStatus> statuses(String value) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase(UNDECIDED)) {
            return ApplicationStatus.UNDECIDED;
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status.name().equalsIgnoreCase(value)) {
                return Set.of(status);
            }
        }
        return null;
    }

    private static Integer year(String value) {
        if (value == null || !value.matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(value);
        return year >= 2000 && year <= 2100 ? year : null;
    }
}
