--liquibase formatted sql

--changeset samordnaren:041-money-year-indexes splitStatements:false
-- Performance (docs/performance.md, the dashboard): every reader of actual_monthly asks for one year (the dashboard's
-- budget and insatser regions and its PDF report, the actuals grid). PostgreSQL already pushes the year
-- through the view's group by and union into both branches, but then had nothing to find a year's rows with and read
-- all of bookkeeping_row (94 000 rows on 15 years, more every year) and actual_entry to keep one year's. The first
-- index is on the view's own expression, so the pushed-down filter is an index condition with the view unchanged
-- (same rows, same figures, same columns); budget_item_id second serves "this line in this year"
-- (the actuals grid's exists per line).
create index bookkeeping_row_year_idx on bookkeeping_row ((extract(year from booked_on)::integer), budget_item_id);
create index actual_entry_year_idx on actual_entry (year, budget_item_id);

--changeset samordnaren:041-funding-demand-year-direct splitStatements:false
-- Performance (the dashboard's pipeline, also the beredningsgrupp's start page): funding_demand_year read the
-- undecided applications through funding_application_overview, which also looks up each one's first version and
-- latest step (left lateral joins PostgreSQL cannot drop) that the demand never uses: three lookups per application
-- where one is needed. Same columns, same rows: the latest version's requested amounts per year.
create or replace view funding_demand_year as
select i.expected_year as year, 'IDEA'::text as source, count(*)::integer as item_count,
       coalesce(sum(i.rough_amount), 0)::numeric(14,2) as amount
  from idea i
 where i.status = 'IDEA' and i.expected_year is not null
 group by i.expected_year
union all
select r.year, 'APPLICATION', count(distinct a.id)::integer, sum(r.amount)::numeric(14,2)
  from funding_application a
 cross join lateral (select v.id from funding_application_version v where v.application_id = a.id
                      order by v.version_no desc limit 1) latest
  join application_requested_amount r on r.version_id = latest.id
 where a.status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK')
 group by r.year;
