--liquibase formatted sql

-- Funding applications and ideas (issue 7 and issue 8 item 3): the application's triggers name the rule they enforce
-- (a constraint name the application feature translates into its Swedish message, application.ApplicationRefusals),
-- and every text a user types has a maximum length, the same the forms and the services check.

--changeset samordnaren:012-application-named-refusals splitStatements:false
-- Same behaviour as in 003; only the raised errors now carry a constraint name.
create or replace function lock_frozen_application_version() returns trigger language plpgsql as $$
declare
    version_key bigint;
begin
    if tg_table_name = 'funding_application_version' then
        version_key := old.id;
        if tg_op = 'UPDATE' and (to_jsonb(new) - 'version') is not distinct from (to_jsonb(old) - 'version') then
            return new;
        end if;
    elsif tg_table_name = 'attachment' then
        version_key := case when tg_op = 'INSERT' then new.application_version_id else old.application_version_id end;
        if version_key is null then
            return coalesce(new, old);
        end if;
    else
        version_key := case when tg_op = 'INSERT' then new.version_id else old.version_id end;
    end if;
    if application_version_frozen(version_key) then
        raise exception 'Ansökans version % är låst eftersom den har beretts, föreslagits eller beslutats eller ersatts av en nyare version',
            (select version_no from funding_application_version where id = version_key)
            using errcode = '23514', constraint = 'application_version_frozen',
                  detail = format('%s, funding_application_version id %s', tg_table_name, version_key),
                  hint = 'En reviderad ansökan registreras som en ny version.';
    end if;
    return coalesce(new, old);
end;
$$;

create or replace function check_application_step() returns trigger language plpgsql as $$
declare
    d record;
    app record;
    latest_version bigint;
    last_step date;
    allowed text[];
begin
    if new.decision_id is not null then
        select dd.outcome, m.meeting_date, b.body_type into d
          from decision dd join agenda_item i on i.id = dd.item_id join meeting m on m.id = i.meeting_id
          join body b on b.id = m.body_id
         where dd.id = new.decision_id;
        if new.occurred_on is null then
            new.occurred_on := d.meeting_date;
        elsif new.occurred_on <> d.meeting_date then
            raise exception 'Steget ska ha samma datum som sammanträdet där beslutet fattades (%)', d.meeting_date
                using errcode = '23514', constraint = 'application_step_meeting_date';
        end if;
        allowed := case
            when new.step = 'AU_PROPOSAL' and new.outcome in ('APPROVE', 'REJECT') then array['PROPOSAL']
            -- the one rule of which outcomes grant money (011: decision_outcome_grants_money)
            when new.step = 'BOARD_DECISION' and new.outcome = 'APPROVE' then
                case when decision_outcome_grants_money(d.outcome) then array[d.outcome] else array[]::text[] end
            when new.step = 'BOARD_DECISION' and new.outcome = 'REJECT' then array['REJECTED']
            when new.step in ('AU_PROPOSAL', 'BOARD_DECISION') and new.outcome = 'REFER_BACK' then array['REFERRED_BACK']
            when new.step in ('AU_PROPOSAL', 'BOARD_DECISION') and new.outcome = 'POSTPONE' then array['POSTPONED']
        end;
        if allowed is not null and not d.outcome = any (allowed) then
            raise exception 'Stegets utfall (%) stämmer inte med beslutet i protokollet (%)', new.outcome, d.outcome
                using errcode = '23514', constraint = 'application_step_outcome_matches_decision',
                      detail = format('decision id %s', new.decision_id);
        end if;
        if new.step = 'AU_PROPOSAL' and d.body_type <> 'WORKING_COMMITTEE' then
            raise exception 'Arbetsutskottets förslag ska komma från ett sammanträde med arbetsutskottet'
                using errcode = '23514', constraint = 'application_step_au_body';
        end if;
    end if;

    if tg_op = 'INSERT' then
        select * into app from funding_application where id = new.application_id;
        if app.status in ('DECIDED_GRANTED', 'WITHDRAWN')
           or (app.status = 'DECIDED_REJECTED' and new.step <> 'RECEIVED') then
            raise exception 'Ansökan är redan avgjord (%) och kan inte få fler steg', app.status
                using errcode = '23514', constraint = 'application_step_after_decision',
                      hint = 'Efter avslag kan sökanden lämna in en reviderad ansökan (ny version).';
        end if;
        select id into latest_version from funding_application_version
         where application_id = new.application_id order by version_no desc limit 1;
        if new.version_id <> latest_version then
            raise exception 'Steget ska gälla ansökans senaste version'
                using errcode = '23514', constraint = 'application_step_latest_version';
        end if;
        select max(occurred_on) into last_step from application_step where application_id = new.application_id;
        if new.occurred_on < last_step then
            raise exception 'Steget kan inte ligga före ansökans senaste steg (%)', last_step
                using errcode = '23514', constraint = 'application_step_order';
        end if;
        if new.step = 'BOARD_DECISION' and new.outcome = 'APPROVE' and app.initiative_id is null then
            raise exception 'Ange vilken insats ansökan skapar eller förlänger innan bifallet registreras'
                using errcode = '23514', constraint = 'application_step_grant_needs_initiative';
        end if;
    end if;
    return new;
end;
$$;

-- The approval lock's own SQLSTATE (DatabaseRefusals.APPROVAL_LOCK), with the name of this lock.
create or replace function lock_decided_application_step() returns trigger language plpgsql as $$
begin
    if old.decision_id is not null and meeting_is_approved(meeting_of('decision_id', old.decision_id))
       and (tg_op = 'DELETE' or (to_jsonb(new) - array['notes', 'version']) is distinct from (to_jsonb(old) - array['notes', 'version'])) then
        raise exception 'Protokollet är justerat: ansökans beslutssteg kan inte % ', case tg_op when 'DELETE' then 'tas bort' else 'ändras' end
            using errcode = 'SN001', constraint = 'application_step_decided_lock',
                  detail = format('application_step id %s', old.id);
    end if;
    return coalesce(new, old);
end;
$$;

--changeset samordnaren:012-application-text-lengths
-- Names, titles and references at most 300 characters (common.Texts.SHORT), long texts at most 50 000 (Texts.LONG).
alter table funding_application
    add constraint funding_application_applicant_name_length check (char_length(applicant_name) <= 300),
    add constraint funding_application_case_number_length check (char_length(case_number) <= 300),
    add constraint funding_application_contact_length check (char_length(contact) <= 300);
alter table funding_application_version
    add constraint funding_application_version_title_length check (char_length(title) <= 300),
    add constraint funding_application_version_target_group_length check (char_length(target_group) <= 300),
    add constraint funding_application_version_description_length check (char_length(description) <= 50000),
    add constraint funding_application_version_change_note_length check (char_length(change_note) <= 50000);
alter table application_step
    add constraint application_step_notes_length check (char_length(notes) <= 50000);
alter table idea
    add constraint idea_title_length check (char_length(title) <= 300),
    add constraint idea_description_length check (char_length(description) <= 50000),
    add constraint idea_proposer_name_length check (char_length(proposer_name) <= 300);
