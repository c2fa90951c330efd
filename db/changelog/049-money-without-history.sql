--liquibase formatted sql

--changeset samordnaren:049-coming-demand splitStatements:false
-- Coming demand (funding_demand_year: the start page's money, the dashboard's pipeline and its PDF report, the ideas
-- page) is money the board may still be asked for: the current year and later. An undecided application's or an open
-- idea's year before the current one is money of a closed year, which no decision can grant any more (a late
-- application is revised to later years, a stale idea is dropped or moved), so it is left out, for ideas and
-- applications alike; the ideas page still lists such ideas. The year is the database's current_date, as the
-- follow-ups' overdue rule.
--
-- Performance (docs/performance.md, issue 12): the undecided applications are read through a partial index holding
-- only them, so the demand reads the few applications waiting for a decision, not the status index's share of every
-- application of the association's history (index-only: the ids, then each one's latest version and its amounts).
create index funding_application_undecided_idx on funding_application (id)
    where status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK');

create or replace view funding_demand_year as
select i.expected_year as year, 'IDEA'::text as source, count(*)::integer as item_count,
       coalesce(sum(i.rough_amount), 0)::numeric(14,2) as amount
  from idea i
 where i.status = 'IDEA' and i.expected_year >= extract(year from current_date)::integer
 group by i.expected_year
union all
select r.year, 'APPLICATION', count(distinct a.id)::integer, sum(r.amount)::numeric(14,2)
  from funding_application a
 cross join lateral (select v.id from funding_application_version v where v.application_id = a.id
                      order by v.version_no desc limit 1) latest
  join application_requested_amount r on r.version_id = latest.id
 where a.status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK')
   and r.year >= extract(year from current_date)::integer
 group by r.year;

--changeset samordnaren:049-equity-forecast-horizon splitStatements:false
-- Performance (the dashboard's equity region, the equity page): the forecast needs the budget plan only for the years
-- after the last annual result, but read it through budget_plan for every year of the history, which looks up the
-- deciding meeting of every budget version ever decided (budget_version_decided) before the years were filtered.
-- The same plan, restricted before the lookup: the years after the last annual result, and only the versions that can
-- cover them (a version covers its year and the two after, budget_amount_year_in_plan, so a version of a year before
-- the last result's year - 1 has no amount for a later year). The allocation from the plan is summed with the result
-- from the same rows. Same columns, same rows.
create or replace view equity_forecast as
with last_result as (
    select year, equity_end from annual_result order by year desc limit 1
), plan as (
    select distinct on (a.year, a.budget_item_id) a.year, a.budget_item_id, a.amount
      from budget_amount a
      join budget_version_decided d on d.budget_version_id = a.budget_version_id
     where a.year > (select max(r.year) from annual_result r)
       and d.year >= (select max(r.year) from annual_result r) - 1
     order by a.year, a.budget_item_id, d.year desc, d.decided_on desc, d.budget_version_id desc
), plan_result as (
    select p.year,
           sum(case bi.direction when 'INCOME' then p.amount else 0 end)::numeric(14,2) as income,
           sum(case bi.direction when 'COST' then p.amount else 0 end)::numeric(14,2) as costs,
           sum(case bi.direction when 'INCOME' then p.amount else -p.amount end)::numeric(14,2) as result,
           sum(p.amount) filter (where bi.category = 'ALLOCATION') as allocation_income
      from plan p
      join budget_item bi on bi.id = p.budget_item_id
     group by p.year
), planned as (
    select pr.year, pr.income, pr.costs, pr.result,
           lr.equity_end + sum(pr.result) over (order by pr.year) as equity_end,
           coalesce(y.total, pr.allocation_income) as allocation
      from plan_result pr
     cross join last_result lr
      left join allocation_year y on y.year = pr.year
     where pr.year > lr.year
)
select p.year, p.income, p.costs, p.result, p.equity_end::numeric(14,2) as equity_end, p.allocation::numeric(14,2) as allocation,
       g.max_share, g.source,
       round(p.allocation * g.max_share / 100, 2)::numeric(14,2) as allowed,
       (p.equity_end - round(p.allocation * g.max_share / 100, 2))::numeric(14,2) as excess
  from planned p
  left join lateral guideline_step_for(make_date(p.year, 12, 31), p.allocation) g on true;
