--liquibase formatted sql

-- Insatser, consolidated (issue 7 and issue 8 item 3):
-- * one function knows which decision outcomes grant money (Java: InitiativeService.grantsMoney, a test holds
--   them equal); the grant trigger uses it;
-- * every error the insats triggers raise names a constraint (InitiativeRefusals maps the names to Swedish
--   messages; nobody reads the message text); the approval lock on grants raises our own SQLSTATE SN001;
-- * maximum lengths of the texts people type (Texts.SHORT = 300, Texts.LONG = 50 000), so a 10 000-character
--   name is refused with a message instead of failing in the name index.
-- Behaviour is otherwise the same as in 003-initiatives.sql.

--changeset samordnaren:011-decision-outcome-grants-money splitStatements:false
-- Money rests on a decision that grants or approves (or a delegation decision reported to the board): not on a
-- proposal, a rejection, a referral back, a postponement or a § merely noted.
create function decision_outcome_grants_money(outcome text) returns boolean language sql immutable as $$
    select coalesce(outcome in ('GRANTED', 'APPROVED', 'DELEGATION_REPORTED'), false)
$$;

create or replace function check_initiative_grant() returns trigger language plpgsql as $$
declare
    outcome text;
    year_total numeric;
begin
    if tg_op = 'DELETE' then
        select coalesce(sum(amount), 0) into year_total
          from initiative_grant where initiative_id = old.initiative_id and year = old.year;
        if year_total < 0 then
            raise exception 'Beviljade medel för % kan inte bli negativa (summa % kr)', old.year, year_total
                using errcode = '23514', constraint = 'initiative_grant_not_negative';
        end if;
        return null;
    end if;
    if new.decision_id is not null then
        select d.outcome into outcome from decision d where d.id = new.decision_id;
        if not decision_outcome_grants_money(outcome) then
            raise exception 'Beviljade medel måste bygga på ett beslut som beviljar eller godkänner (beslutet är %)',
                case outcome when 'PROPOSAL' then 'ett förslag' when 'REJECTED' then 'ett avslag'
                             when 'REFERRED_BACK' then 'en återremiss' when 'POSTPONED' then 'en bordläggning'
                             when 'NOTED' then 'en anteckning' else outcome end
                using errcode = '23514', constraint = 'initiative_grant_decision_grants',
                      detail = format('decision id %s, outcome %s', new.decision_id, outcome);
        end if;
    end if;
    select coalesce(sum(amount), 0) into year_total
      from initiative_grant where initiative_id = new.initiative_id and year = new.year;
    if year_total < 0 then
        raise exception 'Beviljade medel för % kan inte bli negativa: justeringen frigör mer än som beviljats (summa % kr)', new.year, year_total
            using errcode = '23514', constraint = 'initiative_grant_not_negative',
                  detail = format('initiative id %s, year %s', new.initiative_id, new.year);
    end if;
    return null;
end;
$$;

--changeset samordnaren:011-named-trigger-refusals splitStatements:false
create or replace function check_initiative_parent() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null then
        if exists (select 1 from initiative where id = new.parent_id and parent_id is not null) then
            raise exception 'Ett delprojekt kan inte ha egna delprojekt'
                using errcode = '23514', constraint = 'initiative_parent_is_sub_project';
        end if;
        if exists (select 1 from initiative where parent_id = new.id) then
            raise exception 'En insats med delprojekt kan inte själv bli delprojekt'
                using errcode = '23514', constraint = 'initiative_has_sub_projects';
        end if;
    end if;
    return null;
end;
$$;

create or replace function check_initiative_status_change() returns trigger language plpgsql as $$
begin
    if not initiative_status_allowed(old.status, new.status) then
        raise exception 'Insatsens status kan inte ändras från % till %',
            initiative_status_label_sv(old.status), initiative_status_label_sv(new.status)
            using errcode = '23514', constraint = 'initiative_status_change',
                  detail = format('initiative id %s: %s -> %s', old.id, old.status, new.status);
    end if;
    return new;
end;
$$;

create or replace function lock_initiative_grant() returns trigger language plpgsql as $$
declare
    free_columns constant text[] := array['note', 'opening_reference', 'version'];
begin
    if tg_op = 'UPDATE' then
        if (to_jsonb(new) - free_columns) is distinct from (to_jsonb(old) - free_columns) then
            raise exception 'Beviljade medel ändras inte i efterhand: registrera en justering (ökning, minskning, avbrott) med sitt beslut'
                using errcode = '23514', constraint = 'initiative_grant_append_only',
                      detail = format('initiative_grant id %s', old.id);
        end if;
        return new;
    end if;
    -- DELETE
    if old.decision_id is not null and meeting_is_approved(meeting_of('decision_id', old.decision_id)) then
        raise exception 'Protokollet är justerat: beviljade medel från beslutet kan inte tas bort'
            using errcode = 'SN001', constraint = 'initiative_grant_approved_minutes',
                  detail = format('initiative_grant id %s', old.id),
                  hint = 'Registrera en justering med ett nytt beslut.';
    end if;
    return old;
end;
$$;

--changeset samordnaren:011-text-lengths splitStatements:false
-- The longest texts a form accepts (ui.Fields) and the services check (Texts.requireMaxLength), checked here last.
alter table initiative
    add constraint initiative_name_length check (char_length(name) <= 300),
    add constraint initiative_short_name_length check (char_length(short_name) <= 300),
    add constraint initiative_owner_name_length check (char_length(owner_name) <= 300),
    add constraint initiative_sus_reference_length check (char_length(sus_reference) <= 300),
    add constraint initiative_contact_length check (char_length(contact) <= 300),
    add constraint initiative_target_group_length check (char_length(target_group) <= 50000),
    add constraint initiative_description_length check (char_length(description) <= 50000),
    add constraint initiative_staff_notes_length check (char_length(staff_notes) <= 50000);
alter table initiative_member
    add constraint initiative_member_role_note_length check (char_length(role_note) <= 300);
alter table co_financing
    add constraint co_financing_source_name_length check (char_length(source_name) <= 300),
    add constraint co_financing_note_length check (char_length(note) <= 50000);
alter table initiative_grant
    add constraint initiative_grant_opening_reference_length check (char_length(opening_reference) <= 300),
    add constraint initiative_grant_note_length check (char_length(note) <= 50000);
alter table initiative_report
    add constraint initiative_report_title_length check (char_length(title) <= 300),
    add constraint initiative_report_summary_length check (char_length(summary) <= 50000);

--changeset samordnaren:011-timeline-parts splitStatements:false
-- The timeline's parts, so the UI words each event in the user's language (the Swedish title stays for SQL):
-- subject (the §'s title, the application's title, the report's title, the condition), year (of money),
-- outcome (of an application step; the status for ENDED) and version_no (of the application).
create or replace view initiative_timeline as
select i.id as initiative_id, i.start_date as occurred_on, 'STARTED'::text as event_kind, 'Insatsen startar'::text as title,
       null::text as detail, null::numeric(14,2) as amount,
       null::bigint as decision_id, null::bigint as item_id, null::bigint as meeting_id, null::integer as paragraph_number,
       null::text as body_name, null::text as paragraph_prefix, 10 as sort_key, i.id as source_id,
       null::text as subject, null::integer as year, null::text as outcome, null::integer as version_no
  from initiative i where i.start_date is not null
union all
select i.id, dp.meeting_date, 'DECISION', dp.item_title, l.note, null,
       dp.decision_id, dp.item_id, dp.meeting_id, dp.paragraph_number, dp.body_name, dp.paragraph_prefix, 20, l.id,
       dp.item_title, null, null, null
  from initiative i
  join decision_link l on l.record_id = i.record_id
  join decision_place dp on dp.decision_id = l.decision_id
union all
select g.initiative_id, g.decided_on,
       case when g.is_opening_balance then 'OPENING_BALANCE' else 'GRANT_' || g.kind end,
       grant_kind_label_sv(g.kind) || ' för ' || g.year || case when g.is_opening_balance then ' (ingående, beslutat före systemet)' else '' end,
       coalesce(g.opening_reference, g.note), g.amount,
       g.decision_id, g.item_id, g.meeting_id, g.paragraph_number, g.body_name, g.paragraph_prefix, 30, g.grant_id,
       null, g.year, null, null
  from initiative_grant_ledger g
union all
select a.initiative_id, s.occurred_on, 'APPLICATION_' || s.step,
       case s.step
           when 'RECEIVED' then 'Ansökan inkom: ' || v.title || case when v.version_no > 1 then ' (version ' || v.version_no || ')' else '' end
           when 'PREPARED' then 'Beredd av beredningsgruppen: ' || case s.outcome when 'APPROVE' then 'förslag om bifall'
                                when 'REJECT' then 'förslag om avslag' else 'begär komplettering' end
           when 'AU_PROPOSAL' then 'Arbetsutskottets förslag: ' || case s.outcome when 'APPROVE' then 'bifall'
                                when 'REJECT' then 'avslag' when 'REFER_BACK' then 'återremiss' else 'bordläggning' end
           when 'BOARD_DECISION' then 'Beslut om ansökan: ' || case s.outcome when 'APPROVE' then 'bifall'
                                when 'REJECT' then 'avslag' when 'REFER_BACK' then 'återremiss' else 'bordläggning' end
           else 'Ansökan återtogs'
       end,
       s.notes, null,
       s.decision_id, dp.item_id, dp.meeting_id, dp.paragraph_number, dp.body_name, dp.paragraph_prefix, 15, s.id,
       v.title, null, s.outcome, v.version_no
  from application_step s
  join funding_application a on a.id = s.application_id
  join funding_application_version v on v.id = s.version_id
  left join decision_place dp on dp.decision_id = s.decision_id
 where a.initiative_id is not null
union all
select r.initiative_id, r.received_on, 'REPORT_' || r.kind,
       report_kind_label_sv(r.kind) || coalesce(': ' || r.title, ''), r.summary, null,
       null, pi.id, pm.id, pi.number, pb.name, pb.paragraph_prefix, 40, r.id,
       r.title, null, null, null
  from initiative_report r
  left join agenda_item pi on pi.id = r.presented_item_id
  left join meeting pm on pm.id = pi.meeting_id
  left join body pb on pb.id = pm.body_id
union all
select c.initiative_id, c.decided_on, 'CONDITION_SET', 'Villkor: ' || c.description, null, null,
       c.decision_id, null, c.decided_at_meeting_id, c.paragraph_number, c.body_name, c.paragraph_prefix, 25, c.follow_up_id,
       c.description, null, null, null
  from initiative_condition c
union all
select c.initiative_id, c.closed_on, 'CONDITION_MET', 'Villkor uppfyllt: ' || c.description, c.closed_note, null,
       d.id, c.closed_by_item_id, c.closed_at_meeting_id, c.closed_by_paragraph_number, cb.name, cb.paragraph_prefix, 26, c.follow_up_id,
       c.description, null, null, null
  from initiative_condition c
  join meeting cm on cm.id = c.closed_at_meeting_id
  join body cb on cb.id = cm.body_id
  left join decision d on d.item_id = c.closed_by_item_id
 where c.status = 'CLOSED'
union all
select i.id, i.actual_end_date, 'ENDED', case i.status when 'STOPPED' then 'Insatsen avbröts' else 'Insatsen avslutades' end,
       null, null, null, null, null, null, null, null, 90, i.id,
       null, null, i.status, null
  from initiative i where i.actual_end_date is not null;
