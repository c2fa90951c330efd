--liquibase formatted sql

-- Insatser (initiatives) with delprojekt, co-financing, granted money (a ledger), reports with attached
-- files, funding applications with versions and a life cycle of steps, and the ideas pipeline.
-- Model, decisions and the checks run: docs/initiatives-schema.md.

--changeset samordnaren:003-linkable-kinds splitStatements:false
insert into linkable_kind (code, label_sv) values
    ('INITIATIVE', 'Insats'),
    ('FUNDING_APPLICATION', 'Ansökan'),
    ('GRANT', 'Beviljade medel');

--changeset samordnaren:003-initiative splitStatements:false
create table initiative (
    id                 bigint generated always as identity primary key,
    -- Delprojekt: the parent insats (one level only, see check_initiative_parent()).
    parent_id          bigint  references initiative (id),
    name               text    not null check (length(btrim(name)) > 0),
    short_name         text    check (length(btrim(short_name)) > 0),
    -- Huvudman / projektägare: a member, or free text for anyone else (Vuxenskolan, a folkhögskola ...).
    owner_member_id    bigint  references member (id),
    owner_name         text    check (length(btrim(owner_name)) > 0),
    target_group       text,
    -- SUS inriktning: individinriktad / strukturövergripande. Null while unknown (an early idea).
    orientation        text    check (orientation in ('INDIVIDUAL', 'STRUCTURAL')),
    -- The insats's reference in SUS. Never participant data: we keep only counts (initiative_report).
    sus_reference      text    check (length(btrim(sus_reference)) > 0),
    start_date         date,
    planned_end_date   date,
    actual_end_date    date,
    status             text    not null default 'IDEA'
                               check (status in ('IDEA', 'APPLIED', 'GRANTED', 'RUNNING', 'EXTENDED', 'SHORTENED', 'ENDED', 'STOPPED')),
    contact_person_id  bigint  references person (id),
    -- Free contact text (name, phone, e-mail) for a contact who is not a person in the register.
    contact            text,
    description        text,
    staff_notes        text,
    record_id          bigint  not null unique references linkable_record (id),
    created_at         timestamptz not null default now(),
    version            integer not null default 1,
    constraint initiative_owner_one check ((owner_member_id is null) <> (owner_name is null)),
    constraint initiative_planned_end check (planned_end_date is null or start_date is null or planned_end_date >= start_date),
    constraint initiative_actual_end check (actual_end_date is null or start_date is null or actual_end_date >= start_date),
    -- An insats has an actual end exactly when it has ended or been stopped.
    constraint initiative_ended_has_end check ((status in ('ENDED', 'STOPPED')) = (actual_end_date is not null)),
    constraint initiative_running_has_start check (status not in ('RUNNING', 'EXTENDED', 'SHORTENED', 'ENDED') or start_date is not null),
    constraint initiative_not_own_parent check (parent_id <> id)
);
create index initiative_parent_idx on initiative (parent_id) where parent_id is not null;
create index initiative_owner_member_idx on initiative (owner_member_id) where owner_member_id is not null;
create index initiative_contact_person_idx on initiative (contact_person_id) where contact_person_id is not null;
create index initiative_status_idx on initiative (status);
create unique index initiative_sus_reference_unique on initiative (sus_reference) where sus_reference is not null;
create unique index initiative_name_unique on initiative (lower(name));

-- Delprojekt are one level deep: a parent cannot itself be a delprojekt, and an insats with delprojekt
-- cannot become one.
create function check_initiative_parent() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null then
        if exists (select 1 from initiative where id = new.parent_id and parent_id is not null) then
            raise exception 'Ett delprojekt kan inte ha egna delprojekt' using errcode = '23514';
        end if;
        if exists (select 1 from initiative where parent_id = new.id) then
            raise exception 'En insats med delprojekt kan inte själv bli delprojekt' using errcode = '23514';
        end if;
    end if;
    return null;
end;
$$;
create constraint trigger initiative_parent_depth after insert or update of parent_id on initiative
    deferrable initially immediate for each row execute function check_initiative_parent();

-- Allowed status changes. Java offers exactly these (select initiative_status_allowed(from, to)).
create function initiative_status_allowed(from_status text, to_status text) returns boolean language sql immutable as $$
    select from_status = to_status or (from_status, to_status) in (
        ('IDEA', 'APPLIED'), ('IDEA', 'GRANTED'), ('IDEA', 'STOPPED'),
        ('APPLIED', 'IDEA'), ('APPLIED', 'GRANTED'), ('APPLIED', 'STOPPED'),
        ('GRANTED', 'RUNNING'), ('GRANTED', 'EXTENDED'), ('GRANTED', 'SHORTENED'), ('GRANTED', 'ENDED'), ('GRANTED', 'STOPPED'),
        ('RUNNING', 'EXTENDED'), ('RUNNING', 'SHORTENED'), ('RUNNING', 'ENDED'), ('RUNNING', 'STOPPED'),
        ('EXTENDED', 'SHORTENED'), ('EXTENDED', 'ENDED'), ('EXTENDED', 'STOPPED'),
        ('SHORTENED', 'EXTENDED'), ('SHORTENED', 'ENDED'), ('SHORTENED', 'STOPPED'),
        ('ENDED', 'EXTENDED'))
$$;

create function initiative_status_label_sv(status text) returns text language sql immutable as $$
    select case status
        when 'IDEA' then 'idé'
        when 'APPLIED' then 'ansökt'
        when 'GRANTED' then 'beviljad'
        when 'RUNNING' then 'pågår'
        when 'EXTENDED' then 'förlängd'
        when 'SHORTENED' then 'förkortad'
        when 'ENDED' then 'avslutad'
        when 'STOPPED' then 'avbruten'
    end
$$;

create function check_initiative_status_change() returns trigger language plpgsql as $$
begin
    if not initiative_status_allowed(old.status, new.status) then
        raise exception 'Insatsens status kan inte ändras från % till %',
            initiative_status_label_sv(old.status), initiative_status_label_sv(new.status)
            using errcode = '23514', detail = format('initiative id %s: %s -> %s', old.id, old.status, new.status);
    end if;
    return new;
end;
$$;
create trigger initiative_status_change before update of status on initiative
    for each row execute function check_initiative_status_change();
select enable_linking('initiative', 'INITIATIVE');
select enable_audit('initiative');

-- The members taking part (samverkande parter).
create table initiative_member (
    id            bigint generated always as identity primary key,
    initiative_id bigint  not null references initiative (id) on delete cascade,
    member_id     bigint  not null references member (id),
    role_note     text,
    version       integer not null default 1,
    constraint initiative_member_once unique (initiative_id, member_id)
);
create index initiative_member_member_idx on initiative_member (member_id);
select enable_audit('initiative_member');

-- Co-financing per year: ESF or another source (named).
create table co_financing (
    id            bigint generated always as identity primary key,
    initiative_id bigint        not null references initiative (id) on delete cascade,
    source        text          not null check (source in ('ESF', 'OTHER')),
    source_name   text          check (length(btrim(source_name)) > 0),
    year          integer       not null check (year between 2000 and 2100),
    amount        numeric(14,2) not null check (amount >= 0),
    note          text,
    version       integer       not null default 1,
    constraint co_financing_other_named check (source = 'ESF' or source_name is not null),
    constraint co_financing_once unique nulls not distinct (initiative_id, source, source_name, year)
);
select enable_audit('co_financing');

--changeset samordnaren:003-grant splitStatements:false
-- Beviljade medel: an append-only LEDGER of money per insats and year. The first grant is a GRANT row;
-- every later change decision adds rows (EXTENSION / INCREASE positive, REDUCTION / STOP negative), so the
-- history stays and "money freed" is a sum. The year's granted money = sum(amount) (initiative_grant_year).
-- Every row rests on a deciding § (decision_id), except opening balances for money decided before the
-- association used the application, which the user marks as such (is_opening_balance).
create table initiative_grant (
    id                   bigint generated always as identity primary key,
    initiative_id        bigint        not null references initiative (id),
    year                 integer       not null check (year between 2000 and 2100),
    kind                 text          not null check (kind in ('GRANT', 'EXTENSION', 'INCREASE', 'REDUCTION', 'STOP')),
    -- Signed: positive for GRANT / EXTENSION / INCREASE, negative for REDUCTION / STOP (money freed).
    amount               numeric(14,2) not null,
    decision_id          bigint        references decision (id),
    is_opening_balance   boolean       not null default false,
    -- Opening balances: when and where the money was decided, as known ('Styrelsen 2019-11-29 § 8').
    opening_decided_on   date,
    opening_reference    text,
    note                 text,
    record_id            bigint        not null unique references linkable_record (id),
    created_at           timestamptz   not null default now(),
    created_by           text          not null default coalesce(nullif(current_setting('app.user', true), ''), session_user::text),
    version              integer       not null default 1,
    -- THE quality bar: no money without a deciding §, except opening balances marked as such.
    constraint initiative_grant_decided check (is_opening_balance or decision_id is not null),
    constraint initiative_grant_opening_without_decision check (not is_opening_balance or decision_id is null),
    constraint initiative_grant_opening_dated check (is_opening_balance = (opening_decided_on is not null)),
    constraint initiative_grant_opening_is_grant check (not is_opening_balance or kind = 'GRANT'),
    constraint initiative_grant_sign check (
        (kind in ('GRANT', 'EXTENSION', 'INCREASE') and amount > 0) or (kind in ('REDUCTION', 'STOP') and amount < 0))
);
create index initiative_grant_initiative_idx on initiative_grant (initiative_id, year);
create index initiative_grant_decision_idx on initiative_grant (decision_id) where decision_id is not null;

-- Money rests on a decision that grants or approves: not on a proposal, a rejection, a referral back, a
-- postponement or a § merely noted. A change can never take a year below zero.
create function check_initiative_grant() returns trigger language plpgsql as $$
declare
    outcome text;
    year_total numeric;
begin
    if tg_op = 'DELETE' then
        select coalesce(sum(amount), 0) into year_total
          from initiative_grant where initiative_id = old.initiative_id and year = old.year;
        if year_total < 0 then
            raise exception 'Beviljade medel för % kan inte bli negativa (summa % kr)', old.year, year_total
                using errcode = '23514';
        end if;
        return null;
    end if;
    if new.decision_id is not null then
        select d.outcome into outcome from decision d where d.id = new.decision_id;
        if outcome not in ('GRANTED', 'APPROVED', 'DELEGATION_REPORTED') then
            raise exception 'Beviljade medel måste bygga på ett beslut som beviljar eller godkänner (beslutet är %)',
                case outcome when 'PROPOSAL' then 'ett förslag' when 'REJECTED' then 'ett avslag'
                             when 'REFERRED_BACK' then 'en återremiss' when 'POSTPONED' then 'en bordläggning'
                             when 'NOTED' then 'en anteckning' else outcome end
                using errcode = '23514', detail = format('decision id %s, outcome %s', new.decision_id, outcome);
        end if;
    end if;
    select coalesce(sum(amount), 0) into year_total
      from initiative_grant where initiative_id = new.initiative_id and year = new.year;
    if year_total < 0 then
        raise exception 'Beviljade medel för % kan inte bli negativa: justeringen frigör mer än som beviljats (summa % kr)', new.year, year_total
            using errcode = '23514', detail = format('initiative id %s, year %s', new.initiative_id, new.year);
    end if;
    return null;
end;
$$;
create constraint trigger initiative_grant_check after insert or update or delete on initiative_grant
    deferrable initially immediate for each row execute function check_initiative_grant();

-- Append-only: the money columns never change. A mistake is corrected by a new adjustment row, or (before
-- the deciding minutes are approved, or for an opening balance) by deleting the row.
create function lock_initiative_grant() returns trigger language plpgsql as $$
declare
    free_columns constant text[] := array['note', 'opening_reference', 'version'];
begin
    if tg_op = 'UPDATE' then
        if (to_jsonb(new) - free_columns) is distinct from (to_jsonb(old) - free_columns) then
            raise exception 'Beviljade medel ändras inte i efterhand: registrera en justering (ökning, minskning, avbrott) med sitt beslut'
                using errcode = 'P0001', detail = format('initiative_grant id %s', old.id);
        end if;
        return new;
    end if;
    -- DELETE
    if old.decision_id is not null and meeting_is_approved(meeting_of('decision_id', old.decision_id)) then
        raise exception 'Protokollet är justerat: beviljade medel från beslutet kan inte tas bort'
            using errcode = 'P0001', detail = format('initiative_grant id %s', old.id),
                  hint = 'Registrera en justering med ett nytt beslut.';
    end if;
    return old;
end;
$$;
create trigger initiative_grant_append_only before update or delete on initiative_grant
    for each row execute function lock_initiative_grant();
create trigger initiative_grant_no_truncate before truncate on initiative_grant
    for each statement execute function refuse_truncate_of_minutes();
select enable_linking('initiative_grant', 'GRANT');
select enable_audit('initiative_grant');

--changeset samordnaren:003-attachment splitStatements:false
-- Files kept in the database. sha256 and size are computed by the database from the content, so they
-- can never disagree with it; the content must start like the file type it claims (PDF / DOCX / XLSX).
-- Lists read attachment_info (no content); only the download reads attachment.content.
create table attachment (
    id           bigint generated always as identity primary key,
    file_name    text        not null check (length(btrim(file_name)) > 0 and file_name !~ '[/\\]'),
    content_type text        not null check (content_type in (
                     'application/pdf',
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    content      bytea       not null,
    size_bytes   bigint      generated always as (octet_length(content)) stored,
    sha256       text        generated always as (encode(sha256(content), 'hex')) stored,
    -- Exactly one owner: a report or a version of an application.
    report_id    bigint,
    application_version_id bigint,
    description  text,
    uploaded_at  timestamptz not null default now(),
    uploaded_by  text        not null default coalesce(nullif(current_setting('app.user', true), ''), session_user::text),
    version      integer     not null default 1,
    constraint attachment_not_empty check (octet_length(content) > 0),
    constraint attachment_max_size check (octet_length(content) <= 26214400),
    constraint attachment_magic check (
        (content_type = 'application/pdf' and substring(content from 1 for 5) = '\x255044462d'::bytea)
        or (content_type <> 'application/pdf' and substring(content from 1 for 4) = '\x504b0304'::bytea)),
    constraint attachment_one_owner check (num_nonnulls(report_id, application_version_id) = 1)
);

--changeset samordnaren:003-report splitStatements:false
-- Reports received from an insats: counts of participants only (never participant data).
create table initiative_report (
    id                     bigint generated always as identity primary key,
    initiative_id          bigint  not null references initiative (id) on delete cascade,
    kind                   text    not null check (kind in ('LAGESRAPPORT', 'AVSTAMNINGSRAPPORT', 'SLUTRAPPORT', 'UTVARDERING')),
    title                  text,
    received_on            date    not null,
    period_from            date,
    period_to              date,
    participants_enrolled  integer check (participants_enrolled >= 0),
    participants_started   integer check (participants_started >= 0),
    participants_ended     integer check (participants_ended >= 0),
    summary                text,
    -- The § where the report was presented (often an information § without a decision).
    presented_item_id      bigint  references agenda_item (id),
    created_at             timestamptz not null default now(),
    version                integer not null default 1,
    constraint initiative_report_period check (period_to is null or period_from is null or period_to >= period_from)
);
create index initiative_report_initiative_idx on initiative_report (initiative_id, received_on);
create index initiative_report_item_idx on initiative_report (presented_item_id) where presented_item_id is not null;
select enable_audit('initiative_report');

--changeset samordnaren:003-funding-application splitStatements:false
-- Ansökan om medel. The application is the case (applicant, the insats it creates or continues, state);
-- what was applied for lives in its versions, so a revised application is a new version and the history
-- stays comparable. status is kept by the database from the steps (sync_funding_application_status).
create table funding_application (
    id                     bigint generated always as identity primary key,
    applicant_member_id    bigint  references member (id),
    applicant_name         text    check (length(btrim(applicant_name)) > 0),
    -- The insats it would create or continue; required once granted.
    initiative_id          bigint  references initiative (id),
    -- Diarienummer.
    case_number            text,
    contact_person_id      bigint  references person (id),
    contact                text,
    status                 text    not null default 'RECEIVED' check (status in (
                               'RECEIVED', 'PREPARED', 'PROPOSED', 'DECIDED_GRANTED', 'DECIDED_REJECTED', 'REFERRED_BACK', 'WITHDRAWN')),
    record_id              bigint  not null unique references linkable_record (id),
    created_at             timestamptz not null default now(),
    version                integer not null default 1,
    constraint funding_application_applicant_one check ((applicant_member_id is null) <> (applicant_name is null)),
    constraint funding_application_granted_has_initiative check (status <> 'DECIDED_GRANTED' or initiative_id is not null)
);
create index funding_application_initiative_idx on funding_application (initiative_id) where initiative_id is not null;
create index funding_application_status_idx on funding_application (status);
create index funding_application_member_idx on funding_application (applicant_member_id) where applicant_member_id is not null;
select enable_linking('funding_application', 'FUNDING_APPLICATION');
select enable_audit('funding_application');

create table funding_application_version (
    id               bigint generated always as identity primary key,
    application_id   bigint  not null references funding_application (id) on delete cascade,
    version_no       integer not null check (version_no > 0),
    received_on      date    not null,
    title            text    not null check (length(btrim(title)) > 0),
    target_group     text,
    orientation      text    check (orientation in ('INDIVIDUAL', 'STRUCTURAL')),
    description      text,
    period_start     date,
    period_end       date,
    -- What changed against the previous version ('Reviderad efter beredningsgruppens begäran om komplettering').
    change_note      text,
    created_at       timestamptz not null default now(),
    version          integer not null default 1,
    constraint funding_application_version_no_unique unique (application_id, version_no),
    constraint funding_application_version_app unique (id, application_id),
    constraint funding_application_version_period check (period_end is null or period_start is null or period_end >= period_start)
);
select enable_audit('funding_application_version');

create table application_requested_amount (
    id          bigint generated always as identity primary key,
    version_id  bigint        not null references funding_application_version (id) on delete cascade,
    year        integer       not null check (year between 2000 and 2100),
    amount      numeric(14,2) not null check (amount >= 0),
    version     integer       not null default 1,
    constraint application_requested_amount_once unique (version_id, year)
);
select enable_audit('application_requested_amount');

alter table attachment
    add constraint attachment_report_fk foreign key (report_id) references initiative_report (id) on delete cascade,
    add constraint attachment_application_version_fk foreign key (application_version_id)
        references funding_application_version (id) on delete cascade;
create index attachment_report_idx on attachment (report_id) where report_id is not null;
create index attachment_application_version_idx on attachment (application_version_id) where application_version_id is not null;

-- The generic audit trigger would copy whole files into audit_log: attachments are audited without content
-- (the sha256 in the audit row identifies the file).
create function audit_attachment_row() returns trigger language plpgsql as $$
declare
    actor text := coalesce(nullif(current_setting('app.user', true), ''), session_user::text);
    old_json jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'content' end;
    new_json jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'content' end;
begin
    if tg_op = 'UPDATE' and old_json = new_json then
        return new;
    end if;
    insert into audit_log (username, table_name, row_key, operation, old_data, new_data)
    values (actor, tg_table_name, coalesce(new_json, old_json) ->> 'id', tg_op, old_json, new_json);
    return coalesce(new, old);
end;
$$;
create trigger audit_attachment after insert or update or delete on attachment
    for each row execute function audit_attachment_row();

-- A file's content never changes (a new file is a new row); its name and description may.
create function lock_attachment_content() returns trigger language plpgsql as $$
begin
    if new.content is distinct from old.content or new.content_type is distinct from old.content_type
       or new.report_id is distinct from old.report_id or new.application_version_id is distinct from old.application_version_id then
        raise exception 'En bifogad fil kan inte bytas ut: ladda upp den nya filen som en ny bilaga'
            using errcode = 'P0001', detail = format('attachment id %s', old.id);
    end if;
    return new;
end;
$$;
create trigger attachment_content_fixed before update on attachment
    for each row execute function lock_attachment_content();

create view attachment_info as
select id, file_name, content_type, size_bytes, sha256, report_id, application_version_id, description,
       uploaded_at, uploaded_by, version
  from attachment;

-- The freeze rule (application_version_frozen) is defined with application_step below.
create function lock_frozen_application_version() returns trigger language plpgsql as $$
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
            using errcode = 'P0001', detail = format('%s, funding_application_version id %s', tg_table_name, version_key),
                  hint = 'En reviderad ansökan registreras som en ny version.';
    end if;
    return coalesce(new, old);
end;
$$;

--changeset samordnaren:003-application-step splitStatements:false
-- The life cycle: each step with its date and, where it was a decision, its §.
--   RECEIVED (one per version) -> PREPARED (beredningsgrupp: recommendation APPROVE / REJECT / MORE_INFORMATION)
--   -> AU_PROPOSAL (arbetsutskottet: APPROVE = förslag om bifall, REJECT = förslag om avslag, REFER_BACK, POSTPONE)
--   -> BOARD_DECISION (APPROVE = bifall, REJECT = avslag, REFER_BACK = återremiss, POSTPONE = bordläggning); WITHDRAWN.
create table application_step (
    id              bigint generated always as identity primary key,
    application_id  bigint  not null references funding_application (id) on delete cascade,
    version_id      bigint  not null,
    step            text    not null check (step in ('RECEIVED', 'PREPARED', 'AU_PROPOSAL', 'BOARD_DECISION', 'WITHDRAWN')),
    -- Defaults to the deciding meeting's date; must equal it when a decision is given.
    occurred_on     date    not null,
    outcome         text    check (outcome in ('APPROVE', 'REJECT', 'MORE_INFORMATION', 'REFER_BACK', 'POSTPONE')),
    decision_id     bigint  references decision (id),
    notes           text,
    created_at      timestamptz not null default now(),
    version         integer not null default 1,
    constraint application_step_version_fk foreign key (version_id, application_id)
        references funding_application_version (id, application_id) on delete cascade,
    -- Steps that are decisions carry their §.
    constraint application_step_decision_needed check (step not in ('AU_PROPOSAL', 'BOARD_DECISION') or decision_id is not null),
    constraint application_step_no_decision check (step not in ('RECEIVED', 'WITHDRAWN') or decision_id is null),
    constraint application_step_outcome check (
        case step
            when 'RECEIVED' then outcome is null
            when 'WITHDRAWN' then outcome is null
            when 'PREPARED' then outcome in ('APPROVE', 'REJECT', 'MORE_INFORMATION')
            else outcome in ('APPROVE', 'REJECT', 'REFER_BACK', 'POSTPONE')
        end),
    constraint application_step_decision_once unique (application_id, decision_id)
);
create unique index application_step_one_received on application_step (version_id) where step = 'RECEIVED';
create index application_step_application_idx on application_step (application_id, occurred_on);
create index application_step_version_idx on application_step (version_id);
create index application_step_decision_idx on application_step (decision_id) where decision_id is not null;

create function check_application_step() returns trigger language plpgsql as $$
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
                using errcode = '23514';
        end if;
        allowed := case
            when new.step = 'AU_PROPOSAL' and new.outcome in ('APPROVE', 'REJECT') then array['PROPOSAL']
            when new.step = 'BOARD_DECISION' and new.outcome = 'APPROVE' then array['GRANTED', 'APPROVED', 'DELEGATION_REPORTED']
            when new.step = 'BOARD_DECISION' and new.outcome = 'REJECT' then array['REJECTED']
            when new.step in ('AU_PROPOSAL', 'BOARD_DECISION') and new.outcome = 'REFER_BACK' then array['REFERRED_BACK']
            when new.step in ('AU_PROPOSAL', 'BOARD_DECISION') and new.outcome = 'POSTPONE' then array['POSTPONED']
        end;
        if allowed is not null and not d.outcome = any (allowed) then
            raise exception 'Stegets utfall (%) stämmer inte med beslutet i protokollet (%)', new.outcome, d.outcome
                using errcode = '23514', detail = format('decision id %s', new.decision_id);
        end if;
        if new.step = 'AU_PROPOSAL' and d.body_type <> 'WORKING_COMMITTEE' then
            raise exception 'Arbetsutskottets förslag ska komma från ett sammanträde med arbetsutskottet' using errcode = '23514';
        end if;
    end if;

    if tg_op = 'INSERT' then
        select * into app from funding_application where id = new.application_id;
        if app.status in ('DECIDED_GRANTED', 'WITHDRAWN')
           or (app.status = 'DECIDED_REJECTED' and new.step <> 'RECEIVED') then
            raise exception 'Ansökan är redan avgjord (%) och kan inte få fler steg', app.status
                using errcode = '23514', hint = 'Efter avslag kan sökanden lämna in en reviderad ansökan (ny version).';
        end if;
        select id into latest_version from funding_application_version
         where application_id = new.application_id order by version_no desc limit 1;
        if new.version_id <> latest_version then
            raise exception 'Steget ska gälla ansökans senaste version' using errcode = '23514';
        end if;
        select max(occurred_on) into last_step from application_step where application_id = new.application_id;
        if new.occurred_on < last_step then
            raise exception 'Steget kan inte ligga före ansökans senaste steg (%)', last_step using errcode = '23514';
        end if;
        if new.step = 'BOARD_DECISION' and new.outcome = 'APPROVE' and app.initiative_id is null then
            raise exception 'Ange vilken insats ansökan skapar eller förlänger innan bifallet registreras' using errcode = '23514';
        end if;
    end if;
    return new;
end;
$$;
create trigger application_step_check before insert or update on application_step
    for each row execute function check_application_step();

-- Decision steps from approved minutes stay (like the minutes themselves).
create function lock_decided_application_step() returns trigger language plpgsql as $$
begin
    if old.decision_id is not null and meeting_is_approved(meeting_of('decision_id', old.decision_id))
       and (tg_op = 'DELETE' or (to_jsonb(new) - array['notes', 'version']) is distinct from (to_jsonb(old) - array['notes', 'version'])) then
        raise exception 'Protokollet är justerat: ansökans beslutssteg kan inte % ', case tg_op when 'DELETE' then 'tas bort' else 'ändras' end
            using errcode = 'P0001', detail = format('application_step id %s', old.id);
    end if;
    return coalesce(new, old);
end;
$$;
create trigger application_step_decided_lock before update or delete on application_step
    for each row execute function lock_decided_application_step();

-- The application's status follows its latest step (by date, then entry order).
create function application_status_from_steps(p_application_id bigint) returns text language sql stable as $$
    select coalesce((
        select case s.step
                   when 'RECEIVED' then 'RECEIVED'
                   when 'PREPARED' then 'PREPARED'
                   when 'WITHDRAWN' then 'WITHDRAWN'
                   when 'AU_PROPOSAL' then case s.outcome when 'REFER_BACK' then 'REFERRED_BACK' else 'PROPOSED' end
                   when 'BOARD_DECISION' then case s.outcome when 'APPROVE' then 'DECIDED_GRANTED'
                                                             when 'REJECT' then 'DECIDED_REJECTED'
                                                             when 'REFER_BACK' then 'REFERRED_BACK'
                                                             else 'PROPOSED' end
               end
          from application_step s
         where s.application_id = p_application_id
         order by s.occurred_on desc, s.id desc
         limit 1), 'RECEIVED')
$$;

create function sync_funding_application_status() returns trigger language plpgsql as $$
declare
    app_id bigint := case when tg_op = 'DELETE' then old.application_id else new.application_id end;
    new_status text := application_status_from_steps(app_id);
begin
    update funding_application set status = new_status where id = app_id and status is distinct from new_status;
    return null;
end;
$$;
create trigger application_step_status after insert or update or delete on application_step
    for each row execute function sync_funding_application_status();
select enable_audit('application_step');

-- A version is frozen once it has been dealt with (any step beyond RECEIVED) or a newer version exists:
-- what was prepared and decided must stay what it was. A revision is a new version.
create function application_version_frozen(p_version_id bigint) returns boolean language sql stable as $$
    select exists (select 1 from application_step s where s.version_id = p_version_id and s.step <> 'RECEIVED')
        or exists (select 1 from funding_application_version v
                     join funding_application_version newer on newer.application_id = v.application_id
                                                           and newer.version_no > v.version_no
                    where v.id = p_version_id)
$$;

create trigger funding_application_version_frozen before update or delete on funding_application_version
    for each row execute function lock_frozen_application_version();
create trigger application_requested_amount_frozen before insert or update or delete on application_requested_amount
    for each row execute function lock_frozen_application_version();
create trigger attachment_application_version_frozen before insert or update or delete on attachment
    for each row execute function lock_frozen_application_version();

-- A new version is numbered after the last one.
create function funding_application_version_defaults() returns trigger language plpgsql as $$
begin
    if new.version_no is null then
        new.version_no := coalesce((select max(version_no) from funding_application_version
                                     where application_id = new.application_id), 0) + 1;
    end if;
    return new;
end;
$$;
create trigger funding_application_version_defaults before insert on funding_application_version
    for each row execute function funding_application_version_defaults();

--changeset samordnaren:003-idea splitStatements:false
-- Idéer och uppslag: early ideas with a rough amount and year, before any application; the board sees
-- them as coming demand on the money (funding_demand_year).
create table idea (
    id                 bigint generated always as identity primary key,
    title              text          not null check (length(btrim(title)) > 0),
    description        text,
    proposer_member_id bigint        references member (id),
    proposer_name      text          check (length(btrim(proposer_name)) > 0),
    rough_amount       numeric(14,2) check (rough_amount >= 0),
    expected_year      integer       check (expected_year between 2000 and 2100),
    status             text          not null default 'IDEA' check (status in ('IDEA', 'APPLIED', 'DROPPED')),
    application_id     bigint        references funding_application (id),
    -- The § where the idea was raised ('Idéer och uppslag').
    raised_at_item_id  bigint        references agenda_item (id),
    created_at         timestamptz   not null default now(),
    version            integer       not null default 1,
    constraint idea_proposer_one check (proposer_member_id is null or proposer_name is null),
    constraint idea_applied_has_application check (status <> 'APPLIED' or application_id is not null)
);
create index idea_status_idx on idea (status, expected_year);
create index idea_application_idx on idea (application_id) where application_id is not null;
create index idea_raised_at_idx on idea (raised_at_item_id) where raised_at_item_id is not null;
select enable_audit('idea');

--changeset samordnaren:003-views splitStatements:false
-- Money as printed in labels: '1 200 000 kr', '-850 000 kr', '12 500,50 kr'. (The UI formats with Formats.money.)
create function format_sek(amount numeric) returns text language sql immutable as $$
    select case when amount < 0 then '-' else '' end
        || replace(to_char(trunc(abs(amount)), 'FM999,999,999,999,990'), ',', ' ')
        || case when abs(amount) <> trunc(abs(amount))
                then ',' || lpad((round((abs(amount) - trunc(abs(amount))) * 100))::text, 2, '0') else '' end
        || ' kr'
$$;

create function grant_kind_label_sv(kind text) returns text language sql immutable as $$
    select case kind
        when 'GRANT' then 'Beviljade medel'
        when 'EXTENSION' then 'Förlängning'
        when 'INCREASE' then 'Utökning'
        when 'REDUCTION' then 'Minskning'
        when 'STOP' then 'Avbrott'
    end
$$;

create function report_kind_label_sv(kind text) returns text language sql immutable as $$
    select case kind
        when 'LAGESRAPPORT' then 'Lägesrapport'
        when 'AVSTAMNINGSRAPPORT' then 'Avstämningsrapport'
        when 'SLUTRAPPORT' then 'Slutrapport'
        when 'UTVARDERING' then 'Utvärdering'
    end
$$;

-- Link labels (docs/meetings-schema.md, "Adding a linkable kind").
create view initiative_link_label as
select i.record_id, 'INITIATIVE'::text as kind,
       'Insats ' || i.name || coalesce(' (delprojekt i ' || p.name || ')', '') as label,
       i.id as target_id
  from initiative i left join initiative p on p.id = i.parent_id;

create view funding_application_link_label as
select a.record_id, 'FUNDING_APPLICATION'::text as kind,
       'Ansökan ' || coalesce(v.title, '(utan titel)') || ', ' || coalesce(m.name, a.applicant_name)
           || coalesce(' (version ' || v.version_no || ')', '') as label,
       a.id as target_id
  from funding_application a
  left join member m on m.id = a.applicant_member_id
  left join lateral (select title, version_no from funding_application_version
                      where application_id = a.id order by version_no desc limit 1) v on true;

create view grant_link_label as
select g.record_id, 'GRANT'::text as kind,
       grant_kind_label_sv(g.kind) || ' ' || g.year || ' ' || i.name || ': ' || format_sek(g.amount)
           || case when g.is_opening_balance then ' (ingående)' else '' end as label,
       g.id as target_id
  from initiative_grant g join initiative i on i.id = g.initiative_id;

select register_link_label('INITIATIVE', 'initiative_link_label');
select register_link_label('FUNDING_APPLICATION', 'funding_application_link_label');
select register_link_label('GRANT', 'grant_link_label');

-- Where and when a decision was taken, for every decision: "Styrelsen 2021-03-19 § 5".
create view decision_place as
select d.id as decision_id, d.outcome, i.id as item_id, i.number as paragraph_number, i.title as item_title,
       m.id as meeting_id, m.meeting_date, m.status as meeting_status, b.id as body_id, b.name as body_name,
       b.paragraph_prefix
  from decision d
  join agenda_item i on i.id = d.item_id
  join meeting m on m.id = i.meeting_id
  join body b on b.id = m.body_id;

-- The ledger with its deciding § and running totals per insats and year, in decision order.
create view initiative_grant_ledger as
select g.id as grant_id, g.initiative_id, g.year, g.kind, g.amount,
       greatest(-g.amount, 0)::numeric(14,2) as freed_amount,
       case when g.kind in ('EXTENSION', 'INCREASE') then g.amount else 0 end::numeric(14,2) as added_amount,
       g.is_opening_balance, g.opening_reference, g.note,
       coalesce(dp.meeting_date, g.opening_decided_on) as decided_on,
       g.decision_id, dp.item_id, dp.meeting_id, dp.paragraph_number, dp.body_name, dp.paragraph_prefix,
       (sum(g.amount) over w - g.amount)::numeric(14,2) as total_before,
       (sum(g.amount) over w)::numeric(14,2) as total_after,
       g.record_id, g.created_at, g.created_by
  from initiative_grant g
  left join decision_place dp on dp.decision_id = g.decision_id
window w as (partition by g.initiative_id, g.year order by coalesce(dp.meeting_date, g.opening_decided_on), g.id
             rows between unbounded preceding and current row);

-- Only the changes: what a change decision freed or added, per year.
create view initiative_grant_change as
select * from initiative_grant_ledger where kind <> 'GRANT';

-- Granted money per insats and year (the current state of the ledger).
create view initiative_grant_year as
select g.initiative_id, g.year,
       sum(g.amount)::numeric(14,2) as granted_total,
       sum(g.amount) filter (where g.kind = 'GRANT')::numeric(14,2) as originally_granted,
       coalesce(sum(g.amount) filter (where g.kind in ('EXTENSION', 'INCREASE')), 0)::numeric(14,2) as added,
       coalesce(-sum(g.amount) filter (where g.amount < 0), 0)::numeric(14,2) as freed,
       coalesce(sum(g.amount) filter (where g.is_opening_balance), 0)::numeric(14,2) as opening_balance,
       count(*) filter (where g.kind <> 'GRANT')::integer as change_count
  from initiative_grant g
 group by g.initiative_id, g.year;

-- Conditions (follow-ups) of decisions linked to an insats, with their state.
create view initiative_condition as
select i.id as initiative_id, f.id as follow_up_id, f.decision_id, f.description, f.due_on, f.due_meeting_id,
       f.status, f.overdue, f.closed_note, f.responsible_person_id,
       dp.meeting_id as decided_at_meeting_id, dp.meeting_date as decided_on, dp.body_name, dp.paragraph_number,
       dp.paragraph_prefix,
       f.closed_by_item_id, cm.id as closed_at_meeting_id, cm.meeting_date as closed_on, ci.number as closed_by_paragraph_number
  from initiative i
  join decision_link l on l.record_id = i.record_id
  join follow_up_status f on f.decision_id = l.decision_id
  join decision_place dp on dp.decision_id = f.decision_id
  left join agenda_item ci on ci.id = f.closed_by_item_id
  left join meeting cm on cm.id = ci.meeting_id;

-- Everything that happened to an insats, each event with its § where there is one.
-- Order by occurred_on, sort_key (and source_id).
create view initiative_timeline as
select i.id as initiative_id, i.start_date as occurred_on, 'STARTED'::text as event_kind, 'Insatsen startar'::text as title,
       null::text as detail, null::numeric(14,2) as amount,
       null::bigint as decision_id, null::bigint as item_id, null::bigint as meeting_id, null::integer as paragraph_number,
       null::text as body_name, null::text as paragraph_prefix, 10 as sort_key, i.id as source_id
  from initiative i where i.start_date is not null
union all
select i.id, dp.meeting_date, 'DECISION', dp.item_title, l.note, null,
       dp.decision_id, dp.item_id, dp.meeting_id, dp.paragraph_number, dp.body_name, dp.paragraph_prefix, 20, l.id
  from initiative i
  join decision_link l on l.record_id = i.record_id
  join decision_place dp on dp.decision_id = l.decision_id
union all
select g.initiative_id, g.decided_on,
       case when g.is_opening_balance then 'OPENING_BALANCE' else 'GRANT_' || g.kind end,
       grant_kind_label_sv(g.kind) || ' för ' || g.year || case when g.is_opening_balance then ' (ingående, beslutat före systemet)' else '' end,
       coalesce(g.opening_reference, g.note), g.amount,
       g.decision_id, g.item_id, g.meeting_id, g.paragraph_number, g.body_name, g.paragraph_prefix, 30, g.grant_id
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
       s.decision_id, dp.item_id, dp.meeting_id, dp.paragraph_number, dp.body_name, dp.paragraph_prefix, 15, s.id
  from application_step s
  join funding_application a on a.id = s.application_id
  join funding_application_version v on v.id = s.version_id
  left join decision_place dp on dp.decision_id = s.decision_id
 where a.initiative_id is not null
union all
select r.initiative_id, r.received_on, 'REPORT_' || r.kind,
       report_kind_label_sv(r.kind) || coalesce(': ' || r.title, ''), r.summary, null,
       null, pi.id, pm.id, pi.number, pb.name, pb.paragraph_prefix, 40, r.id
  from initiative_report r
  left join agenda_item pi on pi.id = r.presented_item_id
  left join meeting pm on pm.id = pi.meeting_id
  left join body pb on pb.id = pm.body_id
union all
select c.initiative_id, c.decided_on, 'CONDITION_SET', 'Villkor: ' || c.description, null, null,
       c.decision_id, null, c.decided_at_meeting_id, c.paragraph_number, c.body_name, c.paragraph_prefix, 25, c.follow_up_id
  from initiative_condition c
union all
select c.initiative_id, c.closed_on, 'CONDITION_MET', 'Villkor uppfyllt: ' || c.description, c.closed_note, null,
       d.id, c.closed_by_item_id, c.closed_at_meeting_id, c.closed_by_paragraph_number, cb.name, cb.paragraph_prefix, 26, c.follow_up_id
  from initiative_condition c
  join meeting cm on cm.id = c.closed_at_meeting_id
  join body cb on cb.id = cm.body_id
  left join decision d on d.item_id = c.closed_by_item_id
 where c.status = 'CLOSED'
union all
select i.id, i.actual_end_date, 'ENDED', case i.status when 'STOPPED' then 'Insatsen avbröts' else 'Insatsen avslutades' end,
       null, null, null, null, null, null, null, null, 90, i.id
  from initiative i where i.actual_end_date is not null;

-- An application with its latest version, what it asks for in total, and its latest step.
create view funding_application_overview as
select a.id as application_id, a.status, a.applicant_member_id, coalesce(m.name, a.applicant_name) as applicant,
       a.initiative_id, a.case_number, a.record_id, a.version,
       v.id as version_id, v.version_no, v.title, v.received_on, v.target_group, v.orientation, v.period_start, v.period_end,
       (select coalesce(sum(r.amount), 0) from application_requested_amount r where r.version_id = v.id)::numeric(14,2) as requested_total,
       first.received_on as first_received_on,
       ls.step as last_step, ls.occurred_on as last_step_on, ls.decision_id as last_decision_id
  from funding_application a
  left join member m on m.id = a.applicant_member_id
  left join lateral (select * from funding_application_version where application_id = a.id order by version_no desc limit 1) v on true
  left join lateral (select received_on from funding_application_version where application_id = a.id order by version_no limit 1) first on true
  left join lateral (select step, occurred_on, decision_id from application_step where application_id = a.id
                      order by occurred_on desc, id desc limit 1) ls on true;

-- Requested amounts of every version side by side with the previous version's, per year: a year asked
-- for in one version and not in another shows 0 there.
create view application_requested_comparison as
select v.application_id, v.id as version_id, v.version_no, y.year,
       coalesce(r.amount, 0)::numeric(14,2) as amount,
       (lag(coalesce(r.amount, 0)) over w)::numeric(14,2) as previous_amount,
       (coalesce(r.amount, 0) - lag(coalesce(r.amount, 0)) over w)::numeric(14,2) as difference
  from funding_application_version v
  join (select distinct fv.application_id, ra.year
          from application_requested_amount ra join funding_application_version fv on fv.id = ra.version_id) y
    on y.application_id = v.application_id
  left join application_requested_amount r on r.version_id = v.id and r.year = y.year
window w as (partition by v.application_id, y.year order by v.version_no);

-- Coming demand on the money per year: open ideas (rough amounts) and applications not yet decided
-- (their latest version's requested amounts).
create view funding_demand_year as
select i.expected_year as year, 'IDEA'::text as source, count(*)::integer as item_count,
       coalesce(sum(i.rough_amount), 0)::numeric(14,2) as amount
  from idea i
 where i.status = 'IDEA' and i.expected_year is not null
 group by i.expected_year
union all
select r.year, 'APPLICATION', count(distinct o.application_id)::integer, sum(r.amount)::numeric(14,2)
  from funding_application_overview o
  join application_requested_amount r on r.version_id = o.version_id
 where o.status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK')
 group by r.year;
