-- Test fixture: Lund's money 2019–2023 as in docs/money.md (the figures the money helpers' demo files use), for the
-- dashboard and board report tests. Members, the board, its meetings and §, and the insatser are created only where
-- they do not exist yet, so the same script also runs on a database that has the demo's minutes (to look at the
-- dashboard locally); the money tables are expected empty.
do $do$
declare
    board bigint;
    m_0313 bigint; m_1127 bigint; m_0319 bigint;
    d_rev2020 bigint; d_ar2019 bigint; d_budget2021 bigint; d_ar2020 bigint; d_rev2021 bigint;
    v bigint;
    imp bigint;
begin
    insert into member (name, short_name, member_type, municipal_share, population)
    select v.name, v.short_name, v.member_type, v.share, v.population
      from (values ('Försäkringskassan', 'FK', 'FORSAKRINGSKASSAN', null::numeric, null::integer),
                   ('Arbetsförmedlingen', 'AF', 'ARBETSFORMEDLINGEN', null, null),
                   ('Region Skåne', 'RS', 'REGION', null, null),
                   ('Lunds kommun', 'Lund', 'MUNICIPALITY', 100, 124935)) v(name, short_name, member_type, share, population)
     where not exists (select 1 from member m where m.name = v.name);

    insert into body (name, body_type, decision_verb)
    select 'Styrelsen', 'BOARD', 'Styrelsen beslutade' where not exists (select 1 from body where name = 'Styrelsen');
    board := (select id from body where name = 'Styrelsen');

    insert into meeting (body_id, meeting_date, location)
    select board, v.d::date, 'Kommunhuset Kristallen, Lund'
      from (values ('2020-03-13'), ('2020-11-27'), ('2021-03-19')) v(d)
     where not exists (select 1 from meeting m where m.body_id = board and m.meeting_date = v.d::date);
    m_0313 := (select id from meeting where body_id = board and meeting_date = '2020-03-13');
    m_1127 := (select id from meeting where body_id = board and meeting_date = '2020-11-27');
    m_0319 := (select id from meeting where body_id = board and meeting_date = '2021-03-19');

    insert into agenda_item (meeting_id, number, title, kind)
    select v.meeting, v.number, v.title, 'DECISION'
      from (values (m_0313, 5, 'Reviderad budget 2020'),
                   (m_0313, 6, 'Årsredovisning för 2019'),
                   (m_1127, 5, 'Verksamhetsplan och budget för 2021 med plan för 2022–2023'),
                   (m_0319, 6, 'Årsredovisning för 2020'),
                   (m_0319, 7, 'Reviderad verksamhetsplan och budget för 2021')) v(meeting, number, title)
     where not exists (select 1 from agenda_item i where i.meeting_id = v.meeting and i.number = v.number);
    insert into decision (item_id, outcome)
    select i.id, 'APPROVED'
      from agenda_item i
     where (i.meeting_id, i.number) in ((m_0313, 5), (m_0313, 6), (m_1127, 5), (m_0319, 6), (m_0319, 7))
       and not exists (select 1 from decision d where d.item_id = i.id);
    d_rev2020 := (select d.id from decision d join agenda_item i on i.id = d.item_id where i.meeting_id = m_0313 and i.number = 5);
    d_ar2019 := (select d.id from decision d join agenda_item i on i.id = d.item_id where i.meeting_id = m_0313 and i.number = 6);
    d_budget2021 := (select d.id from decision d join agenda_item i on i.id = d.item_id where i.meeting_id = m_1127 and i.number = 5);
    d_ar2020 := (select d.id from decision d join agenda_item i on i.id = d.item_id where i.meeting_id = m_0319 and i.number = 6);
    d_rev2021 := (select d.id from decision d join agenda_item i on i.id = d.item_id where i.meeting_id = m_0319 and i.number = 7);

    insert into initiative (name, owner_name, status, start_date)
    select v.name, 'Lunds samordningsförbund', 'RUNNING', date '2020-01-01'
      from (values ('En väg in'), ('IRIS'), ('Insam'), ('USB'), ('Kompenstrappan'),
                   ('Strategisk arbetsmarknadssamordning'), ('Arbetsmarknadsanalys för Lunds kommun')) v(name)
     where not exists (select 1 from initiative i where lower(i.name) = lower(v.name));
    -- The year's grants where the insats has none (opening balances: the deciding § lies before the register).
    insert into initiative_grant (initiative_id, year, kind, amount, is_opening_balance, opening_decided_on, opening_reference)
    select i.id, v.year, 'GRANT', v.amount, true, date '2020-11-27', 'Styrelsen 2020-11-27 § 5'
      from (values ('En väg in', 2021, 1200000), ('IRIS', 2021, 2500000), ('Insam', 2021, 1000000),
                   ('USB', 2021, 1100000), ('Kompenstrappan', 2021, 900000),
                   ('Strategisk arbetsmarknadssamordning', 2021, 800000),
                   ('Arbetsmarknadsanalys för Lunds kommun', 2021, 500000),
                   ('IRIS', 2022, 2300000), ('Insam', 2022, 1000000), ('USB', 2022, 1000000),
                   ('Kompenstrappan', 2022, 800000), ('Strategisk arbetsmarknadssamordning', 2022, 800000)) v(name, year, amount)
      join initiative i on lower(i.name) = lower(v.name)
     where not exists (select 1 from initiative_grant g where g.initiative_id = i.id and g.year = v.year);

    -- Guideline, allocation, annual results, discharge.
    insert into guideline_step (valid_from, allocation_up_to, max_share, source)
    values ('2010-01-01', null, 20, 'Nationella rådet för finansiell samordning, rekommendation om eget kapital (cirka 20 % av tilldelade medel)');
    insert into allocation_year (year, total, decision_id)
    values (2019, 6800000, null), (2020, 7000000, null), (2021, 7000000, d_budget2021), (2022, 7000000, null);
    insert into annual_result (year, income, costs, equity_start, equity_end, decision_id, auditors_report)
    values (2019, 6900000, 6300000, 1900000, 2500000, d_ar2019, null),
           (2020, 7050000, 3750000, 2500000, 5800000, d_ar2020, 'Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet.');
    insert into discharge (annual_result_id, member_id, granted_on)
    select (select id from annual_result where year = 2019), m.id, v.granted::date
      from (values ('Försäkringskassan', '2020-04-20'), ('Arbetsförmedlingen', '2020-05-12'),
                   ('Region Skåne', '2020-06-15'), ('Lunds kommun', null)) v(member, granted)
      join member m on m.name = v.member;

    -- Budget items.
    insert into budget_item (name, direction, category, member_id, initiative_id, position)
    select v.name, v.direction, v.category, m.id, i.id, v.pos
      from (values ('Tilldelning Försäkringskassan', 'INCOME', 'ALLOCATION', 'Försäkringskassan', null, 1),
                   ('Tilldelning Region Skåne', 'INCOME', 'ALLOCATION', 'Region Skåne', null, 2),
                   ('Tilldelning Lunds kommun', 'INCOME', 'ALLOCATION', 'Lunds kommun', null, 3),
                   ('ESF-ersättning IRIS', 'INCOME', 'OTHER_INCOME', null, null, 4),
                   ('Kansli', 'COST', 'OFFICE', null, null, 10),
                   ('Styrelse och revision', 'COST', 'BOARD', null, null, 11),
                   ('Utbildning och konferenser', 'COST', 'ACTIVITY', null, null, 12),
                   ('En väg in', 'COST', 'INITIATIVE', null, 'En väg in', 20),
                   ('IRIS', 'COST', 'INITIATIVE', null, 'IRIS', 21),
                   ('Insam', 'COST', 'INITIATIVE', null, 'Insam', 22),
                   ('USB', 'COST', 'INITIATIVE', null, 'USB', 23),
                   ('Kompenstrappan', 'COST', 'INITIATIVE', null, 'Kompenstrappan', 24),
                   ('Strategisk arbetsmarknadssamordning', 'COST', 'INITIATIVE', null, 'Strategisk arbetsmarknadssamordning', 25),
                   ('Arbetsmarknadsanalys för Lunds kommun', 'COST', 'INITIATIVE', null, 'Arbetsmarknadsanalys för Lunds kommun', 26),
                   ('Övriga kostnader', 'COST', 'OTHER_COST', null, null, 30)) v(name, direction, category, member, initiative, pos)
      left join member m on m.name = v.member
      left join initiative i on lower(i.name) = lower(v.initiative);

    -- Budget versions: amounts first, then the deciding § (a decided version refuses changes).
    insert into budget_version (year, kind, name) values (2020, 'REVISED', 'Reviderad budget 2020') returning id into v;
    insert into budget_amount (budget_version_id, budget_item_id, year, amount)
    select v, bi.id, 2020, a.amount
      from (values ('Tilldelning Försäkringskassan', 3500000), ('Tilldelning Region Skåne', 1750000),
                   ('Tilldelning Lunds kommun', 1750000), ('ESF-ersättning IRIS', 50000), ('Kansli', 1400000),
                   ('Styrelse och revision', 150000), ('Utbildning och konferenser', 222000), ('Övriga kostnader', 100000),
                   ('En väg in', 300000), ('IRIS', 800000), ('Arbetsmarknadsanalys för Lunds kommun', 400000),
                   ('Strategisk arbetsmarknadssamordning', 500000)) a(item, amount)
      join budget_item bi on bi.name = a.item;
    update budget_version set decision_id = d_rev2020 where id = v;

    insert into budget_version (year, kind, name) values (2021, 'BUDGET', 'Budget 2021 med plan 2022–2023') returning id into v;
    insert into budget_amount (budget_version_id, budget_item_id, year, amount)
    select v, bi.id, a.year, a.amount
      from (values ('Tilldelning Försäkringskassan', 3500000, 3500000, 3500000),
                   ('Tilldelning Region Skåne', 1750000, 1750000, 1750000),
                   ('Tilldelning Lunds kommun', 1750000, 1750000, 1750000),
                   ('ESF-ersättning IRIS', 600000, 0, 0),
                   ('Kansli', 1500000, 1500000, 1500000), ('Styrelse och revision', 200000, 200000, 200000),
                   ('Utbildning och konferenser', 300000, 300000, 300000), ('Övriga kostnader', 100000, 100000, 100000),
                   ('En väg in', 1200000, 1200000, 1000000), ('IRIS', 2400000, 2300000, 1500000),
                   ('Insam', 1000000, 1000000, 800000), ('USB', 1100000, 1000000, 800000),
                   ('Kompenstrappan', 900000, 800000, 500000), ('Strategisk arbetsmarknadssamordning', 800000, 800000, 400000),
                   ('Arbetsmarknadsanalys för Lunds kommun', 400000, 0, 0)) x(item, y2021, y2022, y2023)
     cross join lateral (values (2021, x.y2021), (2022, x.y2022), (2023, x.y2023)) a(year, amount)
      join budget_item bi on bi.name = x.item;
    update budget_version set decision_id = d_budget2021 where id = v;

    insert into budget_version (year, kind, name, copied_from_id) values (2021, 'REVISED', 'Reviderad budget 2021', v) returning id into v;
    insert into budget_amount (budget_version_id, budget_item_id, year, amount)
    select v, bi.id, a.year, a.amount
      from (values ('Tilldelning Försäkringskassan', 3500000, 3500000, 3500000),
                   ('Tilldelning Region Skåne', 1750000, 1750000, 1750000),
                   ('Tilldelning Lunds kommun', 1750000, 1750000, 1750000),
                   ('ESF-ersättning IRIS', 700000, 0, 0),
                   ('Kansli', 1500000, 1600000, 1500000), ('Styrelse och revision', 200000, 200000, 200000),
                   ('Utbildning och konferenser', 300000, 300000, 300000), ('Övriga kostnader', 100000, 100000, 100000),
                   ('En väg in', 1200000, 1200000, 1000000), ('IRIS', 2500000, 2300000, 1500000),
                   ('Insam', 1000000, 1000000, 800000), ('USB', 1100000, 1000000, 800000),
                   ('Kompenstrappan', 900000, 800000, 500000), ('Strategisk arbetsmarknadssamordning', 800000, 800000, 400000),
                   ('Arbetsmarknadsanalys för Lunds kommun', 500000, 0, 0)) x(item, y2021, y2022, y2023)
     cross join lateral (values (2021, x.y2021), (2022, x.y2022), (2023, x.y2023)) a(year, amount)
      join budget_item bi on bi.name = x.item;
    update budget_version set decision_id = d_rev2021 where id = v;

    -- Actuals January–September 2021 by hand: each line at a pace of its own (some over, some under budget).
    insert into actual_entry (budget_item_id, year, month, amount)
    select bi.id, 2021, mo, round(a.amount / 12 * x.pace, 0)
      from (values ('Kansli', 1.0), ('Styrelse och revision', 0.8), ('Utbildning och konferenser', 0.5),
                   ('Övriga kostnader', 1.2), ('En väg in', 1.1), ('IRIS', 0.9), ('Insam', 1.0), ('USB', 0.95),
                   ('Kompenstrappan', 0.7), ('Strategisk arbetsmarknadssamordning', 1.15),
                   ('Arbetsmarknadsanalys för Lunds kommun', 0.6)) x(item, pace)
      join budget_item bi on bi.name = x.item
      join budget_amount a on a.budget_item_id = bi.id and a.year = 2021
      join budget_reference r on r.budget_version_id = a.budget_version_id and r.year = 2021
     cross join generate_series(1, 9) mo;
    -- Allocation paid quarterly by Försäkringskassan and the region; ESF once; Lund has not paid yet.
    insert into actual_entry (budget_item_id, year, month, amount)
    select bi.id, 2021, v.month, v.amount
      from (values ('Tilldelning Försäkringskassan', 3, 875000), ('Tilldelning Försäkringskassan', 6, 875000),
                   ('Tilldelning Försäkringskassan', 9, 875000), ('Tilldelning Region Skåne', 3, 437500),
                   ('Tilldelning Region Skåne', 6, 437500), ('Tilldelning Region Skåne', 9, 437500),
                   ('ESF-ersättning IRIS', 6, 350000)) v(item, month, amount)
      join budget_item bi on bi.name = v.item;

    -- One imported bookkeeping file (its rows: one on a line, one left without a line).
    insert into bookkeeping_import (file_name, format, content, period_start, period_end, program, company, vouchers, row_count, imported_by)
    values ('lund-2021.se', 'SIE', convert_to('#FLAGGA 0', 'UTF8'), '2021-01-01', '2021-09-30', 'Fortnox',
            'Samordningsförbundet Lund', 2, 2, 'ekonom')
    returning id into imp;
    insert into bookkeeping_row (import_id, line_no, source_kind, voucher_series, voucher_number, booked_on, account, amount, description, budget_item_id)
    values (imp, 40, 'TRANSACTION', 'A', '1', '2021-09-15', '6550', 12000, 'Konsultarvode', (select id from budget_item where name = 'Kansli')),
           (imp, 41, 'TRANSACTION', 'A', '1', '2021-09-15', '1930', -12000, 'Bank', null);
end;
$do$;
