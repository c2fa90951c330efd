--liquibase formatted sql

-- Meetings, minutes, decisions and follow-ups after the consolidation (issue 7, issue 8 item 3):
-- every refusal a trigger raises names a constraint (the application's message is chosen by that name, never by the
-- text), the approval lock raises our own SQLSTATE SN001, and every text a user types has a maximum length.
-- The functions behave as in 002-meetings.sql; only the error codes and constraint names are new.

--changeset samordnaren:010-approval-lock-named splitStatements:false
-- The meeting row: after approval only the anslag columns, the storage place, status and version may change;
-- approval cannot be undone and an approved meeting cannot be deleted. Refusals: SN001, constraint meeting_approval_lock.
create or replace function lock_approved_meeting() returns trigger language plpgsql as $$
declare
    free_columns constant text[] := array['notice_posted_on', 'notice_removed_on', 'minutes_storage_place', 'status', 'version'];
begin
    if tg_op = 'DELETE' then
        if old.approved_at is not null then
            raise exception 'Protokollet är justerat: sammanträdet den % kan inte tas bort', old.meeting_date
                using errcode = 'SN001', constraint = 'meeting_approval_lock',
                      hint = 'Rättelser görs som nya beslut som pekar på det gamla.';
        end if;
        return old;
    end if;
    if tg_op = 'INSERT' then
        if new.approved_at is not null then
            new.status := 'APPROVED';
        end if;
        return new;
    end if;
    -- UPDATE
    if old.approved_at is null then
        if new.approved_at is not null then
            new.status := 'APPROVED';   -- approving: the one way into APPROVED
        end if;
        return new;
    end if;
    if new.approved_at is null then
        raise exception 'Protokollet är justerat: justeringen kan inte hävas (sammanträdet den %)', old.meeting_date
            using errcode = 'SN001', constraint = 'meeting_approval_lock';
    end if;
    if (to_jsonb(new) - free_columns) is distinct from (to_jsonb(old) - free_columns) then
        raise exception 'Protokollet är justerat: sammanträdet den % kan inte ändras (bara anslag och förvaringsplats)', old.meeting_date
            using errcode = 'SN001', constraint = 'meeting_approval_lock',
                  hint = 'Rättelser görs som nya beslut som pekar på det gamla.';
    end if;
    return new;
end;
$$;

-- The minutes' parts. TG_ARGV[0] names the key column that leads to the meeting (meeting_id, item_id or
-- decision_id); TG_ARGV[1..] are columns that may still change after approval.
-- Refusals: SN001, constraint <table>_approval_lock (e.g. agenda_item_approval_lock, follow_up_approval_lock).
create or replace function lock_approved_minutes() returns trigger language plpgsql as $$
declare
    key_column constant text := tg_argv[0];
    free_columns text[] := coalesce(tg_argv[1:], '{}');
    lock_name constant text := tg_table_name || '_approval_lock';
    old_meeting bigint;
    new_meeting bigint;
    what text := case tg_table_name
        when 'agenda_item' then 'paragrafen'
        when 'agenda_item_attendance' then 'närvaron vid paragrafen'
        when 'meeting_attendance' then 'närvaron'
        when 'decision' then 'beslutet'
        when 'decision_clause' then 'beslutssatsen'
        when 'decision_link' then 'beslutets koppling'
        when 'decision_reference' then 'beslutets hänvisning'
        when 'follow_up' then 'återrapporteringen'
        else tg_table_name
    end;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        old_meeting := meeting_of(key_column, (to_jsonb(old) ->> key_column)::bigint);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_meeting := meeting_of(key_column, (to_jsonb(new) ->> key_column)::bigint);
    end if;
    if tg_op = 'DELETE' then
        if meeting_is_approved(old_meeting) then
            raise exception 'Protokollet är justerat: % kan inte tas bort', what
                using errcode = 'SN001', constraint = lock_name, detail = format('%s id %s', tg_table_name, old.id);
        end if;
        return old;
    end if;
    if tg_op = 'INSERT' then
        if meeting_is_approved(new_meeting) then
            raise exception 'Protokollet är justerat: % kan inte läggas till', what
                using errcode = 'SN001', constraint = lock_name, detail = format('%s', tg_table_name);
        end if;
        return new;
    end if;
    if meeting_is_approved(old_meeting) or meeting_is_approved(new_meeting) then
        if old_meeting is distinct from new_meeting
           or (to_jsonb(new) - free_columns) is distinct from (to_jsonb(old) - free_columns) then
            raise exception 'Protokollet är justerat: % kan inte ändras', what
                using errcode = 'SN001', constraint = lock_name, detail = format('%s id %s', tg_table_name, old.id),
                      hint = 'Rättelser görs som nya beslut som pekar på det gamla.';
        end if;
    end if;
    return new;
end;
$$;

-- TRUNCATE skips row triggers: refuse it while any minutes are approved.
create or replace function refuse_truncate_of_minutes() returns trigger language plpgsql as $$
begin
    if exists (select 1 from meeting where approved_at is not null) then
        raise exception 'Protokollet är justerat: % kan inte tömmas', tg_table_name
            using errcode = 'SN001', constraint = tg_table_name || '_approval_lock';
    end if;
    return null;
end;
$$;

--changeset samordnaren:010-rule-triggers-named splitStatements:false
-- With association.paragraph_numbering = 'PER_YEAR' no number may repeat within one body and year.
-- Refusal: 23505, constraint agenda_item_number_per_year.
create or replace function check_paragraph_number_per_year(p_meeting_id bigint, p_number integer) returns void language plpgsql as $$
declare
    m record;
    dup integer;
begin
    if (select paragraph_numbering from association where id = 1) is distinct from 'PER_YEAR' then
        return;
    end if;
    select body_id, extract(year from meeting_date)::integer as year into m from meeting where id = p_meeting_id;
    if not found then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtextextended('paragraph_number:' || m.body_id || ':' || m.year, 0));
    select i.number into dup
      from agenda_item i join meeting mm on mm.id = i.meeting_id
     where mm.body_id = m.body_id and extract(year from mm.meeting_date) = m.year
       and (i.number = p_number
            or (p_number is null and i.number in (select number from agenda_item where meeting_id = p_meeting_id)))
     group by i.number having count(*) > 1
     order by i.number limit 1;
    if found then
        raise exception 'Paragrafnummer § % finns redan hos organet år % (numreringen löper över året)', dup, m.year
            using errcode = '23505', constraint = 'agenda_item_number_per_year';
    end if;
end;
$$;

-- A proposal goes to another body; an answer answers a proposal made to its own body, earlier or the
-- same day; a correction corrects an earlier decision. Each refusal names its rule.
create or replace function check_decision_references() returns trigger language plpgsql as $$
declare
    own record;
    other record;
begin
    select m.body_id, m.meeting_date into own
      from agenda_item i join meeting m on m.id = i.meeting_id where i.id = new.item_id;
    if new.proposal_to_body_id is not null and new.proposal_to_body_id = own.body_id then
        raise exception 'Ett förslag ska gå till ett annat organ än det som beslutar'
            using errcode = '23514', constraint = 'decision_proposal_to_other_body';
    end if;
    if new.answers_proposal_id is not null then
        select d.outcome, d.proposal_to_body_id, m.meeting_date into other
          from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
         where d.id = new.answers_proposal_id;
        if other.outcome <> 'PROPOSAL' or other.proposal_to_body_id <> own.body_id then
            raise exception 'Beslutet kan bara besvara ett förslag som ställts till det egna organet'
                using errcode = '23514', constraint = 'decision_answers_own_proposal';
        end if;
        if other.meeting_date > own.meeting_date then
            raise exception 'Beslutet kan inte besvara ett förslag från ett senare sammanträde'
                using errcode = '23514', constraint = 'decision_answers_earlier_proposal';
        end if;
    end if;
    if new.corrects_decision_id is not null then
        select m.meeting_date into other
          from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
         where d.id = new.corrects_decision_id;
        if other.meeting_date > own.meeting_date then
            raise exception 'Ett beslut kan bara rätta ett tidigare beslut'
                using errcode = '23514', constraint = 'decision_corrects_earlier';
        end if;
    end if;
    return null;
end;
$$;

-- The closing § and the due meeting cannot lie before the decision that set the condition.
create or replace function check_follow_up_dates() returns trigger language plpgsql as $$
declare
    decided date;
begin
    select m.meeting_date into decided
      from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
     where d.id = new.decision_id;
    if new.closed_by_item_id is not null and
       (select m.meeting_date from agenda_item i join meeting m on m.id = i.meeting_id where i.id = new.closed_by_item_id) < decided then
        raise exception 'Återrapporteringen kan inte stängas av en paragraf från före beslutet'
            using errcode = '23514', constraint = 'follow_up_closed_before_decision';
    end if;
    if new.due_meeting_id is not null and (select meeting_date from meeting where id = new.due_meeting_id) < decided then
        raise exception 'Återrapporteringen kan inte ha ett sammanträde före beslutet som förfallodag'
            using errcode = '23514', constraint = 'follow_up_due_before_decision';
    end if;
    return null;
end;
$$;

--changeset samordnaren:010-text-lengths
-- Maximum lengths of what users type (issue 8 item 3): names, titles and references 300 characters, long texts 50 000.
-- The forms and the services check the same limits (common.Texts.SHORT / LONG).
alter table meeting
    add constraint meeting_location_length check (char_length(location) <= 300),
    add constraint meeting_approval_place_length check (char_length(approval_place) <= 300),
    add constraint meeting_minutes_storage_place_length check (char_length(minutes_storage_place) <= 300);
alter table meeting_attendance
    add constraint meeting_attendance_capacity_length check (char_length(capacity) <= 300),
    add constraint meeting_attendance_only_items_length check (char_length(only_items) <= 300);
alter table agenda_item
    add constraint agenda_item_title_length check (char_length(title) <= 300),
    add constraint agenda_item_case_number_length check (char_length(case_number) <= 300),
    add constraint agenda_item_body_text_length check (char_length(body_text) <= 50000);
alter table agenda_item_attendance
    add constraint agenda_item_attendance_note_length check (char_length(note) <= 300);
alter table decision
    add constraint decision_intro_length check (char_length(intro) <= 300);
alter table decision_clause
    add constraint decision_clause_text_length check (char_length(text) <= 50000);
alter table decision_reference
    add constraint decision_reference_text_length check (char_length(text) <= 300);
alter table decision_link
    add constraint decision_link_note_length check (char_length(note) <= 300);
alter table follow_up
    add constraint follow_up_description_length check (char_length(description) <= 50000),
    add constraint follow_up_closed_note_length check (char_length(closed_note) <= 50000);
