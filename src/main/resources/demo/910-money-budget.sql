-- Demo data, loaded by se.samordnaren.demo.DemoDataLoader after 900/901: the budgets of Lunds samordningsförbund.
-- The items every version is made of; the revised budget 2020 (decided at an added board meeting 2020-03-13),
-- the budget 2021 with plan 2022–2023 (2020-11-27 § 5), the revised budget 2021 (2021-03-19 § 7, the year's
-- reference) and a working draft for 2022 copied from it. Figures as in docs MONEY (issue 9): allocation 7 MSEK a
-- year (50/25/25), the insats lines as granted (initiative_grant_year), the rest invented but plausible; the plan
-- brings the equity of 5.8 MSEK down to about 1 MSEK by 2023. Runs before 990-approve-minutes.sql, so the deciding
-- § can still be linked to the versions ("Budget: …").

-- == styrelsen-2020-03-13 ==
-- A minimal board meeting for the revised budget 2020 (invented; the real Lund protocol of that day is not in the
-- demo). Other money files may add their own § to it; 990 approves it with the others.
do $do$
declare
    mtg bigint;
    n integer;
begin
    select m.id into mtg from meeting m join body b on b.id = m.body_id
     where b.name = 'Styrelsen' and m.meeting_date = '2020-03-13';
    if mtg is null then
        insert into meeting (body_id, meeting_date, start_time, end_time, location, is_digital)
        select id, '2020-03-13', '08:30', '11:30', 'Kommunhuset Kristallen, Lund', false from body where name = 'Styrelsen'
        returning id into mtg;
        insert into meeting_attendance (meeting_id, person_id, attendance_role, capacity, is_chair, is_approver, sort_order)
        select mtg, p.id, v.role, v.capacity, v.chair, v.approver, v.ord
          from (values
            ('Henrik Åkesson',  'DECISION_MAKER', 'Lunds kommun, ordförande',      true,  false, 1),
            ('Maria Bergkvist', 'DECISION_MAKER', 'Försäkringskassan, vice ordf.', false, false, 2),
            ('Sofia Nyberg',    'DECISION_MAKER', 'Arbetsförmedlingen',            false, false, 3),
            ('Johan Ekdahl',    'DECISION_MAKER', 'Region Skåne',                  false, true,  4),
            ('Peter Almgren',   'SECRETARY',      'Förbundssamordnare',            false, false, 5)
          ) v(full_name, role, capacity, chair, approver, ord)
          join person p on p.full_name = v.full_name;
        get diagnostics n = row_count;
        if n <> 5 then raise exception 'demo: 2020-03-13 attendance %', n; end if;
        insert into agenda_item (meeting_id, number, title, kind, body_text) values
            (mtg, 1, 'Sammanträdet öppnas', 'INFORMATION', 'Ordförande Henrik Åkesson hälsar välkommen och öppnar sammanträdet.');
    end if;

    insert into agenda_item (meeting_id, number, title, kind, body_text)
    select mtg, coalesce(max(number), 0) + 1, 'Reviderad verksamhetsplan och budget för 2020', 'DECISION',
           $t$Budgeten för 2020 revideras när 2019 års resultat är känt. Förbundets eget kapital ligger över Nationella rådets riktlinje; den reviderade budgeten avsätter utrymme för nya insatser. Insatser som beviljats efter budgetbeslutet i november (bland annat medfinansieringen av ESF-projektet IRIS) har lagts in.$t$
      from agenda_item where meeting_id = mtg;
    insert into decision (item_id, outcome)
    select id, 'APPROVED' from agenda_item
     where meeting_id = mtg and title = 'Reviderad verksamhetsplan och budget för 2020';
    insert into decision_clause (decision_id, position, text)
    select d.id, 1, 'Att godkänna reviderad verksamhetsplan och budget för 2020'
      from decision d join agenda_item i on i.id = d.item_id
     where i.meeting_id = mtg and i.title = 'Reviderad verksamhetsplan och budget för 2020';
    update meeting set status = 'HELD' where id = mtg and status = 'PLANNED';
    -- Justering and anslag: 990-approve-minutes.sql.
end;
$do$;

-- == budget-items ==
do $do$
declare
    n integer;
begin
    insert into budget_item (name, direction, category, member_id, initiative_id, position, active)
    select v.name, case when v.category in ('ALLOCATION', 'OTHER_INCOME') then 'INCOME' else 'COST' end, v.category,
           m.id, i.id, v.position, v.active
      from (values
        ('Tilldelning Försäkringskassan',          'ALLOCATION',   'Försäkringskassan', null,                                  1, true),
        ('Tilldelning Region Skåne',               'ALLOCATION',   'Region Skåne',      null,                                  2, true),
        ('Tilldelning Lunds kommun',               'ALLOCATION',   'Lunds kommun',      null,                                  3, true),
        ('ESF-ersättning IRIS',                    'OTHER_INCOME', null,                null,                                  1, true),
        ('En väg in',                              'INITIATIVE',   null,                'En väg in',                           1, true),
        ('IRIS',                                   'INITIATIVE',   null,                'IRIS',                                2, true),
        ('Insam',                                  'INITIATIVE',   null,                'Insam',                               3, true),
        ('USB',                                    'INITIATIVE',   null,                'USB',                                 4, true),
        ('Kompenstrappan',                         'INITIATIVE',   null,                'Kompenstrappan',                      5, true),
        ('Strategisk arbetsmarknadssamordning',    'INITIATIVE',   null,                'Strategisk arbetsmarknadssamordning', 6, true),
        -- The analysis was finished in 2021 (money only in 2020): no longer in new versions.
        ('Arbetsmarknadsanalys för Lunds kommun',  'INITIATIVE',   null,                'Arbetsmarknadsanalys för Lunds kommun', 7, false),
        ('Kansli',                                 'OFFICE',       null,                null,                                  1, true),
        ('Styrelse och revision',                  'BOARD',        null,                null,                                  1, true),
        ('Utbildning och konferenser',             'ACTIVITY',     null,                null,                                  1, true),
        ('Övriga kostnader',                       'OTHER_COST',   null,                null,                                  1, true)
      ) v(name, category, member_name, initiative_name, position, active)
      left join member m on m.name = v.member_name
      left join initiative i on i.name = v.initiative_name;
    get diagnostics n = row_count;
    if n <> 15 then raise exception 'demo: budget items %', n; end if;
    if exists (select 1 from budget_item where category = 'ALLOCATION' and member_id is null)
       or exists (select 1 from budget_item where category = 'INITIATIVE' and initiative_id is null) then
        raise exception 'demo: a budget item lacks its member or insats';
    end if;
end;
$do$;

-- == budget-versions ==
-- Versions are inserted undecided, filled, then pointed at their §: a decided version refuses new amounts.
do $do$
declare
    n integer;
begin
    insert into budget_version (year, kind, name, note, created_at) values
        (2020, 'REVISED', 'Reviderad budget 2020',
         'Revidering av budgeten för 2020 när resultatet för 2019 är känt. Utrymme för nya insatser under övriga kostnader.',
         '2020-02-24 10:00+01'),
        (2021, 'BUDGET', 'Budget 2021 med plan 2022–2023',
         'Efter samråd med medlemmarna. Ska revideras i mars 2021 när resultatet för 2020 är känt (2020-11-27 § 5).',
         '2020-09-14 09:00+02'),
        (2021, 'REVISED', 'Reviderad budget 2021',
         'ESF-budgeten för IRIS ingår från 2021. Strategisk arbetsmarknadssamordning avslutas 2021; medlen för 2022 går till nya idéer.',
         '2021-03-01 13:00+01'),
        (2022, 'DRAFT', 'Budget 2022 (utkast)',
         'Arbetsmaterial inför förslaget till verksamhetsplan och budget 2022–2024 i september.',
         '2021-08-23 09:30+02');
    update budget_version set copied_from_id = (select id from budget_version where name = 'Budget 2021 med plan 2022–2023')
     where name = 'Reviderad budget 2021';
    update budget_version set copied_from_id = (select id from budget_version where name = 'Reviderad budget 2021')
     where name = 'Budget 2022 (utkast)';

    insert into budget_amount (budget_version_id, budget_item_id, year, amount, note)
    select bv.id, bi.id, v.year, v.amount, v.note
      from (values
        -- Reviderad budget 2020: income 7 050 000, costs 3 872 000, result +3 178 000.
        ('Reviderad budget 2020', 'Tilldelning Försäkringskassan', 2020, 3500000, null),
        ('Reviderad budget 2020', 'Tilldelning Region Skåne',      2020, 1750000, null),
        ('Reviderad budget 2020', 'Tilldelning Lunds kommun',      2020, 1750000, null),
        ('Reviderad budget 2020', 'ESF-ersättning IRIS',           2020,   50000, 'Projektstart november 2020'),
        ('Reviderad budget 2020', 'IRIS',                          2020,  150000, null),
        ('Reviderad budget 2020', 'Insam',                         2020,  100000, null),
        ('Reviderad budget 2020', 'USB',                           2020,   80000, null),
        ('Reviderad budget 2020', 'Kompenstrappan',                2020,   60000, null),
        ('Reviderad budget 2020', 'Strategisk arbetsmarknadssamordning', 2020, 850000, null),
        ('Reviderad budget 2020', 'Arbetsmarknadsanalys för Lunds kommun', 2020, 250000, null),
        ('Reviderad budget 2020', 'Kansli',                        2020, 1550000, null),
        ('Reviderad budget 2020', 'Styrelse och revision',         2020,  232000, null),
        ('Reviderad budget 2020', 'Utbildning och konferenser',    2020,  150000, null),
        ('Reviderad budget 2020', 'Övriga kostnader',              2020,  450000, 'Varav 300 000 kr utrymme för nya insatser'),
        -- Budget 2021 med plan 2022–2023: 7 600 000 / 9 900 000; 7 000 000 / 9 200 000; 7 000 000 / 7 100 000.
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Försäkringskassan', 2021, 3500000, null),
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Region Skåne',      2021, 1750000, null),
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Lunds kommun',      2021, 1750000, null),
        ('Budget 2021 med plan 2022–2023', 'ESF-ersättning IRIS',           2021,  600000, null),
        ('Budget 2021 med plan 2022–2023', 'En väg in',                     2021, 1200000, 'Villkorat beviljat 2020-09-25 § 5'),
        ('Budget 2021 med plan 2022–2023', 'IRIS',                          2021,  500000, null),
        ('Budget 2021 med plan 2022–2023', 'Insam',                         2021,  600000, null),
        ('Budget 2021 med plan 2022–2023', 'USB',                           2021,  550000, null),
        ('Budget 2021 med plan 2022–2023', 'Kompenstrappan',                2021,  450000, null),
        ('Budget 2021 med plan 2022–2023', 'Strategisk arbetsmarknadssamordning', 2021, 850000, null),
        ('Budget 2021 med plan 2022–2023', 'Kansli',                        2021, 1700000, null),
        ('Budget 2021 med plan 2022–2023', 'Styrelse och revision',         2021,  250000, null),
        ('Budget 2021 med plan 2022–2023', 'Utbildning och konferenser',    2021,  200000, null),
        ('Budget 2021 med plan 2022–2023', 'Övriga kostnader',              2021, 3600000, 'Varav 3 400 000 kr utrymme för nya insatser'),
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Försäkringskassan', 2022, 3500000, null),
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Region Skåne',      2022, 1750000, null),
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Lunds kommun',      2022, 1750000, null),
        ('Budget 2021 med plan 2022–2023', 'IRIS',                          2022,  500000, null),
        ('Budget 2021 med plan 2022–2023', 'Insam',                         2022,  600000, null),
        ('Budget 2021 med plan 2022–2023', 'USB',                           2022,  550000, null),
        ('Budget 2021 med plan 2022–2023', 'Kompenstrappan',                2022,  450000, null),
        ('Budget 2021 med plan 2022–2023', 'Strategisk arbetsmarknadssamordning', 2022, 850000, null),
        ('Budget 2021 med plan 2022–2023', 'Kansli',                        2022, 1750000, null),
        ('Budget 2021 med plan 2022–2023', 'Styrelse och revision',         2022,  250000, null),
        ('Budget 2021 med plan 2022–2023', 'Utbildning och konferenser',    2022,  200000, null),
        ('Budget 2021 med plan 2022–2023', 'Övriga kostnader',              2022, 4050000, 'Utrymme för nya insatser'),
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Försäkringskassan', 2023, 3500000, null),
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Region Skåne',      2023, 1750000, null),
        ('Budget 2021 med plan 2022–2023', 'Tilldelning Lunds kommun',      2023, 1750000, null),
        ('Budget 2021 med plan 2022–2023', 'IRIS',                          2023,  420000, 't.o.m. oktober'),
        ('Budget 2021 med plan 2022–2023', 'Insam',                         2023,  500000, null),
        ('Budget 2021 med plan 2022–2023', 'USB',                           2023,  450000, null),
        ('Budget 2021 med plan 2022–2023', 'Kompenstrappan',                2023,  380000, null),
        ('Budget 2021 med plan 2022–2023', 'Kansli',                        2023, 1800000, null),
        ('Budget 2021 med plan 2022–2023', 'Styrelse och revision',         2023,  260000, null),
        ('Budget 2021 med plan 2022–2023', 'Utbildning och konferenser',    2023,  200000, null),
        ('Budget 2021 med plan 2022–2023', 'Övriga kostnader',              2023, 3090000, 'Utrymme för nya insatser'),
        -- Reviderad budget 2021: 7 700 000 / 10 100 000; 7 000 000 / 9 300 000; 7 000 000 / 7 100 000.
        ('Reviderad budget 2021', 'Tilldelning Försäkringskassan', 2021, 3500000, null),
        ('Reviderad budget 2021', 'Tilldelning Region Skåne',      2021, 1750000, null),
        ('Reviderad budget 2021', 'Tilldelning Lunds kommun',      2021, 1750000, null),
        ('Reviderad budget 2021', 'ESF-ersättning IRIS',           2021,  700000, 'ESF-budgeten ingår i förbundets budget från 2021'),
        ('Reviderad budget 2021', 'En väg in',                     2021, 1200000, 'Beviljat 2021-03-19 § 5'),
        ('Reviderad budget 2021', 'IRIS',                          2021,  500000, null),
        ('Reviderad budget 2021', 'Insam',                         2021,  600000, null),
        ('Reviderad budget 2021', 'USB',                           2021,  550000, null),
        ('Reviderad budget 2021', 'Kompenstrappan',                2021,  450000, null),
        ('Reviderad budget 2021', 'Strategisk arbetsmarknadssamordning', 2021, 850000, null),
        ('Reviderad budget 2021', 'Kansli',                        2021, 1700000, null),
        ('Reviderad budget 2021', 'Styrelse och revision',         2021,  250000, null),
        ('Reviderad budget 2021', 'Utbildning och konferenser',    2021,  250000, 'Utbildning av IRIS-personalen (BIP)'),
        ('Reviderad budget 2021', 'Övriga kostnader',              2021, 3750000, 'Varav 3 500 000 kr utrymme för nya insatser'),
        ('Reviderad budget 2021', 'Tilldelning Försäkringskassan', 2022, 3500000, null),
        ('Reviderad budget 2021', 'Tilldelning Region Skåne',      2022, 1750000, null),
        ('Reviderad budget 2021', 'Tilldelning Lunds kommun',      2022, 1750000, null),
        ('Reviderad budget 2021', 'IRIS',                          2022,  500000, null),
        ('Reviderad budget 2021', 'Insam',                         2022,  600000, null),
        ('Reviderad budget 2021', 'USB',                           2022,  550000, null),
        ('Reviderad budget 2021', 'Kompenstrappan',                2022,  450000, null),
        ('Reviderad budget 2021', 'Strategisk arbetsmarknadssamordning', 2022, 0, 'Avslutas 2021-12-31 (2021-03-19 § 11)'),
        ('Reviderad budget 2021', 'Kansli',                        2022, 1750000, null),
        ('Reviderad budget 2021', 'Styrelse och revision',         2022,  250000, null),
        ('Reviderad budget 2021', 'Utbildning och konferenser',    2022,  200000, null),
        ('Reviderad budget 2021', 'Övriga kostnader',              2022, 5000000, 'Utrymme för nya insatser, bland annat idéerna från 2021-03-19 § 10'),
        ('Reviderad budget 2021', 'Tilldelning Försäkringskassan', 2023, 3500000, null),
        ('Reviderad budget 2021', 'Tilldelning Region Skåne',      2023, 1750000, null),
        ('Reviderad budget 2021', 'Tilldelning Lunds kommun',      2023, 1750000, null),
        ('Reviderad budget 2021', 'IRIS',                          2023,  420000, 't.o.m. oktober'),
        ('Reviderad budget 2021', 'Insam',                         2023,  500000, null),
        ('Reviderad budget 2021', 'USB',                           2023,  450000, null),
        ('Reviderad budget 2021', 'Kompenstrappan',                2023,  380000, null),
        ('Reviderad budget 2021', 'Kansli',                        2023, 1800000, null),
        ('Reviderad budget 2021', 'Styrelse och revision',         2023,  260000, null),
        ('Reviderad budget 2021', 'Utbildning och konferenser',    2023,  200000, null),
        ('Reviderad budget 2021', 'Övriga kostnader',              2023, 3090000, 'Utrymme för nya insatser')
      ) v(version_name, item_name, year, amount, note)
      join budget_version bv on bv.name = v.version_name
      join budget_item bi on bi.name = v.item_name;
    get diagnostics n = row_count;
    if n <> 88 then raise exception 'demo: budget amounts %', n; end if;

    -- The draft for 2022: a copy of the revised budget 2021 for 2022–2023 (as "Kopiera" makes it), and the
    -- allocation already entered for 2024.
    insert into budget_amount (budget_version_id, budget_item_id, year, amount, note)
    select (select id from budget_version where name = 'Budget 2022 (utkast)'), a.budget_item_id, a.year, a.amount, a.note
      from budget_amount a join budget_version v on v.id = a.budget_version_id
     where v.name = 'Reviderad budget 2021' and a.year between 2022 and 2024;
    insert into budget_amount (budget_version_id, budget_item_id, year, amount)
    select (select id from budget_version where name = 'Budget 2022 (utkast)'), bi.id, 2024, v.amount
      from (values ('Tilldelning Försäkringskassan', 3500000), ('Tilldelning Region Skåne', 1750000),
                   ('Tilldelning Lunds kommun', 1750000)) v(item_name, amount)
      join budget_item bi on bi.name = v.item_name;

    -- The figures the protocols state (checked here so a changed line cannot slip through unnoticed).
    if (select string_agg(t, ' ' order by t) from (
            select v.name || ':' || a.year || '=' || sum(case bi.direction when 'INCOME' then a.amount else 0 end)::bigint
                   || '/' || sum(case bi.direction when 'COST' then a.amount else 0 end)::bigint as t
              from budget_amount a join budget_version v on v.id = a.budget_version_id
              join budget_item bi on bi.id = a.budget_item_id
             where v.kind <> 'DRAFT'
             group by v.name, a.year) x)
       <> 'Budget 2021 med plan 2022–2023:2021=7600000/9900000 Budget 2021 med plan 2022–2023:2022=7000000/9200000 '
          || 'Budget 2021 med plan 2022–2023:2023=7000000/7100000 Reviderad budget 2020:2020=7050000/3872000 '
          || 'Reviderad budget 2021:2021=7700000/10100000 Reviderad budget 2021:2022=7000000/9300000 '
          || 'Reviderad budget 2021:2023=7000000/7100000' then
        raise exception 'demo: budget figures differ from the protocols';
    end if;

    -- Decided at their §: from here on the versions are locked.
    update budget_version bv
       set decision_id = d.id
      from (values
        ('Reviderad budget 2020',          '2020-03-13', 'Reviderad verksamhetsplan och budget för 2020'),
        ('Budget 2021 med plan 2022–2023', '2020-11-27', 'Verksamhetsplan och budget för 2021 med plan för 2022–2023'),
        ('Reviderad budget 2021',          '2021-03-19', 'Reviderad verksamhetsplan och budget för 2021')
      ) v(version_name, meeting_date, item_title)
      join body b on b.name = 'Styrelsen'
      join meeting m on m.body_id = b.id and m.meeting_date = v.meeting_date::date
      join agenda_item i on i.meeting_id = m.id and i.title = v.item_title
      join decision d on d.item_id = i.id
     where bv.name = v.version_name;
    get diagnostics n = row_count;
    if n <> 3 then raise exception 'demo: decided budget versions %', n; end if;

    -- The § lists what it decided: "Budget: …".
    insert into decision_link (decision_id, record_id, note)
    select bv.decision_id, bv.record_id, v.note
      from (values
        ('Reviderad budget 2020',          'Budgeten för 2020 revideras'),
        ('Budget 2021 med plan 2022–2023', 'Budget 2021 och plan 2022–2023 fastställs'),
        ('Reviderad budget 2021',          'Referens för årets resultat')
      ) v(version_name, note)
      join budget_version bv on bv.name = v.version_name;
    get diagnostics n = row_count;
    if n <> 3 then raise exception 'demo: budget links %', n; end if;
end;
$do$;
