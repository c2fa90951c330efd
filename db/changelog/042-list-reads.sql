--liquibase formatted sql

--changeset samordnaren:042-list-reads splitStatements:false
-- Performance of the start page and the lists (docs/performance.md, issue 12).

-- The years that have decisions (the decision register's year filter), newest first. `select distinct year` over every
-- decision read all 13 500 of them on 15 years; this walks meeting_date_idx one year at a time (a loose index scan):
-- per year, the first meeting on or after 1 January that has a decision, then the next year. Cost ~ number of years.
create view decision_year as
with recursive y(year) as (
    select (select extract(year from m.meeting_date)::integer from meeting m
             where exists (select 1 from agenda_item i join decision d on d.item_id = i.id where i.meeting_id = m.id)
             order by m.meeting_date limit 1)
    union all
    select (select extract(year from m.meeting_date)::integer from meeting m
             where m.meeting_date >= make_date(y.year + 1, 1, 1)
               and exists (select 1 from agenda_item i join decision d on d.item_id = i.id where i.meeting_id = m.id)
             order by m.meeting_date limit 1)
      from y where y.year is not null)
select y.year from y where y.year is not null;

-- The same for meetings (the meeting list's year filter): one index probe per year instead of every meeting.
create view meeting_year as
with recursive y(year) as (
    select (select extract(year from min(m.meeting_date))::integer from meeting m)
    union all
    select (select extract(year from min(m.meeting_date))::integer from meeting m
             where m.meeting_date >= make_date(y.year + 1, 1, 1))
      from y where y.year is not null)
select y.year from y where y.year is not null;

-- The first and the latest version of an application without reading the version rows: the application list orders
-- by the first version's received date and its totals sum the latest version's amounts, for every application.
create index funding_application_version_order_idx on funding_application_version (application_id, version_no)
    include (id, received_on);

-- (Coming demand, funding_demand_year, reads the latest versions directly since 041.)

--changeset samordnaren:042-list-reads-open-meetings
-- The start page's next planned meeting and its count of held meetings waiting for approval: both looked for among
-- the few meetings not yet approved, instead of a scan of every meeting (approved ones are nearly all of them).
create index meeting_not_approved_idx on meeting (status, meeting_date) where status <> 'APPROVED';
