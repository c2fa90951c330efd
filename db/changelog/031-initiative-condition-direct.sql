--liquibase formatted sql

--changeset samordnaren:031-initiative-condition-direct splitStatements:false
-- Performance (docs/performance.md): initiative_condition joined follow_up_status and decision_place, i.e. decision,
-- agenda_item and meeting twice, and PostgreSQL built the § place of every decision (13 500 on 15 years) to keep the
-- few conditions of one insats; the insats detail reads it twice more through initiative_timeline. The same columns
-- now come from one chain of key lookups from the insats's links (overdue as in follow_up_status).
create or replace view initiative_condition as
select i.id as initiative_id, f.id as follow_up_id, f.decision_id, f.description,
       coalesce(f.due_date, due.meeting_date) as due_on, f.due_meeting_id,
       f.status,
       (f.status = 'OPEN' and (f.due_date < current_date
            or due.status in ('HELD', 'APPROVED')
            or due.meeting_date < current_date)) as overdue,
       f.closed_note, f.responsible_person_id,
       dm.id as decided_at_meeting_id, dm.meeting_date as decided_on, db.name as body_name, di.number as paragraph_number,
       db.paragraph_prefix,
       f.closed_by_item_id, cm.id as closed_at_meeting_id, cm.meeting_date as closed_on, ci.number as closed_by_paragraph_number
  from initiative i
  join decision_link l on l.record_id = i.record_id
  join follow_up f on f.decision_id = l.decision_id
  join decision d on d.id = f.decision_id
  join agenda_item di on di.id = d.item_id
  join meeting dm on dm.id = di.meeting_id
  join body db on db.id = dm.body_id
  left join meeting due on due.id = f.due_meeting_id
  left join agenda_item ci on ci.id = f.closed_by_item_id
  left join meeting cm on cm.id = ci.meeting_id;
