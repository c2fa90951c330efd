package se.samordnaren.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each benchmarked view, the best query a person could write by hand for the same data (one statement: what the
 * view shows on opening, nested as JSON where the view nests), and the fixed list of 50 realistic Swedish searches.
 * The dashboard has none: its ten regions are ten different reports.
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

    /** A § place as the views show it: body, prefix, date, number. */
    private static final String PLACE = "json_build_array(%1$sm.id, %1$sb.name, %1$sb.paragraph_prefix, %1$sm.meeting_date, %1$si.number)";

    private BestQueries() {
    }

    static Map<String, String> forViews(long meetingId, long initiativeId, int year) {
        Map<String, String> best = new HashMap<>();
        best.put("start page /", """
                select (select json_build_array(m.id, b.name, m.meeting_date) from meeting m join body b on b.id = m.body_id
                         where m.status = 'PLANNED' and m.meeting_date >= current_date order by m.meeting_date limit 1),
                       (select count(*) from meeting where status = 'HELD'),
                       (select json_build_array(count(*), count(*) filter (where overdue)) from follow_up_status where status = 'OPEN'),
                       (select json_agg(x) from (select f.description, f.due_on, f.overdue, %s
                                                   from follow_up_status f join agenda_item i on i.id = f.item_id
                                                   join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
                                                  where f.status = 'OPEN'
                                                  order by f.overdue desc nulls last, f.due_on limit 6) x),
                       (select json_agg(x) from (select g.year, sum(g.amount) from initiative_grant g group by g.year order by g.year) x),
                       (select json_agg(x) from (select i.expected_year, sum(i.rough_amount) from idea i
                                                  where i.status = 'IDEA' and i.expected_year is not null group by 1) x),
                       (select json_agg(x) from (select r.year, sum(r.amount) from funding_application a
                                                   join lateral (select v.id from funding_application_version v where v.application_id = a.id
                                                                  order by v.version_no desc limit 1) v on true
                                                   join application_requested_amount r on r.version_id = v.id
                                                  where a.status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK') group by 1) x),
                       (select json_agg(x) from (select d.id, i.title, m.meeting_date, b.name, i.number from decision d
                                                   join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
                                                   join body b on b.id = m.body_id where m.approved_at is not null
                                                  order by m.meeting_date desc, i.number desc limit 6) x)
                """.formatted(PLACE.formatted("")));
        best.put("insats list /insatser", """
                select i.id, i.name, coalesce(o.name, i.owner_name), i.status, i.start_date, i.planned_end_date,
                       (select json_agg(json_build_array(g.year, g.total) order by g.year)
                          from (select year, sum(amount) as total from initiative_grant where initiative_id = i.id group by year) g),
                       (select json_agg(json_build_array(year, total) order by year)
                          from (select year, sum(amount) as total from initiative_grant group by year) t) as year_totals
                  from initiative i left join member o on o.id = i.owner_member_id
                 order by i.name limit 50
                """);
        best.put("insats detail", """
                select i.*, (select json_agg(json_build_array(g.id, g.year, g.kind, g.amount, %s) order by m.meeting_date, g.id)
                               from initiative_grant g left join decision d on d.id = g.decision_id
                               left join agenda_item i2 on i2.id = d.item_id left join meeting m on m.id = i2.meeting_id
                               left join body b on b.id = m.body_id, lateral (select i2.number) i where g.initiative_id = i.id) as ledger,
                       (select json_agg(json_build_array(f.id, f.description, f.status, f.due_date, %s))
                          from decision_link l join follow_up f on f.decision_id = l.decision_id join decision d on d.id = f.decision_id
                          join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
                         where l.record_id = i.record_id) as conditions,
                       (select json_agg(json_build_array(i.title, %s) order by m.meeting_date)
                          from decision_link l join decision d on d.id = l.decision_id join agenda_item i on i.id = d.item_id
                          join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id where l.record_id = i.record_id) as decisions,
                       (select json_agg(json_build_array(s.step, s.occurred_on, s.outcome, v.title))
                          from funding_application a join application_step s on s.application_id = a.id
                          join funding_application_version v on v.id = s.version_id where a.initiative_id = i.id) as steps,
                       (select json_agg(json_build_array(r.kind, r.title, r.received_on)) from initiative_report r where r.initiative_id = i.id) as reports,
                       (select json_agg(json_build_array(c.id, c.name)) from initiative c where c.parent_id = i.id) as sub_projects
                  from initiative i where i.id = %d
                """.formatted(PLACE.formatted(""), PLACE.formatted(""), PLACE.formatted(""), initiativeId)
                .replace("lateral (select i2.number) i where g.initiative_id = i.id", "lateral (select i2.number) i where g.initiative_id = %d".formatted(initiativeId))
                .replace("where l.record_id = i.record_id", "where l.record_id = (select record_id from initiative where id = %d)".formatted(initiativeId))
                .replace("where a.initiative_id = i.id", "where a.initiative_id = %d".formatted(initiativeId))
                .replace("where r.initiative_id = i.id", "where r.initiative_id = %d".formatted(initiativeId))
                .replace("where c.parent_id = i.id", "where c.parent_id = %d".formatted(initiativeId)));
        best.put("meeting (~30 §)", """
                select m.*, b.name,
                       (select json_agg(json_build_array(p.full_name, a.attendance_role, a.is_chair) order by a.sort_order)
                          from meeting_attendance a join person p on p.id = a.person_id where a.meeting_id = m.id),
                       (select json_agg(json_build_array(i.number, i.title, i.kind, i.body_text, d.intro, d.outcome,
                                   (select json_agg(c.text order by c.position) from decision_clause c where c.decision_id = d.id),
                                   (select json_agg(json_build_array(r.kind, coalesce(
                                               (select b2.name || ' ' || m2.meeting_date from meeting m2 join body b2 on b2.id = m2.body_id where m2.record_id = l.record_id),
                                               (select n.name from initiative n where n.record_id = l.record_id),
                                               (select (select v.title from funding_application_version v where v.application_id = a.id order by v.version_no desc limit 1)
                                                  from funding_application a where a.record_id = l.record_id),
                                               (select v.name from budget_version v where v.record_id = l.record_id),
                                               (select g.year || ' ' || g.amount from initiative_grant g where g.record_id = l.record_id))) order by l.id)
                                      from decision_link l join linkable_record r on r.id = l.record_id where l.decision_id = d.id))
                                 order by i.number)
                          from agenda_item i left join decision d on d.item_id = i.id where i.meeting_id = m.id)
                  from meeting m join body b on b.id = m.body_id where m.id = %d
                """.formatted(meetingId));
        best.put("meeting list", """
                select m.id, b.name, m.meeting_date, m.status, (select count(*) from agenda_item i where i.meeting_id = m.id), count(*) over ()
                  from meeting m join body b on b.id = m.body_id order by m.meeting_date desc, m.id desc limit 50
                """);
        best.put("decision register /beslut", """
                select d.id, %s, i.title, d.outcome,
                       (select c.text from decision_clause c where c.decision_id = d.id order by c.position limit 1),
                       count(*) over ()
                  from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
                 order by m.meeting_date desc, i.number desc limit 50
                """.formatted(PLACE.formatted("")));
        best.put("search /sok?q=insatsen", """
                with hits as (
                    select i.id, i.meeting_id, i.number, ts_rank(i.search_vector, q) as rank
                      from agenda_item i, websearch_to_tsquery('swedish', 'insatsen') q where i.search_vector @@ q
                    union all
                    select i.id, i.meeting_id, i.number, ts_rank(c.search_vector, q)
                      from decision_clause c join decision d on d.id = c.decision_id join agenda_item i on i.id = d.item_id,
                           websearch_to_tsquery('swedish', 'insatsen') q where c.search_vector @@ q),
                top as (select h.id, sum(h.rank) as rank, h.number, m.meeting_date, m.body_id from hits h join meeting m on m.id = h.meeting_id
                         group by h.id, h.number, m.id order by 2 desc, m.meeting_date desc, h.number limit 50)
                select t.id, t.meeting_date, b.name, t.number, i.title,
                       ts_headline('swedish', concat_ws(' ', i.body_text, d.intro), websearch_to_tsquery('swedish', 'insatsen'),
                                   'MaxWords=32, MinWords=14, MaxFragments=2')
                  from top t join agenda_item i on i.id = t.id join body b on b.id = t.body_id left join decision d on d.item_id = i.id
                 order by t.rank desc, t.meeting_date desc, t.number
                """);
        // The page cut first, the latest version and last step for its rows only, and the footer's total over all.
        best.put("application list", """
                select p.id, p.status, p.applicant, p.case_number, v.title, v.version_no,
                       (select sum(amount) from application_requested_amount r where r.version_id = v.id),
                       p.first_received,
                       (select json_build_array(s.step, s.occurred_on) from application_step s where s.application_id = p.id
                         order by s.occurred_on desc, s.id desc limit 1) as last_step,
                       (select sum(r.amount) from funding_application a2
                          join lateral (select id from funding_application_version where application_id = a2.id
                                         order by version_no desc limit 1) v2 on true
                          join application_requested_amount r on r.version_id = v2.id) as footer_total
                  from (select a.id, a.status, coalesce(mb.name, a.applicant_name) as applicant, a.case_number,
                               (select min(received_on) from funding_application_version where application_id = a.id) as first_received
                          from funding_application a left join member mb on mb.id = a.applicant_member_id
                         order by first_received desc, a.id desc limit 50) p
                  join lateral (select id, title, version_no from funding_application_version where application_id = p.id
                                 order by version_no desc limit 1) v on true
                 order by p.first_received desc, p.id desc
                """);
        return best;
    }
}
