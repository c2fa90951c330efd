-- Money of the large association (see 100-history.sql): a budget item per insats, a decided budget and a revision for
-- every year the demo has none, actuals per item and month, and one bookkeeping import a year (~100 000 rows in all).

insert into budget_item (name, direction, category, initiative_id, position)
select i.name, 'COST', 'INITIATIVE', i.id, 100 + row_number() over (order by i.id)
  from initiative i where i.short_name ~ '^I[0-9]' and i.parent_id is null;

insert into allocation_year (year, total)
select y.year, 12000000 + (y.year - 2000) * 200000 from gen_year y
 where not exists (select 1 from allocation_year a where a.year = y.year);

create temp table gen_item_year on commit drop as
select bi.id as budget_item_id, y.year, bi.category,
       case bi.category when 'ALLOCATION' then 4000000 when 'OTHER_INCOME' then 300000 when 'OFFICE' then 2500000
                        when 'BOARD' then 300000 when 'ACTIVITY' then 200000 when 'OTHER_COST' then 100000
                        else 400000 + (bi.id % 20) * 50000 end::numeric(14,2) as amount
  from budget_item bi
  cross join gen_year y
  left join initiative i on i.id = bi.initiative_id
 where bi.initiative_id is null
    or (y.year between extract(year from i.start_date) and extract(year from coalesce(i.actual_end_date, i.planned_end_date)));

create temp table gen_budget on commit drop as
select y.year, k.kind, null::bigint as version_id
  from gen_year y cross join (values ('BUDGET'), ('REVISED')) k(kind)
 where not exists (select 1 from budget_version v where v.year = y.year and v.kind = k.kind)
   and make_date(y.year, case k.kind when 'BUDGET' then 1 else 4 end, 1) - 60 < current_date;

insert into budget_version (year, kind, name, note)
select year, kind, case kind when 'BUDGET' then 'Budget ' || year || ' med plan ' || (year + 1) || '–' || (year + 2)
                             else 'Reviderad budget ' || year end, 'Genererad'
  from gen_budget order by year, kind;
update gen_budget g set version_id = v.id from budget_version v where v.year = g.year and v.kind = g.kind and v.note = 'Genererad';

insert into budget_amount (budget_version_id, budget_item_id, year, amount)
select g.version_id, iy.budget_item_id, iy.year + p, iy.amount * (1 + p * 0.02) * case g.kind when 'REVISED' then 1.03 else 1 end
  from gen_budget g
  join gen_item_year iy on iy.year = g.year
  cross join generate_series(0, case g.kind when 'BUDGET' then 2 else 0 end) p;

-- the board decides the budget in November before the year, the revision in March of the year
create temp table gen_budget_item on commit drop as
select g.version_id, g.year, g.kind, m.id as meeting_id, (select max(number) from agenda_item where meeting_id = m.id) + 1 as number
  from gen_budget g
  cross join lateral (select gm.id from gen_meeting gm
                       where gm.body_type = 'BOARD' and gm.meeting_date < current_date
                         and gm.meeting_date between case g.kind when 'BUDGET' then make_date(g.year - 1, 10, 1) else make_date(g.year, 2, 1) end
                                                 and case g.kind when 'BUDGET' then make_date(g.year - 1, 12, 31) else make_date(g.year, 4, 30) end
                       order by gm.meeting_date limit 1) m;
insert into agenda_item (meeting_id, number, title, kind, body_text, position)
select meeting_id, number, case kind when 'BUDGET' then 'Budget ' || year || ' med plan ' || (year + 1) || '–' || (year + 2)
                                     else 'Reviderad budget ' || year end,
       'DECISION', pg_temp.lorem(version_id, 3), number
  from gen_budget_item;
insert into decision (item_id, intro, outcome)
select i.id, 'Styrelsen beslutade', 'APPROVED'
  from gen_budget_item g join agenda_item i on i.meeting_id = g.meeting_id and i.number = g.number;
insert into decision_clause (decision_id, position, text)
select d.id, 1, 'att fastställa ' || lower(i.title) from gen_budget_item g
  join agenda_item i on i.meeting_id = g.meeting_id and i.number = g.number join decision d on d.item_id = i.id;
insert into decision_link (decision_id, record_id)
select d.id, v.record_id from gen_budget_item g
  join agenda_item i on i.meeting_id = g.meeting_id and i.number = g.number join decision d on d.item_id = i.id
  join budget_version v on v.id = g.version_id;
update budget_version v set decision_id = d.id
  from gen_budget_item g join agenda_item i on i.meeting_id = g.meeting_id and i.number = g.number join decision d on d.item_id = i.id
 where v.id = g.version_id;

-- actuals: every item, every past month of the years the demo does not cover
insert into actual_entry (budget_item_id, year, month, amount, note)
select iy.budget_item_id, iy.year, mo, round(iy.amount / 12 * (0.8 + ((iy.budget_item_id * 7 + mo * 13 + iy.year) % 40) / 100.0), 2), null
  from gen_item_year iy cross join generate_series(1, 12) mo
 where make_date(iy.year, mo, 28) < current_date and iy.year not in (2019, 2020, 2021, 2022)
   and not exists (select 1 from actual_entry a where a.budget_item_id = iy.budget_item_id and a.year = iy.year and a.month = mo);

-- the bookkeeping: one import a year, ~550 transactions a month
insert into bookkeeping_import (file_name, format, content, period_start, period_end, program, company, vouchers, row_count)
select 'bokforing-' || y.year || '.se', 'SIE', convert_to('#FLAGGA 0' || chr(10) || '#RAR 0 ' || y.year || '0101 ' || y.year || '1231', 'UTF8'),
       make_date(y.year, 1, 1), least(make_date(y.year, 12, 31), current_date - 1), 'Genererad', 'Samordningsförbundet', w.days * 26, w.days * 26
  from gen_year y
  cross join lateral (select count(*)::integer as days
                        from generate_series(make_date(y.year, 1, 1), least(make_date(y.year, 12, 31), current_date - 1), interval '1 day') d
                       where extract(isodow from d) < 6) w
 where y.year <> 2021;
insert into bookkeeping_row (import_id, line_no, source_kind, voucher_series, voucher_number, booked_on, account, objects, amount, description, budget_item_id)
select bi.id, row_number() over (partition by bi.id order by d, n), 'TRANSACTION', 'A', (extract(doy from d)::integer * 100 + n)::text, d,
       (array['5010', '5410', '6110', '6212', '6530', '7010', '7610', '4010'])[1 + n % 8],
       case when n % 3 = 0 then array['1:10'] when n % 3 = 1 then array['6:I' || extract(year from d)::integer || (n % 20 + 1)] else array[]::text[] end,
       round(((n * 7919 + extract(doy from d)::integer * 31) % 25000 + 100)::numeric, 2),
       pg_temp.phrase(n + extract(doy from d)::integer),
       case when n % 3 = 1 then ids.projects[1 + n % array_length(ids.projects, 1)] else ids.office end
  from bookkeeping_import bi
  cross join (select (select array_agg(id order by id) from budget_item where category = 'INITIATIVE') as projects,
                     (select min(id) from budget_item where category = 'OFFICE') as office) ids
  cross join lateral generate_series(bi.period_start, bi.period_end, interval '1 day') dd(d)
  cross join generate_series(1, 26) n
 where bi.program = 'Genererad' and extract(isodow from d) < 6;
