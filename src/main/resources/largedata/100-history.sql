-- Large association for performance measurements (se.samordnaren.demo.GenerateDataCommand, docs/performance.md):
-- years of history ending with the current year (largedata.years, set by the command), added to the demo
-- association through the real tables, so every trigger runs. Set-based (generate_series); pseudo-random but
-- repeatable (setseed). Minutes of past meetings are approved by 190-approve.sql, after everything that links to them.

select setseed(0.2026);

-- Swedish-looking text: n phrases picked by a seed.
create function pg_temp.phrase(seed bigint) returns text language sql immutable as $$
    select (array[
        'förbundet har under perioden arbetat vidare med samverkan mellan parterna',
        'insatsen riktar sig till personer som står långt från arbetsmarknaden',
        'deltagarna erbjuds stöd av arbetsspecialister och coacher',
        'uppföljningen visar att fler deltagare gått vidare till arbete eller studier',
        'Försäkringskassan och Arbetsförmedlingen deltar med personal i teamet',
        'kommunens socialtjänst och vuxenutbildning är samverkansparter',
        'regionens hälso- och sjukvård bidrar med rehabiliteringskompetens',
        'styrgruppen har följt arbetet och lämnat synpunkter på inriktningen',
        'förbundschefen redogjorde för det ekonomiska läget och prognosen för året',
        'beredningsgruppen har gått igenom ansökan och föreslår att den bifalls',
        'ansökan avser medel för ett treårigt utvecklingsarbete med unga vuxna',
        'målgruppen är unga mellan 16 och 29 år som varken arbetar eller studerar',
        'insatsen har nått färre deltagare än planerat och en åtgärdsplan tas fram',
        'utvärderingen genomförs av en extern utvärderare under hösten',
        'det egna kapitalet överstiger riktlinjen och ska minskas under planperioden',
        'verksamhetsplanen anger inriktningen för de kommande tre åren',
        'projektet finansieras delvis av Europeiska socialfonden',
        'kartläggningen visar behov av ökad samordning kring psykisk ohälsa',
        'en slutrapport redovisas för styrelsen när insatsen avslutats',
        'medlen används till personal, lokaler och kompetensutveckling',
        'arbetsutskottet har berett ärendet inför styrelsens sammanträde',
        'revisorerna har granskat räkenskaperna och förvaltningen',
        'ägarsamrådet diskuterade förbundets långsiktiga finansiering',
        'indikatorerna i SUS visar en positiv utveckling för deltagarna',
        'samverkan med arbetsgivare har stärkts genom nya praktikplatser',
        'insatsen implementeras i ordinarie verksamhet från årsskiftet',
        'deltagarnas hälsa och aktivitetsförmåga har förbättrats enligt mätningen',
        'en gemensam kompetensutvecklingsdag planeras för medarbetarna',
        'budgetramen för året fastställs i enlighet med förslaget',
        'förbundet ska redovisa resultaten till medlemmarna i årsredovisningen'
    ])[1 + (abs(seed) % 30)]
$$;

create function pg_temp.lorem(seed bigint, n integer) returns text language sql immutable as $$
    select string_agg(initcap(left(pg_temp.phrase(seed * 31 + g), 1)) || substr(pg_temp.phrase(seed * 31 + g), 2) || '.', ' ' order by g)
      from generate_series(1, n) g
$$;

create function pg_temp.topic(seed bigint) returns text language sql immutable as $$
    select (array['Arbetsträning', 'Unga vuxna', 'Psykisk hälsa', 'Vägen till arbete', 'Samverkansteam', 'Språk och arbete',
                  'Hälsosteget', 'Aktivitetsbanken', 'Tidiga insatser', 'Steg för steg', 'Jobbspåret', 'Kompetenslyftet',
                  'Motivationslotsen', 'Familjecentralen', 'Individstöd', 'Nya vägar', 'Förstärkt samverkan', 'Arbetsnära stöd',
                  'Kliv in', 'Framtidsverkstan', 'Rehabteamet', 'Studiemotivation', 'Hela människan', 'Social företagsamhet'])[1 + (abs(seed) % 24)]
$$;

create temp table gen_year on commit drop as
select y as year from generate_series(extract(year from current_date)::integer - current_setting('largedata.years')::integer + 1,
                                      extract(year from current_date)::integer) y;

-- == people: more board members and officials over the years ==
insert into person (full_name, email, member_id, party)
select (array['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Johan', 'Sara', 'Per', 'Lena', 'Mikael', 'Elin', 'Hans', 'Ida'])[1 + g % 15]
           || ' ' || (array['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Holm'])[1 + (g * 7) % 12]
           || ' ' || g,
       'person' || g || '@exempel.se',
       (select id from member order by id limit 1 offset g % 4),
       (array['s', 'm', 'c', 'l', 'v', 'mp', 'kd', null])[1 + g % 8]
  from generate_series(1, 60) g;

-- == meetings: four bodies, about 100 a year ==
create temp table gen_body on commit drop as
select b.id, b.body_type, t.per_year, t.items
  from body b
  join (values ('BOARD', 16, 28), ('WORKING_COMMITTEE', 30, 15), ('PREPARATORY_GROUP', 50, 7), ('OWNERS_CONSULTATION', 4, 6))
       t(body_type, per_year, items) on t.body_type = b.body_type;

insert into meeting (body_id, meeting_date, start_time, end_time, location, is_digital, status)
select b.id, d, time '09:00' + (b.id % 4) * interval '1 hour', time '12:00' + (b.id % 4) * interval '1 hour',
       (array['Kommunhuset', 'Förbundets kansli', 'Stadshuset, sal A', 'Digitalt via Teams'])[1 + (n + b.id) % 4],
       (n + b.id) % 4 = 3,
       case when d < current_date then 'HELD' else 'PLANNED' end
  from gen_year y
  cross join gen_body b
  cross join generate_series(0, b.per_year - 1) n
  cross join lateral (select make_date(y.year, 1, 10) + (n * 345 / b.per_year)::integer + b.id::integer as raw) r
  cross join lateral (select r.raw + case extract(isodow from r.raw) when 6 then 2 when 7 then 1 else 0 end as d) dd;

create temp table gen_meeting on commit drop as
select m.id, m.body_id, b.body_type, m.meeting_date, extract(year from m.meeting_date)::integer as year, b.items,
       row_number() over (partition by m.body_id, extract(year from m.meeting_date) order by m.meeting_date) as n_in_year
  from meeting m join gen_body b on b.id = m.body_id
 where m.meeting_date >= (select make_date(min(year), 1, 1) from gen_year)
   and not exists (select 1 from agenda_item i where i.meeting_id = m.id);
create index on gen_meeting (body_type, meeting_date);

insert into meeting_attendance (meeting_id, person_id, attendance_role, capacity, is_chair, is_approver, sort_order)
select m.id, p.id, case when p.rn = 8 then 'SECRETARY' else 'DECISION_MAKER' end,
       case when p.rn = 8 then 'sekreterare' else 'ledamot' end, p.rn = 1, p.rn = 2, p.rn
  from gen_meeting m
  cross join lateral (select id, row_number() over (order by (id * 13 + m.id) % 71) as rn from person) p
 where p.rn <= 8;

-- Every § to be, numbered at the end per meeting by sort_key.
create temp table gen_item (
    meeting_id bigint, sort_key numeric, title text, kind text, body_text text, case_number text,
    outcome text, proposal_to bigint, clauses text[], link_records bigint[], purpose text, ref bigint, ref_year integer,
    number integer, item_id bigint, decision_id bigint
) on commit drop;

-- opening and formal §
insert into gen_item (meeting_id, sort_key, title, kind, body_text, outcome, clauses, link_records, purpose)
select m.id, f.k, f.title, f.kind, case when f.k = 1 then 'Ordföranden hälsade välkommen och förklarade mötet öppnat.' end,
       f.outcome, f.clauses,
       case when f.k = 4 then (select array[pm.record_id] from meeting pm where pm.body_id = m.body_id and pm.meeting_date < m.meeting_date
                                order by pm.meeting_date desc limit 1) end,
       'FORMAL'
  from gen_meeting m
  cross join (values
      (1, 'Mötets öppnande', 'INFORMATION', null, null::text[]),
      (2, 'Val av justerare', 'DECISION', 'APPROVED', array['att utse ledamoten att jämte ordföranden justera protokollet']),
      (3, 'Godkännande av dagordning', 'DECISION', 'APPROVED', array['att godkänna dagordningen']),
      (4, 'Föregående protokoll', 'DECISION', 'NOTED', array['att lägga föregående protokoll till handlingarna'])
  ) f(k, title, kind, outcome, clauses)
 where m.body_type in ('BOARD', 'WORKING_COMMITTEE') or f.k <= 3;

-- == insatser: about 20 a year, a quarter of them delprojekt ==
insert into initiative (name, short_name, owner_member_id, target_group, orientation, sus_reference, start_date, planned_end_date,
                        actual_end_date, status, description)
select pg_temp.topic(g) || ' ' || y.year || '-' || g, 'I' || y.year || g,
       (select id from member order by id limit 1 offset g % 4),
       (array['Unga 16–29 år', 'Långtidssjukskrivna', 'Personer med försörjningsstöd', 'Nyanlända', 'Personer med psykisk ohälsa'])[1 + g % 5],
       case when g % 5 = 0 then 'STRUCTURAL' else 'INDIVIDUAL' end,
       'SUS-' || y.year || '-' || lpad(g::text, 3, '0'),
       make_date(y.year, 1 + (g % 6), 1),
       make_date(y.year + 1 + g % 3, 12, 31),
       case when make_date(y.year + 1 + g % 3, 12, 31) < current_date then make_date(y.year + 1 + g % 3, 12, 31) end,
       case when make_date(y.year + 1 + g % 3, 12, 31) < current_date then 'ENDED'
            when make_date(y.year, 1 + (g % 6), 1) <= current_date then 'RUNNING' else 'GRANTED' end,
       pg_temp.lorem(g + y.year * 100, 4)
  from gen_year y cross join generate_series(1, 20) g;

update initiative c set parent_id = (select p.id from initiative p
                                       where p.short_name = 'I' || extract(year from c.start_date)::integer || ((substr(c.short_name, 6)::integer) - 1))
 where c.short_name ~ '^I[0-9]{4}[0-9]+$' and substr(c.short_name, 6)::integer % 4 = 0;

insert into initiative_member (initiative_id, member_id)
select i.id, m.id from initiative i cross join member m
 where i.short_name ~ '^I[0-9]' and (i.id + m.id) % 3 <> 0;

insert into co_financing (initiative_id, source, year, amount)
select i.id, 'ESF', extract(year from i.start_date)::integer, 250000 + (i.id % 10) * 50000
  from initiative i where i.short_name ~ '^I[0-9]' and i.id % 7 = 0;

-- Grants: one a year of each insats, decided by the board between September before and March of the year.
create temp table gen_grant on commit drop as
select i.id as initiative_id, i.record_id, i.name, y as year, (400000 + (i.id * 37 + y) % 20 * 50000)::numeric(14,2) as amount,
       (select gm.id from gen_meeting gm
         where gm.body_type = 'BOARD' and gm.meeting_date between make_date(y - 1, 9, 1) and make_date(y, 3, 31)
           and gm.meeting_date < current_date
         order by (gm.id * 31 + i.id * 17) % 97 limit 1) as meeting_id
  from initiative i
  cross join lateral generate_series(extract(year from i.start_date)::integer, extract(year from i.planned_end_date)::integer) y
 where i.short_name ~ '^I[0-9]' and y <= extract(year from current_date);
delete from gen_grant where meeting_id is null;

insert into gen_item (meeting_id, sort_key, title, kind, body_text, case_number, outcome, clauses, link_records, purpose, ref, ref_year)
select g.meeting_id, 10 + g.initiative_id % 10, 'Beviljande av medel till ' || g.name || ' ' || g.year, 'DECISION',
       pg_temp.lorem(g.initiative_id * 3 + g.year, 3), 'Dnr ' || g.year || '.' || lpad((g.initiative_id % 900)::text, 3, '0'),
       'GRANTED',
       array['att bevilja ' || g.name || ' ' || to_char(g.amount, 'FM999 999 999') || ' kronor för ' || g.year,
             'att insatsen ska återrapportera till styrelsen efter halva tiden'],
       array[g.record_id], 'GRANT', g.initiative_id, g.year
  from gen_grant g;

-- == ansökningar: about 130 a year, decided within the year (the last year's in every state) ==
create temp table gen_app on commit drop as
select row_number() over () as k, y.year, n,
       make_date(y.year, 1, 5) + (n * 290 / 130) as received_on,
       case when n % 20 in (0, 1, 2, 3, 4, 5, 19) then 'GRANTED' when n % 20 in (6, 7, 8, 9) then 'REJECTED'
            when n % 20 in (10, 11) then 'REFERRED_BACK' when n % 20 in (12, 13) then 'PROPOSED'
            when n % 20 in (14, 15) then 'PREPARED' when n % 20 = 18 then 'WITHDRAWN' else 'RECEIVED' end as target,
       null::bigint as au_meeting, null::bigint as board_meeting, null::bigint as initiative_id, null::bigint as app_id
  from gen_year y cross join generate_series(0, 129) n;
-- A real association decides every application within months: what was received more than a year ago has been
-- granted, rejected or withdrawn (through the same AU proposal and board § as the others), so the undecided ones are
-- those of the last year whatever the length of the history (the coming demand reads only these, 049).
update gen_app set target = case when n % 20 in (10, 12, 14) then 'GRANTED' when n % 20 = 16 then 'WITHDRAWN' else 'REJECTED' end
 where target in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK') and received_on < current_date - 365;
update gen_app a set au_meeting = (select gm.id from gen_meeting gm where gm.body_type = 'WORKING_COMMITTEE'
                                     and gm.meeting_date >= a.received_on + 35 and gm.meeting_date < current_date
                                   order by gm.meeting_date limit 1)
 where a.target in ('GRANTED', 'REJECTED', 'REFERRED_BACK', 'PROPOSED');
update gen_app a set board_meeting = (select gm.id from gen_meeting gm join meeting au on au.id = a.au_meeting
                                       where gm.body_type = 'BOARD' and gm.meeting_date > au.meeting_date and gm.meeting_date < current_date
                                       order by gm.meeting_date limit 1)
 where a.target in ('GRANTED', 'REJECTED', 'REFERRED_BACK') and a.au_meeting is not null;
update gen_app set target = case when au_meeting is null then 'PREPARED' else 'PROPOSED' end
 where (target in ('GRANTED', 'REJECTED', 'REFERRED_BACK') and board_meeting is null) or (target = 'PROPOSED' and au_meeting is null);
update gen_app a set initiative_id = (select i.id from initiative i where i.short_name ~ '^I[0-9]'
                                        and extract(year from i.start_date) between a.year - 1 and a.year + 1
                                      order by (i.id * 7 + a.k) % 101 limit 1)
 where a.target = 'GRANTED';

insert into funding_application (applicant_member_id, applicant_name, initiative_id, case_number, contact)
select case when k % 5 <> 4 then (select id from member order by id limit 1 offset k % 4) end,
       case when k % 5 = 4 then (array['Studieförbundet Vuxenskolan', 'Stadsmissionen', 'Röda Korset', 'Företagarna', 'Folkhögskolan'])[1 + k % 5] end,
       initiative_id, 'Dnr ' || year || '.' || lpad(n::text, 3, '0') || '-A', 'kontakt' || k || '@exempel.se'
  from gen_app order by k;
update gen_app a set app_id = f.id from funding_application f where f.case_number = 'Dnr ' || a.year || '.' || lpad(a.n::text, 3, '0') || '-A';

-- version 1 of each, its amounts, then the revised version 2 of every tenth (a version is frozen once a newer exists)
insert into funding_application_version (application_id, version_no, received_on, title, target_group, orientation, description, period_start, period_end)
select a.app_id, v, a.received_on + (v - 1) * 14, pg_temp.topic(a.k * 5) || ' – ansökan ' || a.year || '/' || a.n,
       'Personer i behov av samordnad rehabilitering', case when a.k % 4 = 0 then 'STRUCTURAL' else 'INDIVIDUAL' end,
       pg_temp.lorem(a.k, 5), make_date(a.year + 1, 1, 1), make_date(a.year + 2 + (a.k % 2)::integer, 12, 31)
  from gen_app a cross join generate_series(1, 2) v
 where v = 1 and (v = 1 or a.k % 10 = 3)
 order by a.app_id;
insert into application_requested_amount (version_id, year, amount)
select v.id, y, 300000 + (v.id % 12) * 50000
  from funding_application_version v
  join gen_app a on a.app_id = v.application_id
  cross join generate_series(extract(year from v.period_start)::integer, extract(year from v.period_end)::integer) y
 where v.version_no = 1;

insert into funding_application_version (application_id, version_no, received_on, title, target_group, orientation, description, period_start, period_end)
select a.app_id, v, a.received_on + (v - 1) * 14, pg_temp.topic(a.k * 5) || ' – ansökan ' || a.year || '/' || a.n,
       'Personer i behov av samordnad rehabilitering', case when a.k % 4 = 0 then 'STRUCTURAL' else 'INDIVIDUAL' end,
       pg_temp.lorem(a.k, 5), make_date(a.year + 1, 1, 1), make_date(a.year + 2 + (a.k % 2)::integer, 12, 31)
  from gen_app a cross join generate_series(1, 2) v
 where v = 2 and (v = 1 or a.k % 10 = 3)
 order by a.app_id;
insert into application_requested_amount (version_id, year, amount)
select v.id, y, 300000 + (v.id % 12) * 50000
  from funding_application_version v
  join gen_app a on a.app_id = v.application_id
  cross join generate_series(extract(year from v.period_start)::integer, extract(year from v.period_end)::integer) y
 where v.version_no = 2;

insert into gen_item (meeting_id, sort_key, title, kind, body_text, case_number, outcome, proposal_to, clauses, link_records, purpose, ref)
select a.au_meeting, 20 + a.k % 10, 'Ansökan: ' || pg_temp.topic(a.k * 5) || ' (' || a.year || '/' || a.n || ')', 'DECISION',
       pg_temp.lorem(a.k * 11, 4), 'Dnr ' || a.year || '.' || lpad(a.n::text, 3, '0') || '-A', 'PROPOSAL',
       (select id from gen_body where body_type = 'BOARD'),
       case when a.target = 'REJECTED' then array['att föreslå styrelsen att avslå ansökan']
            else array['att föreslå styrelsen att bevilja ansökan', 'att insatsen följs upp halvårsvis'] end,
       array[f.record_id], 'AU', a.k
  from gen_app a join funding_application f on f.id = a.app_id
 where a.au_meeting is not null;

insert into gen_item (meeting_id, sort_key, title, kind, body_text, case_number, outcome, clauses, link_records, purpose, ref)
select a.board_meeting, 30 + a.k % 10, 'Beslut om ansökan: ' || pg_temp.topic(a.k * 5) || ' (' || a.year || '/' || a.n || ')', 'DECISION',
       pg_temp.lorem(a.k * 13, 3), 'Dnr ' || a.year || '.' || lpad(a.n::text, 3, '0') || '-A',
       case a.target when 'GRANTED' then 'GRANTED' when 'REJECTED' then 'REJECTED' else 'REFERRED_BACK' end,
       case a.target when 'GRANTED' then array['att bevilja ansökan i enlighet med arbetsutskottets förslag']
                     when 'REJECTED' then array['att avslå ansökan', 'att sökanden får lämna in en reviderad ansökan']
                     else array['att återremittera ärendet till arbetsutskottet för komplettering'] end,
       array[f.record_id] || case when a.target = 'GRANTED' then array[i.record_id] else array[]::bigint[] end, 'BOARD', a.k
  from gen_app a join funding_application f on f.id = a.app_id left join initiative i on i.id = a.initiative_id
 where a.board_meeting is not null;

-- == the rest of each meeting: reports, information, economy ... up to the body's usual number of § ==
insert into gen_item (meeting_id, sort_key, title, kind, body_text, outcome, clauses, purpose)
select m.id, 50 + g, t.title || ' ' || to_char(m.meeting_date, 'YYYY-MM'), case when g % 3 = 0 then 'INFORMATION' else 'DECISION' end,
       pg_temp.lorem(m.id * 40 + g, (2 + (m.id + g) % 5)::integer),
       case when g % 3 = 0 then null when g % 11 = 1 then 'POSTPONED' when g % 3 = 1 then 'NOTED' else 'APPROVED' end,
       case when g % 3 = 0 then null when g % 3 = 1 then array['att lägga informationen till handlingarna']
            else array['att godkänna ' || lower(t.title), 'att uppdra åt förbundschefen att ' || pg_temp.phrase(m.id + g)] end,
       'OTHER'
  from gen_meeting m
  cross join lateral (select count(*) as have from gen_item gi where gi.meeting_id = m.id) h
  cross join lateral generate_series(1, greatest(m.items - h.have::integer - 1, 1)) g
  cross join lateral (select (array['Ekonomisk uppföljning', 'Information från förbundschefen', 'Lägesrapport från insatserna',
                                    'Verksamhetsplan och budget', 'Uppföljning av indikatorer', 'Delegationsbeslut',
                                    'Redovisning av SUS-data', 'Kurser och konferenser', 'Remiss från medlem', 'Riktlinje för eget kapital',
                                    'Internkontrollplan', 'Dataskydd och informationssäkerhet', 'Samverkan med arbetsgivare',
                                    'Kommunikationsplan', 'Övriga frågor'])[1 + (m.id + g) % 15] as title) t;

insert into gen_item (meeting_id, sort_key, title, kind, body_text, purpose)
select m.id, 999, 'Mötets avslutande', 'INFORMATION', 'Ordföranden tackade för visat intresse och förklarade mötet avslutat.', 'FORMAL'
  from gen_meeting m;

update gen_item g set number = n.number
  from (select ctid as c, row_number() over (partition by meeting_id order by sort_key, ref nulls first, title) as number from gen_item) n
 where g.ctid = n.c;

insert into agenda_item (meeting_id, number, title, kind, body_text, case_number, position)
select meeting_id, number, title, kind, body_text, case_number, number from gen_item order by meeting_id, number;
update gen_item g set item_id = i.id from agenda_item i where i.meeting_id = g.meeting_id and i.number = g.number;

insert into decision (item_id, intro, outcome, proposal_to_body_id)
select g.item_id, b.decision_verb, g.outcome, g.proposal_to
  from gen_item g join meeting m on m.id = g.meeting_id join body b on b.id = m.body_id
 where g.outcome is not null order by g.item_id;
update gen_item g set decision_id = d.id from decision d where d.item_id = g.item_id;

insert into decision_clause (decision_id, position, text)
select g.decision_id, c.position, c.text from gen_item g cross join lateral unnest(g.clauses) with ordinality c(text, position)
 where g.decision_id is not null;

insert into decision_link (decision_id, record_id)
select distinct g.decision_id, r from gen_item g cross join lateral unnest(g.link_records) r
 where g.decision_id is not null and r is not null;

-- the grants themselves, each with its deciding §
insert into initiative_grant (initiative_id, year, kind, amount, decision_id, note)
select gg.initiative_id, gg.year, 'GRANT', gg.amount, g.decision_id, 'Beviljat ' || gg.year
  from gen_grant gg join gen_item g on g.purpose = 'GRANT' and g.ref = gg.initiative_id and g.ref_year = gg.year and g.meeting_id = gg.meeting_id;
-- a few reductions on ended insatser
insert into initiative_grant (initiative_id, year, kind, amount, decision_id, note)
select ig.initiative_id, ig.year, 'REDUCTION', -100000, ig.decision_id, 'Minskning efter avstämning'
  from initiative_grant ig where ig.initiative_id % 9 = 0 and ig.note like 'Beviljat %' and ig.decision_id is not null;

-- the applications' steps, in order
insert into application_step (application_id, version_id, step, occurred_on)
select a.app_id, v.id, 'RECEIVED', v.received_on
  from gen_app a join lateral (select id, received_on from funding_application_version where application_id = a.app_id
                                 order by version_no desc limit 1) v on true;
insert into application_step (application_id, version_id, step, occurred_on, outcome, notes)
select a.app_id, v.id, 'PREPARED', v.received_on + 14, case when a.target = 'REJECTED' then 'REJECT' else 'APPROVE' end, 'Beredd av beredningsgruppen'
  from gen_app a join lateral (select id, received_on from funding_application_version where application_id = a.app_id
                                 order by version_no desc limit 1) v on true
 where a.target not in ('RECEIVED', 'WITHDRAWN');
insert into application_step (application_id, version_id, step, occurred_on)
select a.app_id, v.id, 'WITHDRAWN', v.received_on + 30
  from gen_app a join lateral (select id, received_on from funding_application_version where application_id = a.app_id
                                 order by version_no desc limit 1) v on true
 where a.target = 'WITHDRAWN';
insert into application_step (application_id, version_id, step, occurred_on, outcome, decision_id)
select a.app_id, v.id, 'AU_PROPOSAL', m.meeting_date, case when a.target = 'REJECTED' then 'REJECT' else 'APPROVE' end, g.decision_id
  from gen_app a
  join gen_item g on g.purpose = 'AU' and g.ref = a.k
  join meeting m on m.id = g.meeting_id
  join lateral (select id from funding_application_version where application_id = a.app_id order by version_no desc limit 1) v on true;
insert into application_step (application_id, version_id, step, occurred_on, outcome, decision_id)
select a.app_id, v.id, 'BOARD_DECISION', m.meeting_date,
       case a.target when 'GRANTED' then 'APPROVE' when 'REJECTED' then 'REJECT' else 'REFER_BACK' end, g.decision_id
  from gen_app a
  join gen_item g on g.purpose = 'BOARD' and g.ref = a.k
  join meeting m on m.id = g.meeting_id
  join lateral (select id from funding_application_version where application_id = a.app_id order by version_no desc limit 1) v on true;

insert into idea (title, description, proposer_member_id, rough_amount, expected_year, status)
select 'Idé: ' || pg_temp.topic(g * 3) || ' ' || g, pg_temp.lorem(g * 17, 2), (select id from member order by id limit 1 offset g % 4),
       200000 + (g % 10) * 100000, extract(year from current_date)::integer + g % 3, case when g % 4 = 0 then 'DROPPED' else 'IDEA' end
  from generate_series(1, 80) g;

-- == follow-ups: every grant is to report back; closed by a later § of the body when due in the past ==
-- As in a real association, what was decided more than two years ago has mostly been reported back: one in five
-- follow-ups of the last two years is still open (forgotten or late), but only one in fifty older ones, so the open
-- follow-ups are those of the last year or two and a few old overdue ones, whatever the length of the history.
create temp table gen_closer on commit drop as
select distinct on (gi.meeting_id) gi.meeting_id, gi.item_id, m.body_id, m.meeting_date
  from gen_item gi join meeting m on m.id = gi.meeting_id
 where gi.purpose = 'OTHER' and m.meeting_date < current_date - 60
 order by gi.meeting_id, gi.number;
create index on gen_closer (body_id, meeting_date);
insert into follow_up (decision_id, description, due_date, status, closed_by_item_id, closed_note)
select g.decision_id, 'Återrapportering av ' || lower(g.title), m.meeting_date + 180,
       case when c.item_id is null then 'OPEN' else 'CLOSED' end, c.item_id,
       case when c.item_id is not null then 'Redovisat för styrelsen' end
  from gen_item g
  join meeting m on m.id = g.meeting_id
  left join lateral (select gc.item_id from gen_closer gc
                      where gc.body_id = m.body_id and gc.meeting_date > m.meeting_date + 180
                        and ((g.decision_id % 5) <> 0 or (m.meeting_date < current_date - 730 and (g.decision_id % 50) <> 0))
                      order by gc.meeting_date limit 1) c on true
 where g.decision_id is not null and (g.purpose = 'GRANT' or (g.purpose = 'OTHER' and g.decision_id % 17 = 0));

-- reports from the insatser, presented at a board §
insert into initiative_report (initiative_id, kind, title, received_on, period_from, period_to, participants_enrolled,
                               participants_started, participants_ended, summary)
select i.id, case when i.status = 'ENDED' and y = extract(year from i.actual_end_date) then 'SLUTRAPPORT' else 'LAGESRAPPORT' end,
       'Rapport ' || y, make_date(y, 8, 15), make_date(y, 1, 1), make_date(y, 6, 30), 20 + i.id % 30, 15 + i.id % 20, 5 + i.id % 10,
       pg_temp.lorem(i.id + y, 3)
  from initiative i cross join generate_series(extract(year from i.start_date)::integer, extract(year from coalesce(i.actual_end_date, current_date))::integer) y
 where i.short_name ~ '^I[0-9]' and make_date(y, 8, 15) < current_date;
