--liquibase formatted sql

--changeset samordnaren:047-application-first-received splitStatements:false
-- Performance (docs/performance.md, issue 12): the application list's default order is the date the application
-- first came in (its first version's received_on). Computed from the versions, every application had to be looked up
-- before the first page was known, so the list grew with the history. The date is now kept on the application itself,
-- by the database, with an index in the list's order: the first page is the first rows of that index.
alter table funding_application add column first_received_on date;
comment on column funding_application.first_received_on is
    'The received_on of the application''s first version (lowest version_no); null while it has none. Kept by the trigger funding_application_version_first_received: never written by hand.';

-- Kept like status (sync_funding_application_status): derived, so it does not bump the row's optimistic-locking
-- version, and written only when it changes (a revision, version 2 or later, leaves it as it is). The audit trigger
-- records the change when it happens (a corrected first version's date).
create function sync_application_first_received() returns trigger language plpgsql as $$
declare
    app_id bigint;
begin
    for app_id in select distinct x from unnest(array[
            case when tg_op in ('INSERT', 'UPDATE') then new.application_id end,
            case when tg_op in ('UPDATE', 'DELETE') then old.application_id end]) x where x is not null loop
        update funding_application a
           set first_received_on = f.received_on
          from (select (select v.received_on from funding_application_version v
                         where v.application_id = app_id order by v.version_no limit 1) as received_on) f
         where a.id = app_id and a.first_received_on is distinct from f.received_on;
    end loop;
    return null;
end;
$$;
create trigger funding_application_version_first_received
    after insert or delete or update of received_on, version_no, application_id on funding_application_version
    for each row execute function sync_application_first_received();

-- The existing applications. This copies a value the versions already hold, so it is not written to the audit trail
-- as 1 955 changes by the migration (the audit trigger is off for this statement only; the changeset is one
-- transaction, and adding the column already locks the table).
alter table funding_application disable trigger audit_funding_application;
update funding_application a
   set first_received_on = (select v.received_on from funding_application_version v
                             where v.application_id = a.id order by v.version_no limit 1);
alter table funding_application enable trigger audit_funding_application;
-- Statistics for the new column now, so the list's first plans know how the dates spread.
analyze funding_application;

-- The list's default order (first received, newest first, then the newest id) and its received-year filter (a range
-- of this index).
create index funding_application_first_received_idx on funding_application (first_received_on desc, id desc);

-- The overview reads the stored date instead of looking up each application's first version: same columns, same
-- values (the trigger keeps them equal), one lateral lookup fewer for its other readers (the list sorted by title,
-- money or step; the agenda).
create or replace view funding_application_overview as
select a.id as application_id, a.status, a.applicant_member_id, coalesce(m.name, a.applicant_name) as applicant,
       a.initiative_id, a.case_number, a.record_id, a.version,
       v.id as version_id, v.version_no, v.title, v.received_on, v.target_group, v.orientation, v.period_start, v.period_end,
       (select coalesce(sum(r.amount), 0) from application_requested_amount r where r.version_id = v.id)::numeric(14,2) as requested_total,
       a.first_received_on,
       ls.step as last_step, ls.occurred_on as last_step_on, ls.decision_id as last_decision_id
  from funding_application a
  left join member m on m.id = a.applicant_member_id
  left join lateral (select * from funding_application_version where application_id = a.id order by version_no desc limit 1) v on true
  left join lateral (select step, occurred_on, decision_id from application_step where application_id = a.id
                      order by occurred_on desc, id desc limit 1) ls on true;
