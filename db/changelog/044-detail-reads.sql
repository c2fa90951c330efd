--liquibase formatted sql

--changeset samordnaren:044-follow-up-overdue splitStatements:false
-- Performance (docs/performance.md, issue 12): the meeting view and the insats detail read follow-ups straight from
-- follow_up (a view with joins the reader does not need costs planning time on every opening), so the rule for
-- "overdue" that follow_up_status and initiative_condition each spelled out is now one function they all call. It is
-- a plain SQL expression (stable for current_date), so PostgreSQL inlines it: same plans, same results.
create or replace function follow_up_overdue(p_status text, p_due_date date, p_due_meeting_status text,
                                             p_due_meeting_date date)
    returns boolean language sql stable parallel safe as
$$ select p_status = 'OPEN' and (p_due_date < current_date
                                 or p_due_meeting_status in ('HELD', 'APPROVED')
                                 or p_due_meeting_date < current_date) $$;
comment on function follow_up_overdue(text, date, text, date) is
    'Whether a follow-up is overdue: open and either its due date has passed or its due meeting has been held (status HELD/APPROVED, or its date has passed).';

create or replace view follow_up_status as
select f.id, f.decision_id, d.item_id, i.meeting_id as decided_at_meeting_id, dm.meeting_date as decided_on,
       f.description, f.responsible_person_id, f.due_date, f.due_meeting_id, due.meeting_date as due_meeting_date,
       coalesce(f.due_date, due.meeting_date) as due_on,
       f.status, f.closed_by_item_id, f.closed_note, f.version,
       follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date) as overdue
  from follow_up f
  join decision d on d.id = f.decision_id
  join agenda_item i on i.id = d.item_id
  join meeting dm on dm.id = i.meeting_id
  left join meeting due on due.id = f.due_meeting_id;

create or replace view initiative_condition as
select i.id as initiative_id, f.id as follow_up_id, f.decision_id, f.description,
       coalesce(f.due_date, due.meeting_date) as due_on, f.due_meeting_id,
       f.status,
       follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date) as overdue,
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
