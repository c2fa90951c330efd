package se.samordnaren.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each benchmarked view, the best query a person could write by hand for the same data (one statement: what the
 * view shows on opening, nested as JSON where the view nests), and the fixed list of 50 realistic Swedish searches.
 * The dashboard's is one statement for all its regions, with the year's actuals read straight from the base tables.
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
        // The start page also shows the shell (the association's name), the user's unseen reminders and the minutes
        // waiting for the user's signature: the best query reads them too.
        best.put("start page /", """
                with me as (select person_id from app_user where username = 'benchmark')
                select (select name from association where id = 1),
                       (select json_agg(x) from (select r.id, r.kind, r.due_on, coalesce(f.description, sb.name),
                                                        coalesce(sm.meeting_date, fm.meeting_date), coalesce(sm.id, fm.id)
                                                   from reminder r
                                                   left join follow_up f on r.kind = 'FOLLOW_UP_DUE' and f.id = r.subject_id
                                                   left join decision d on d.id = f.decision_id left join agenda_item i on i.id = d.item_id
                                                   left join meeting fm on fm.id = i.meeting_id
                                                   left join meeting sm on r.kind <> 'FOLLOW_UP_DUE' and sm.id = r.subject_id
                                                   left join body sb on sb.id = sm.body_id
                                                  where r.person_id = (select person_id from me) and r.seen_at is null
                                                  order by r.due_on nulls last, r.id) x),
                       (select json_agg(x) from (select m.id, b.name, m.meeting_date, m.signing_requested_at
                                                   from meeting m join body b on b.id = m.body_id
                                                   join meeting_attendance a on a.meeting_id = m.id and a.person_id = (select person_id from me)
                                                  where m.signing_requested_at is not null and m.approved_at is null
                                                    and (a.is_chair or a.is_approver)
                                                  order by m.signing_requested_at, m.id) x),
                       (select json_build_array(m.id, b.name, m.meeting_date) from meeting m join body b on b.id = m.body_id
                         where m.status = 'PLANNED' and m.meeting_date >= current_date order by m.meeting_date limit 1),
                       (select count(*) from meeting where status = 'HELD'),
                       (select json_build_array(count(*), count(*) filter (where follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date)))
                          from follow_up f left join meeting due on due.id = f.due_meeting_id where f.status = 'OPEN'),
                       (select json_agg(x) from (select f.description, coalesce(f.due_date, due.meeting_date),
                                                        follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date), %s
                                                   from follow_up f left join meeting due on due.id = f.due_meeting_id
                                                   join decision d on d.id = f.decision_id join agenda_item i on i.id = d.item_id
                                                   join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
                                                  where f.status = 'OPEN'
                                                  order by 3 desc nulls last, 2, m.meeting_date desc, f.id limit 6) x),
                       (select json_agg(x) from (select g.year, sum(g.amount) from initiative_grant g group by g.year order by g.year) x),
                       (select json_agg(x) from (select i.expected_year, sum(i.rough_amount) from idea i
                                                  where i.status = 'IDEA' and i.expected_year >= extract(year from current_date)::int group by 1) x),
                       (select json_agg(x) from (select r.year, sum(r.amount) from funding_application a
                                                   join lateral (select v.id from funding_application_version v where v.application_id = a.id
                                                                  order by v.version_no desc limit 1) v on true
                                                   join application_requested_amount r on r.version_id = v.id
                                                  where a.status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK')
                                                    and r.year >= extract(year from current_date)::int group by 1) x),
                       (select json_agg(x) from (select d.id, i.title, m.meeting_date, b.name, i.number from decision d
                                                   join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
                                                   join body b on b.id = m.body_id where m.approved_at is not null
                                                  order by m.meeting_date desc, i.number desc limit 6) x)
                """.formatted(PLACE.formatted("")));
        best.put("dashboard /oversikt", """
                with act as (
                    select budget_item_id, sum(amount) as actual, max(month) as months
                      from (select e.budget_item_id, e.month, e.amount from actual_entry e where e.year = %1$d
                            union all
                            select r.budget_item_id, extract(month from r.booked_on)::int,
                                   case bi.direction when 'INCOME' then -r.amount else r.amount end
                              from bookkeeping_row r
                              join bookkeeping_import i on i.id = r.import_id and i.replaced_by_id is null
                              join budget_item bi on bi.id = r.budget_item_id
                             where extract(year from r.booked_on)::int = %1$d) a
                     group by budget_item_id),
                ref as (select budget_version_id from budget_reference where year = %1$d),
                lines as (
                    select bi.id, bi.name, bi.direction, bi.initiative_id, bi.position, coalesce(ba.amount, 0) as budget, coalesce(act.actual, 0) as actual
                      from budget_item bi
                      left join budget_amount ba on ba.budget_item_id = bi.id and ba.year = %1$d and ba.budget_version_id = (select budget_version_id from ref)
                      left join act on act.budget_item_id = bi.id
                     where ba.amount is not null or act.actual is not null)
                select
                  (select json_agg(distinct year order by year) from budget_version where decision_id is not null) as budget_years,
                  (select json_build_array(v.id, v.name, v.kind, m.id, b.name, b.paragraph_prefix, m.meeting_date, i.number)
                     from ref join budget_version v on v.id = ref.budget_version_id left join decision d on d.id = v.decision_id
                     left join agenda_item i on i.id = d.item_id left join meeting m on m.id = i.meeting_id left join body b on b.id = m.body_id) as reference,
                  (select coalesce(max(months), 0) from act) as months,
                  (select json_agg(json_build_array(l.id, l.name, l.direction, l.initiative_id, l.budget, l.actual)
                                   order by l.direction = 'COST', l.position, l.name) from lines l) as budget_lines,
                  (select json_build_array(sum(budget) filter (where direction = 'INCOME'), sum(actual) filter (where direction = 'INCOME'),
                                           sum(budget) filter (where direction = 'COST'), sum(actual) filter (where direction = 'COST')) from lines) as budget_totals,
                  (select json_agg(json_build_array(n.id, n.name, bi.id, g.granted, coalesce(act.actual, 0), g.later) order by g.granted desc nulls last, n.name)
                     from (select initiative_id, sum(amount) filter (where year = %1$d) as granted, sum(amount) filter (where year > %1$d) as later
                             from initiative_grant where year >= %1$d group by initiative_id) g
                     join initiative n on n.id = g.initiative_id
                     left join budget_item bi on bi.initiative_id = n.id
                     left join act on act.budget_item_id = bi.id) as insatser,
                  (select json_agg(json_build_array(s.year, s.result, s.equity_end, s.allocation, s.max_share, s.allowed, s.excess, s.source, m.id, b.name, m.meeting_date, i.number) order by s.year)
                     from equity_status s join annual_result r on r.id = s.annual_result_id left join decision d on d.id = r.decision_id
                     left join agenda_item i on i.id = d.item_id left join meeting m on m.id = i.meeting_id left join body b on b.id = m.body_id) as equity,
                  (select json_agg(json_build_array(f.year, f.result, f.equity_end, f.allocation, f.max_share, f.allowed, f.excess) order by f.year) from equity_forecast f) as forecast,
                  (select json_agg(x order by x.year) from (
                      select i.expected_year as year, 'IDEA' as source, count(*), sum(i.rough_amount) from idea i
                       where i.status = 'IDEA' and i.expected_year >= extract(year from current_date)::int group by i.expected_year
                      union all
                      select r.year, 'APPLICATION', count(distinct a.id), sum(r.amount)
                        from funding_application a
                        join lateral (select id from funding_application_version v where v.application_id = a.id order by v.version_no desc limit 1) v on true
                        join application_requested_amount r on r.version_id = v.id
                       where a.status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK')
                         and r.year >= extract(year from current_date)::int group by r.year) x) as demand,
                  (select json_build_array(m.id, m.meeting_date, b.name) from meeting m join body b on b.id = m.body_id
                    where m.status = 'PLANNED' and m.meeting_date >= current_date order by m.meeting_date limit 1) as next_meeting,
                  (select json_build_array(count(*), count(*) filter (where follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date)))
                     from follow_up f left join meeting due on due.id = f.due_meeting_id
                    where f.status = 'OPEN' and (follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date)
                          or coalesce(f.due_date, due.meeting_date) <= coalesce((select min(meeting_date) from meeting where status = 'PLANNED' and meeting_date >= current_date), current_date + 60))) as follow_up_counts,
                  (select json_agg(x) from (
                      select f.id, f.description, follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date) as overdue,
                             coalesce(f.due_date, due.meeting_date) as due_on, p.full_name, m.id, b.name, m.meeting_date, i.number
                        from follow_up f left join meeting due on due.id = f.due_meeting_id
                        join decision d on d.id = f.decision_id join agenda_item i on i.id = d.item_id
                        join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
                        left join person p on p.id = f.responsible_person_id
                       where f.status = 'OPEN' and (follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date)
                             or coalesce(f.due_date, due.meeting_date) <= coalesce((select min(meeting_date) from meeting where status = 'PLANNED' and meeting_date >= current_date), current_date + 60))
                       order by 3 desc nulls last, 4, m.meeting_date desc, f.id limit 10) x) as follow_ups,
                  (select json_agg(json_build_array(r.year, r.id, mb.name) order by r.year, mb.name)
                     from discharge d join annual_result r on r.id = d.annual_result_id join member mb on mb.id = d.member_id
                    where d.granted_on is null and not d.refused) as discharge,
                  (select json_build_array(b.id, b.file_name, b.format, b.period_start, b.period_end, b.imported_at, b.imported_by, b.row_count, b.vouchers,
                                           (select count(*) from bookkeeping_row r where r.import_id = b.id and r.budget_item_id is null))
                     from bookkeeping_import b where b.replaced_by_id is null order by b.imported_at desc, b.id desc limit 1) as latest_import
                """.formatted(year));
        // Everything the list shows on opening: the owners to filter on, the count and money per year of the whole
        // register (the cards; their years are the year filter's), and the first page in the list's order (sub-projects
        // under their parent) with each row's money per year.
        best.put("insats list /insatser", """
                select (select json_agg(distinct coalesce(o.name, i.owner_name)) from initiative i left join member o on o.id = i.owner_member_id),
                       (select count(*) from initiative),
                       (select json_agg(json_build_array(year, total) order by year)
                          from (select year, sum(amount) as total from initiative_grant group by year) t),
                       (select json_agg(json_build_array(r.id, r.name, r.short_name, r.parent_id, r.parent_name, r.owner, r.start_date,
                                                         r.planned_end_date, r.actual_end_date, r.status, r.orientation,
                                                         (select json_agg(json_build_array(g.year, g.total) order by g.year)
                                                            from (select year, sum(amount) as total from initiative_grant
                                                                   where initiative_id = r.id group by year) g)))
                          from (select i.id, i.name, i.short_name, i.parent_id, p.name as parent_name, coalesce(o.name, i.owner_name) as owner,
                                       i.start_date, i.planned_end_date, i.actual_end_date, i.status, i.orientation
                                  from initiative i left join initiative p on p.id = i.parent_id left join member o on o.id = i.owner_member_id
                                 order by coalesce(p.name, i.name), i.parent_id nulls first, i.name, i.id limit 50) r)
                """);
        // Everything the detail shows on opening, every tab included: the timeline's own parts are the linked
        // decisions and the application steps (its other events are the ledger, reports and conditions, read here anyway).
        best.put("insats detail", """
                select i.*, p.name, o.name, cp.full_name,
                       (select json_agg(s.status) from unnest('{IDEA,APPLIED,GRANTED,RUNNING,EXTENDED,SHORTENED,ENDED,STOPPED}'::text[]) s(status)
                         where initiative_status_allowed(i.status, s.status)),
                       (select json_agg(json_build_array(m.id, m.name, im.role_note) order by m.name)
                          from initiative_member im join member m on m.id = im.member_id where im.initiative_id = i.id),
                       (select json_agg(json_build_array(c.id, c.name, coalesce(co.name, c.owner_name), c.status, c.staff_notes,
                                   (select json_agg(json_build_array(g.year, g.total) order by g.year)
                                      from (select year, sum(amount) as total from initiative_grant where initiative_id = c.id group by year) g),
                                   (select coalesce(sum(f.amount), 0) from co_financing f where f.initiative_id = c.id)) order by c.name)
                          from initiative c left join member co on co.id = c.owner_member_id where c.parent_id = i.id),
                       (select json_agg(json_build_array(f.id, f.version, f.source, f.source_name, f.year, f.amount, f.note)
                                        order by f.year, f.source, f.source_name)
                          from co_financing f where f.initiative_id = i.id),
                       (select json_agg(json_build_array(y.*) order by y.year)
                          from (select g.year, sum(g.amount), sum(g.amount) filter (where g.kind = 'GRANT'),
                                       sum(g.amount) filter (where g.kind in ('EXTENSION', 'INCREASE')), -sum(g.amount) filter (where g.amount < 0),
                                       sum(g.amount) filter (where g.is_opening_balance), count(*) filter (where g.kind <> 'GRANT')
                                  from initiative_grant g where g.initiative_id = i.id group by g.year) y),
                       (select json_agg(json_build_array(x.*) order by x.decided_on, x.id)
                          from (select g.id, g.year, g.kind, g.amount, g.is_opening_balance, g.opening_reference, g.note,
                                       coalesce(m.meeting_date, g.opening_decided_on) as decided_on, m.id as meeting_id, b.name, b.paragraph_prefix, gi.number,
                                       sum(g.amount) over (partition by g.year order by coalesce(m.meeting_date, g.opening_decided_on), g.id) as total_after
                                  from initiative_grant g left join decision d on d.id = g.decision_id left join agenda_item gi on gi.id = d.item_id
                                  left join meeting m on m.id = gi.meeting_id left join body b on b.id = m.body_id
                                 where g.initiative_id = i.id) x),
                       (select json_agg(json_build_array(r.id, r.version, r.kind, r.title, r.received_on, r.period_from, r.period_to,
                                   r.participants_enrolled, r.participants_started, r.participants_ended, r.summary,
                                   pm.id, pb.name, pb.paragraph_prefix, pm.meeting_date, pi.number,
                                   (select json_agg(json_build_array(a.id, a.file_name, a.content_type, a.size_bytes, a.description) order by a.id)
                                      from attachment a where a.report_id = r.id)) order by r.received_on desc, r.id desc)
                          from initiative_report r left join agenda_item pi on pi.id = r.presented_item_id
                          left join meeting pm on pm.id = pi.meeting_id left join body pb on pb.id = pm.body_id where r.initiative_id = i.id),
                       (select json_agg(json_build_array(f.id, f.description, coalesce(f.due_date, due.meeting_date), f.status,
                                   f.status = 'OPEN' and (f.due_date < current_date or due.status in ('HELD', 'APPROVED') or due.meeting_date < current_date),
                                   f.closed_note, dm.id, db.name, db.paragraph_prefix, dm.meeting_date, di.number,
                                   cm.id, cb.name, cb.paragraph_prefix, cm.meeting_date, ci.number) order by dm.meeting_date, f.id)
                          from decision_link l join follow_up f on f.decision_id = l.decision_id join decision d on d.id = f.decision_id
                          join agenda_item di on di.id = d.item_id join meeting dm on dm.id = di.meeting_id join body db on db.id = dm.body_id
                          left join meeting due on due.id = f.due_meeting_id left join agenda_item ci on ci.id = f.closed_by_item_id
                          left join meeting cm on cm.id = ci.meeting_id left join body cb on cb.id = cm.body_id
                         where l.record_id = i.record_id),
                       (select json_agg(json_build_array(l.id, di.title, l.note, dm.id, db.name, db.paragraph_prefix, dm.meeting_date, di.number))
                          from decision_link l join decision d on d.id = l.decision_id join agenda_item di on di.id = d.item_id
                          join meeting dm on dm.id = di.meeting_id join body db on db.id = dm.body_id where l.record_id = i.record_id),
                       (select json_agg(json_build_array(s.id, s.occurred_on, s.step, v.title, s.outcome, v.version_no, s.notes,
                                   sm.id, sb.name, sb.paragraph_prefix, sm.meeting_date, si.number))
                          from funding_application a join application_step s on s.application_id = a.id
                          join funding_application_version v on v.id = s.version_id left join decision sd on sd.id = s.decision_id
                          left join agenda_item si on si.id = sd.item_id left join meeting sm on sm.id = si.meeting_id left join body sb on sb.id = sm.body_id
                         where a.initiative_id = i.id)
                  from initiative i left join initiative p on p.id = i.parent_id left join member o on o.id = i.owner_member_id
                  left join person cp on cp.id = i.contact_person_id
                 where i.id = %d
                """.formatted(initiativeId));
        // Both regions the meeting view reads on opening: the minutes (every § with decision, clauses, links with their
        // labels, references, follow-ups, the decisions answered or corrected, presence per §; who refers to the
        // meeting, signatures) and the justering region (signing request, signatures, returns, linked users, scan).
        best.put("meeting (~30 §)", """
                select m.*, case when m.approved_at is null then b.name else m.body_name_as_approved end,
                       case when m.approved_at is null then b.decision_verb else m.decision_verb_as_approved end,
                       case when m.approved_at is null then b.paragraph_prefix else m.paragraph_prefix_as_approved end,
                       case when m.approved_at is null then u.full_name else m.approver_name_as_approved end,
                       (select a.file_name from attachment a where a.id = m.imported_from_attachment_id),
                       (select json_agg(json_build_array(a.id, a.person_id, case when m.approved_at is null then p.full_name else a.name_as_approved end,
                                   case when m.approved_at is null then p.party else a.party_as_approved end, a.attendance_role, a.capacity,
                                   a.is_chair, a.is_approver, a.only_items) order by a.sort_order, a.id)
                          from meeting_attendance a join person p on p.id = a.person_id where a.meeting_id = m.id),
                       (select json_agg(json_build_array(i.id, i.number, i.title, i.kind, i.body_text, i.case_number, d.id, d.intro, d.outcome,
                                   case when m.approved_at is null then pt.name else d.proposal_to_body_name_as_approved end,
                                   (select json_agg(json_build_array(c.id, c.text) order by c.position) from decision_clause c where c.decision_id = d.id),
                                   (select json_agg(json_build_array(l.id, r.kind, lbl.label, lbl.target_id, l.note) order by l.id)
                                      from decision_link l join linkable_record r on r.id = l.record_id
                                      left join lateral linkable_record_label_of(r.id, r.kind) lbl on true where l.decision_id = d.id),
                                   (select json_agg(json_build_array(x.id, x.text) order by x.position) from decision_reference x where x.decision_id = d.id),
                                   (select json_agg(json_build_array(f.id, f.description, rp.full_name, coalesce(f.due_date, due.meeting_date), f.closed_by_item_id is not null,
                                               f.status = 'OPEN' and (f.due_date < current_date or due.status in ('HELD', 'APPROVED') or due.meeting_date < current_date),
                                               cb.meeting_id, cb.number, f.closed_note) order by f.id)
                                      from follow_up f left join meeting due on due.id = f.due_meeting_id left join person rp on rp.id = f.responsible_person_id
                                      left join agenda_item cb on cb.id = f.closed_by_item_id where f.decision_id = d.id),
                                   (select json_agg(json_build_array(rd.id, rm.id, case when rm.approved_at is null then rb.name else rm.body_name_as_approved end,
                                               case when rm.approved_at is null then rb.paragraph_prefix else rm.paragraph_prefix_as_approved end, rm.meeting_date,
                                               ri.number, rd.outcome, ri.title))
                                      from decision rd join agenda_item ri on ri.id = rd.item_id join meeting rm on rm.id = ri.meeting_id join body rb on rb.id = rm.body_id
                                     where rd.id in (d.answers_proposal_id, d.corrects_decision_id)),
                                   (select json_agg(json_build_array(a.id, case when m.approved_at is null then p.full_name else a.name_as_approved end,
                                               case when m.approved_at is null then p.party else a.party_as_approved end, a.present, a.note) order by 2, a.id)
                                      from agenda_item_attendance a join person p on p.id = a.person_id where a.item_id = i.id))
                                 order by i.position, i.number)
                          from agenda_item i left join decision d on d.item_id = i.id left join body pt on pt.id = d.proposal_to_body_id
                         where i.meeting_id = m.id),
                       (select json_agg(json_build_array(rm.id, case when rm.approved_at is null then rb.name else rm.body_name_as_approved end,
                                   case when rm.approved_at is null then rb.paragraph_prefix else rm.paragraph_prefix_as_approved end, rm.meeting_date, ri.number,
                                   ri.title, l.note) order by rm.meeting_date, rb.name, ri.number)
                          from decision_link l join decision rd on rd.id = l.decision_id join agenda_item ri on ri.id = rd.item_id
                          join meeting rm on rm.id = ri.meeting_id join body rb on rb.id = rm.body_id
                         where l.record_id = m.record_id and rm.id <> m.id),
                       m.signing_requested_at, (select su.full_name from app_user su where su.id = m.signing_requested_by),
                       (select json_agg(json_build_array(s.signer_name, s.signer_title, s.signed_at, s.signed_at_offset_minutes, s.method, s.method_detail,
                                   s.content_sha256, s.person_id) order by s.signed_at, s.id) from minutes_signature s where s.meeting_id = m.id),
                       (select json_agg(json_build_array(p.full_name, x.comment, x.returned_at) order by x.returned_at desc, x.id desc)
                          from minutes_return x join person p on p.id = x.person_id where x.meeting_id = m.id),
                       (select json_agg(lu.person_id) from app_user lu where lu.enabled
                           and lu.person_id in (select a.person_id from meeting_attendance a where a.meeting_id = m.id)),
                       (select json_build_array(a.id, a.file_name) from attachment a where a.signed_minutes_meeting_id = m.id order by a.id desc limit 1),
                       (select me.person_id from app_user me where me.username = 'benchmark')
                  from meeting m join body b on b.id = m.body_id left join app_user u on u.id = m.approved_by
                 where m.id = %d
                """.formatted(meetingId));
        // The list's first screen: its filter choices (bodies, years with meetings), the count of all meetings and the
        // newest 50 with every column it shows. The count is its own aggregate (a count(*) over () would count the §
        // of every meeting of all history before the page is cut).
        best.put("meeting list", """
                select (select json_agg(json_build_array(id, name) order by case body_type when 'BOARD' then 0 else 1 end, name) from body),
                       (select json_agg(year order by year desc) from meeting_year),
                       (select count(*) from meeting),
                       (select json_agg(json_build_array(r.id, r.body_id, r.name, r.meeting_date, r.start_time, r.end_time, r.location,
                                                         r.is_digital, r.status, (select count(*) from agenda_item i where i.meeting_id = r.id))
                                        order by r.meeting_date desc, r.name, r.id)
                          from (select m.id, m.body_id, b.name, m.meeting_date, m.start_time, m.end_time, m.location, m.is_digital, m.status
                                  from meeting m join body b on b.id = m.body_id order by m.meeting_date desc, b.name, m.id limit 50) r)
                """);
        // The register's first screen: its filter choices (bodies, years with decisions, link kinds), the count of all
        // decisions and the newest 50 with the first clause. The page is cut before the first clauses are read, and
        // the count is its own aggregate (a count(*) over () would join and sort every decision of all history).
        best.put("decision register /beslut", """
                select (select json_agg(json_build_array(id, name) order by name) from body),
                       (select json_agg(year order by year desc) from decision_year),
                       (select json_agg(code order by code) from linkable_kind),
                       (select count(*) from decision),
                       (select json_agg(json_build_array(r.id, r.meeting_id, r.body_name, r.prefix, r.meeting_date, r.number, r.title, r.outcome,
                                                         (select c.text from decision_clause c where c.decision_id = r.id order by c.position limit 1)))
                          from (select d.id, m.id as meeting_id, case when m.approved_at is null then b.name else m.body_name_as_approved end as body_name,
                                       case when m.approved_at is null then b.paragraph_prefix else m.paragraph_prefix_as_approved end as prefix,
                                       m.meeting_date, i.number, i.title, d.outcome
                                  from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
                                 order by m.meeting_date desc, b.name, i.number, d.id limit 50) r)
                """);
        // "insatsen" is in more § than are ranked: the newest 200 hits ranked, the best 50 with everything the page
        // shows: § place (meeting, body, prefix, date, number), the title with its matches marked, the snippet, how many
        // were ranked and whether there are more than 1 000 hits (the page says so), which takes reading up to 1 001 of
        // them: the GIN index cannot count without the heap. That count's tsquery is a one-time subquery: with the
        // literal the planner, knowing 7 428 hits, reads them by a sequential scan (692 blocks on 15 years, 540 by the
        // index). The marks are the service's (a private-use pair).
        best.put("search /sok?q=insatsen", """
                with capped as (
                    select count(*) > 1000 as capped
                      from (select from agenda_item_search s where s.search_vector @@ (select websearch_to_tsquery('swedish', 'insatsen'))
                             limit 1001) x),
                newest as (
                    select s.item_id, s.meeting_id, s.meeting_date, s.number, ts_rank(s.search_vector, q) as rank
                      from (select s.*, q from agenda_item_search s, websearch_to_tsquery('swedish', 'insatsen') q
                             where s.search_vector @@ q order by s.meeting_date desc, s.number, s.item_id limit 200) s),
                top as (select * from newest order by rank desc, meeting_date desc, number, item_id limit 50)
                select t.item_id, t.meeting_id, t.meeting_date, b.name, b.paragraph_prefix, t.number, i.title, t.rank,
                       ts_headline('swedish', concat_ws(' ', i.body_text, d.intro,
                                       (select string_agg(c.text, ' ' order by c.position) from decision_clause c where c.decision_id = d.id)),
                                   websearch_to_tsquery('swedish', 'insatsen'),
                                   'StartSel="\uE000", StopSel="\uE001", MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=" … "'),
                       (select count(*) from newest), (select capped from capped),
                       ts_headline('swedish', i.title, websearch_to_tsquery('swedish', 'insatsen'),
                                   'StartSel="\uE000", StopSel="\uE001", HighlightAll=true')
                  from top t join agenda_item i on i.id = t.item_id join meeting m on m.id = t.meeting_id join body b on b.id = m.body_id
                  left join decision d on d.item_id = i.id
                 order by t.rank desc, t.meeting_date desc, t.number, t.item_id
                """);
        // What the list opens on (047): the latest year with applications (an index probe), its first page cut from
        // the index on the first-received date, the latest version and last step for the page's rows only, and the
        // footer's total over that year.
        best.put("application list", """
                with y as (select extract(year from max(first_received_on))::integer as year from funding_application
                            where first_received_on < make_date(extract(year from current_date)::integer + 1, 1, 1)),
                     foot as (select sum(r.amount) as total from y
                                join funding_application a2 on a2.first_received_on >= make_date(y.year, 1, 1)
                                                           and a2.first_received_on < make_date(y.year + 1, 1, 1)
                                join lateral (select id from funding_application_version where application_id = a2.id
                                               order by version_no desc limit 1) v2 on true
                                join application_requested_amount r on r.version_id = v2.id)
                select p.id, p.status, p.applicant, p.case_number, v.title, v.version_no,
                       (select sum(amount) from application_requested_amount r where r.version_id = v.id),
                       p.first_received_on,
                       (select json_build_array(s.step, s.occurred_on) from application_step s where s.application_id = p.id
                         order by s.occurred_on desc, s.id desc limit 1) as last_step,
                       y.year, foot.total
                  from y cross join foot
                  cross join lateral (select a.id, a.status, coalesce(mb.name, a.applicant_name) as applicant, a.case_number,
                                             a.first_received_on
                                        from funding_application a left join member mb on mb.id = a.applicant_member_id
                                       where a.first_received_on >= make_date(y.year, 1, 1)
                                         and a.first_received_on < make_date(y.year + 1, 1, 1)
                                       order by a.first_received_on desc, a.id desc limit 50) p
                  join lateral (select id, title, version_no from funding_application_version where application_id = p.id
                                 order by version_no desc limit 1) v on true
                 order by p.first_received_on desc, p.id desc
                """);
        return best;
    }
}
