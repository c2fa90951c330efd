--liquibase formatted sql

-- Meetings, minutes and decisions: the backbone every later record links to.
-- Model and rules: docs/meetings-schema.md.

--changeset samordnaren:002-linking splitStatements:false
-- Links with integrity: every linkable record (meeting, appointment, person, later insats, ansökan,
-- beviljade medel, budget, årsredovisning ...) owns one row in linkable_record, and a decision links to
-- that row with a real foreign key. A new kind is one migration: see docs/meetings-schema.md.
create table linkable_kind (
    code       text primary key check (code ~ '^[A-Z][A-Z_]*$'),
    label_sv   text not null check (length(btrim(label_sv)) > 0),
    -- The view that labels the records of this kind: columns (record_id, kind, label, target_id).
    -- rebuild_linkable_record_label() unions all of them into linkable_record_label.
    label_view text
);
insert into linkable_kind (code, label_sv) values
    ('APPOINTMENT', 'Uppdrag'),
    ('MEETING', 'Sammanträde'),
    ('PERSON', 'Person');

create table linkable_record (
    id         bigint generated always as identity primary key,
    kind       text        not null references linkable_kind (code),
    created_at timestamptz not null default now()
);
create index linkable_record_kind_idx on linkable_record (kind);

-- BEFORE INSERT: gives the new row its own linkable_record of the kind named in TG_ARGV[0].
-- A record_id passed in by the caller is ignored, so a row can never borrow another row's record.
create function assign_linkable_record() returns trigger language plpgsql as $$
declare
    new_id bigint;
begin
    insert into linkable_record (kind) values (tg_argv[0]) returning id into new_id;
    new.record_id := new_id;
    return new;
end;
$$;

-- BEFORE UPDATE: a row keeps its linkable_record for life.
create function keep_linkable_record() returns trigger language plpgsql as $$
begin
    if new.record_id is distinct from old.record_id then
        raise exception 'record_id kan inte ändras (%)', tg_table_name using errcode = '23514';
    end if;
    return new;
end;
$$;

-- AFTER DELETE: removes the row's linkable_record. If a decision (or any later table) still links to
-- it, the foreign key refuses, and so the whole delete is refused.
create function release_linkable_record() returns trigger language plpgsql as $$
declare
    where_linked text;
begin
    select string_agg(distinct coalesce(b.name, '?') || ' ' || m.meeting_date || ' § ' || i.number, ', ')
      into where_linked
      from decision_link l
      join decision d on d.id = l.decision_id
      join agenda_item i on i.id = d.item_id
      join meeting m on m.id = i.meeting_id
      left join body b on b.id = m.body_id
     where l.record_id = old.record_id;
    if where_linked is not null then
        raise exception 'Posten kan inte tas bort eftersom beslut hänvisar till den: %', where_linked
            using errcode = '23503', detail = format('%s id %s, record_id %s', tg_table_name, old.id, old.record_id);
    end if;
    begin
        delete from linkable_record where id = old.record_id;
    exception when foreign_key_violation then
        raise exception 'Posten kan inte tas bort eftersom andra uppgifter hänvisar till den'
            using errcode = '23503', detail = format('%s id %s, record_id %s', tg_table_name, old.id, old.record_id);
    end;
    return old;
end;
$$;

-- Makes a table linkable. The table must declare
--     record_id bigint not null unique references linkable_record (id)
-- and the kind must exist in linkable_kind. Usage: select enable_linking('meeting', 'MEETING');
create function enable_linking(target regclass, kind text) returns void language plpgsql as $$
declare
    table_name text := replace(target::text, '.', '_');
begin
    if not exists (select 1 from linkable_kind where code = kind) then
        raise exception 'Okänd länkbar typ % (lägg först till den i linkable_kind)', kind using errcode = '23503';
    end if;
    if not exists (select 1 from pg_attribute where attrelid = target and attname = 'record_id' and not attisdropped) then
        raise exception 'Tabellen % saknar kolumnen record_id', target using errcode = '42703';
    end if;
    execute format('create trigger %I before insert on %s for each row execute function assign_linkable_record(%L)',
                   'link_assign_' || table_name, target, kind);
    execute format('create trigger %I before update of record_id on %s for each row execute function keep_linkable_record()',
                   'link_keep_' || table_name, target);
    execute format('create trigger %I after delete on %s for each row execute function release_linkable_record()',
                   'link_release_' || table_name, target);
end;
$$;

-- (Re)creates the view linkable_record_label as the union of every kind's label view, so that
-- "what did this § touch" is one query. Called by register_link_label().
create function rebuild_linkable_record_label() returns void language plpgsql as $$
declare
    branches text;
begin
    select string_agg(format('select record_id::bigint as record_id, kind::text as kind, label::text as label, target_id::bigint as target_id from %s',
                             label_view::regclass), ' union all ' order by code)
      into branches
      from linkable_kind
     where label_view is not null;
    if branches is null then
        branches := 'select null::bigint as record_id, null::text as kind, null::text as label, null::bigint as target_id where false';
    end if;
    execute 'create or replace view linkable_record_label as ' || branches;
    comment on view linkable_record_label is
        'Every linkable record with a human label: (record_id, kind, label, target_id = id in the kind''s own table). Rebuilt by rebuild_linkable_record_label().';
end;
$$;

-- Registers the label view of a kind and rebuilds linkable_record_label.
-- Usage: select register_link_label('MEETING', 'meeting_link_label');
create function register_link_label(kind text, label_view regclass) returns void language plpgsql as $$
begin
    update linkable_kind set label_view = register_link_label.label_view::text where code = kind;
    if not found then
        raise exception 'Okänd länkbar typ %', kind using errcode = '23503';
    end if;
    perform rebuild_linkable_record_label();
end;
$$;

select enable_audit('linkable_kind');
select enable_audit('linkable_record');

--changeset samordnaren:002-body-person splitStatements:false
create table body (
    id                bigint generated always as identity primary key,
    name              text    not null unique check (length(btrim(name)) > 0),
    short_name        text    unique check (length(btrim(short_name)) > 0),
    body_type         text    not null check (body_type in ('BOARD', 'WORKING_COMMITTEE', 'PREPARATORY_GROUP', 'OWNERS_CONSULTATION', 'AUDITORS', 'OTHER')),
    -- How the minutes introduce a decision: 'Styrelsen beslutade', 'Arbetsutskottet beslutar'.
    decision_verb     text    not null check (length(btrim(decision_verb)) > 0),
    -- Printed before the § number when set: 'AU § 12'.
    paragraph_prefix  text    check (paragraph_prefix ~ '^\S{1,10}$'),
    created_at        timestamptz not null default now(),
    version           integer not null default 1
);
select enable_audit('body');

create table person (
    id           bigint generated always as identity primary key,
    full_name    text    not null check (length(btrim(full_name)) > 0),
    email        text    check (email ~ '^[^@\s]+@[^@\s]+$'),
    phone        text,
    -- The member organisation the person comes from, or free text for anyone else (e.g. a consultant).
    member_id    bigint  references member (id),
    organisation text    check (length(btrim(organisation)) > 0),
    -- Party abbreviation as printed in minutes: 's', 'm', 'mp', 'l' ...
    party        text    check (party ~ '^[[:lower:]]{1,6}$'),
    record_id    bigint  not null unique references linkable_record (id),
    created_at   timestamptz not null default now(),
    version      integer not null default 1,
    constraint person_member_or_organisation check (member_id is null or organisation is null)
);
create index person_member_idx on person (member_id);
create index person_name_idx on person (lower(full_name));
select enable_linking('person', 'PERSON');
select enable_audit('person');

-- Who holds which role in which body, when. Rows are never rewritten when people change: the old
-- appointment gets valid_to, a new row starts. valid_to is inclusive; null = until further notice.
create table appointment (
    id                   bigint generated always as identity primary key,
    person_id            bigint  not null references person (id),
    body_id              bigint  not null references body (id),
    role                 text    not null check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'SUBSTITUTE', 'SECRETARY', 'DIRECTOR', 'ADJUNCT', 'OTHER')),
    member_represented_id bigint references member (id),
    valid_from           date    not null,
    valid_to             date,
    note                 text,
    record_id            bigint  not null unique references linkable_record (id),
    created_at           timestamptz not null default now(),
    version              integer not null default 1,
    constraint appointment_period check (valid_to is null or valid_to >= valid_from)
);
create index appointment_person_idx on appointment (person_id);
create index appointment_body_idx on appointment (body_id, valid_from);

-- A person holds one role in one body once at a time; a body has one chair and one vice chair at a time.
create function check_appointment_overlap() returns trigger language plpgsql as $$
declare
    clash record;
begin
    select a.id, p.full_name into clash
      from appointment a join person p on p.id = a.person_id
     where a.body_id = new.body_id
       and a.id <> new.id
       and a.role = new.role
       and (a.person_id = new.person_id or new.role in ('CHAIR', 'VICE_CHAIR'))
       and daterange(a.valid_from, a.valid_to, '[]') && daterange(new.valid_from, new.valid_to, '[]')
     limit 1;
    if found then
        raise exception 'Uppdraget överlappar ett annat uppdrag (%: samma roll i samma organ under samma tid)', clash.full_name
            using errcode = '23P01';
    end if;
    return null;
end;
$$;
create constraint trigger appointment_no_overlap after insert or update on appointment
    deferrable initially immediate for each row execute function check_appointment_overlap();

create function appointment_role_label_sv(role text) returns text language sql immutable as $$
    select case role
        when 'CHAIR' then 'ordförande'
        when 'VICE_CHAIR' then 'vice ordförande'
        when 'MEMBER' then 'ledamot'
        when 'SUBSTITUTE' then 'ersättare'
        when 'SECRETARY' then 'sekreterare'
        when 'DIRECTOR' then 'förbundschef'
        when 'ADJUNCT' then 'adjungerad'
        else 'övrigt uppdrag'
    end
$$;
select enable_linking('appointment', 'APPOINTMENT');
select enable_audit('appointment');

--changeset samordnaren:002-meeting splitStatements:false
create table meeting (
    id                    bigint generated always as identity primary key,
    body_id               bigint  not null references body (id),
    meeting_date          date    not null,
    start_time            time,
    end_time              time,
    location              text,
    is_digital            boolean not null default false,
    -- PLANNED -> HELD -> APPROVED (justerat). APPROVED is set by the database when approved_at is set.
    status                text    not null default 'PLANNED' check (status in ('PLANNED', 'HELD', 'APPROVED')),
    approval_date         date,
    approval_place        text,
    approved_at           timestamptz,
    approved_by           bigint  references app_user (id),
    notice_posted_on      date,
    notice_removed_on     date,
    minutes_storage_place text,
    record_id             bigint  not null unique references linkable_record (id),
    created_at            timestamptz not null default now(),
    version               integer not null default 1,
    constraint meeting_times check (end_time is null or start_time is null or end_time >= start_time),
    constraint meeting_approved_status check ((status = 'APPROVED') = (approved_at is not null)),
    constraint meeting_approval_date_needed check (approved_at is null or approval_date is not null),
    constraint meeting_approval_after_meeting check (approval_date is null or approval_date >= meeting_date),
    constraint meeting_notice_only_when_approved check (notice_posted_on is null or approved_at is not null),
    constraint meeting_notice_after_approval check (notice_posted_on is null or notice_posted_on >= approval_date),
    constraint meeting_notice_removed_needs_posted check (notice_removed_on is null or notice_posted_on is not null),
    constraint meeting_notice_period check (notice_removed_on is null or notice_removed_on >= notice_posted_on)
);
create index meeting_body_date_idx on meeting (body_id, meeting_date);
create index meeting_date_idx on meeting (meeting_date);

-- New meetings take the association's storage place for minutes unless one is given.
create function meeting_defaults() returns trigger language plpgsql as $$
begin
    if new.minutes_storage_place is null then
        new.minutes_storage_place := (select minutes_storage_place from association where id = 1);
    end if;
    return new;
end;
$$;
create trigger meeting_defaults before insert on meeting for each row execute function meeting_defaults();
select enable_linking('meeting', 'MEETING');
select enable_audit('meeting');

create table meeting_attendance (
    id              bigint generated always as identity primary key,
    meeting_id      bigint  not null references meeting (id) on delete cascade,
    person_id       bigint  not null references person (id),
    attendance_role text    not null check (attendance_role in ('DECISION_MAKER', 'SERVING_SUBSTITUTE', 'SUBSTITUTE', 'OTHER_PRESENT', 'SECRETARY')),
    -- As printed in the header: 'ledamot, Försäkringskassan', 'Förbundssamordnare'.
    capacity        text,
    is_chair        boolean not null default false,
    -- Justerare (besides the chair).
    is_approver     boolean not null default false,
    -- Present only for some paragraphs, as printed: '§ 8', '§§ 5–7'.
    only_items      text,
    sort_order      integer not null default 0,
    version         integer not null default 1,
    constraint meeting_attendance_once unique (meeting_id, person_id),
    constraint meeting_attendance_chair_decides check (not is_chair or attendance_role in ('DECISION_MAKER', 'SERVING_SUBSTITUTE'))
);
create unique index meeting_attendance_one_chair on meeting_attendance (meeting_id) where is_chair;
create index meeting_attendance_person_idx on meeting_attendance (person_id);
select enable_audit('meeting_attendance');

--changeset samordnaren:002-agenda-item splitStatements:false
create table agenda_item (
    id            bigint generated always as identity primary key,
    meeting_id    bigint  not null references meeting (id) on delete cascade,
    number        integer not null check (number > 0),
    title         text    not null check (length(btrim(title)) > 0),
    kind          text    not null default 'INFORMATION' check (kind in ('INFORMATION', 'DECISION', 'OTHER')),
    body_text     text,
    -- Diarienummer, e.g. 'Dnr 2010.007.042'.
    case_number   text,
    -- Order on the agenda; defaults to the number.
    position      integer not null check (position > 0),
    search_vector tsvector generated always as (
        to_tsvector('swedish'::regconfig, coalesce(title, '') || ' ' || coalesce(body_text, '') || ' ' || coalesce(case_number, ''))
    ) stored,
    version       integer not null default 1,
    -- Checked at the end of each statement, so "number = number + 1" can renumber.
    constraint agenda_item_number_unique unique (meeting_id, number) deferrable initially immediate
);
create index agenda_item_search_idx on agenda_item using gin (search_vector);
create index agenda_item_case_number_idx on agenda_item (case_number) where case_number is not null;

create function agenda_item_defaults() returns trigger language plpgsql as $$
begin
    if new.position is null then
        new.position := new.number;
    end if;
    return new;
end;
$$;
create trigger agenda_item_defaults before insert on agenda_item for each row execute function agenda_item_defaults();

-- With association.paragraph_numbering = 'PER_YEAR' the numbers run on across a body's calendar year,
-- so no number may repeat within one body and year. Checks the given number (or, when null, every number
-- of the meeting); repeats left from before the switch to PER_YEAR do not block other numbers.
create function check_paragraph_number_per_year(p_meeting_id bigint, p_number integer) returns void language plpgsql as $$
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
            using errcode = '23505';
    end if;
end;
$$;

create function agenda_item_number_per_year() returns trigger language plpgsql as $$
begin
    perform check_paragraph_number_per_year(new.meeting_id, new.number);
    return null;
end;
$$;
create constraint trigger agenda_item_number_per_year after insert or update of number, meeting_id on agenda_item
    deferrable initially immediate for each row execute function agenda_item_number_per_year();

-- Moving a meeting to another body or year must not break the rule either.
create function meeting_number_per_year() returns trigger language plpgsql as $$
begin
    perform check_paragraph_number_per_year(new.id, null);
    return null;
end;
$$;
create constraint trigger meeting_number_per_year after update of body_id, meeting_date on meeting
    deferrable initially immediate for each row execute function meeting_number_per_year();

-- Switching to PER_YEAR is refused if this year or later already has repeated numbers.
create function association_numbering_switch() returns trigger language plpgsql as $$
declare
    clash record;
begin
    if new.paragraph_numbering = 'PER_YEAR' and old.paragraph_numbering is distinct from 'PER_YEAR' then
        select b.name, extract(year from m.meeting_date)::integer as year, i.number into clash
          from agenda_item i join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
         where m.meeting_date >= date_trunc('year', current_date)
         group by b.name, extract(year from m.meeting_date), i.number having count(*) > 1
         limit 1;
        if found then
            raise exception 'Kan inte byta till årslöpande numrering: % har § % flera gånger år %', clash.name, clash.number, clash.year
                using errcode = '23505';
        end if;
    end if;
    return new;
end;
$$;
create trigger association_numbering_switch before update of paragraph_numbering on association
    for each row execute function association_numbering_switch();

-- The next free § number for a meeting, following the association's numbering rule.
create function next_paragraph_number(p_meeting_id bigint) returns integer language sql stable as $$
    select coalesce(max(i.number), 0) + 1
      from meeting m
      join meeting mm on mm.id = m.id
          or ((select paragraph_numbering from association where id = 1) = 'PER_YEAR'
              and mm.body_id = m.body_id
              and extract(year from mm.meeting_date) = extract(year from m.meeting_date))
      join agenda_item i on i.meeting_id = mm.id
     where m.id = p_meeting_id
$$;
select enable_audit('agenda_item');

-- Who was (or was not) present for one § when it differs from the header, e.g. jäv or late arrival.
create table agenda_item_attendance (
    id        bigint generated always as identity primary key,
    item_id   bigint  not null references agenda_item (id) on delete cascade,
    person_id bigint  not null references person (id),
    present   boolean not null default true,
    note      text,
    version   integer not null default 1,
    constraint agenda_item_attendance_once unique (item_id, person_id)
);
create index agenda_item_attendance_person_idx on agenda_item_attendance (person_id);
select enable_audit('agenda_item_attendance');

--changeset samordnaren:002-decision splitStatements:false
create table decision (
    id                   bigint generated always as identity primary key,
    item_id              bigint  not null unique references agenda_item (id) on delete cascade,
    -- 'Styrelsen beslutade'; defaults to the body's decision_verb.
    intro                text    not null check (length(btrim(intro)) > 0),
    outcome              text    not null check (outcome in ('APPROVED', 'GRANTED', 'REJECTED', 'REFERRED_BACK', 'POSTPONED', 'NOTED', 'PROPOSAL', 'DELEGATION_REPORTED')),
    -- For PROPOSAL: the body the proposal goes to ('Arbetsutskottet föreslår styrelsen att ...').
    proposal_to_body_id  bigint  references body (id),
    -- The proposal (of another body) this decision answers.
    answers_proposal_id  bigint  references decision (id),
    -- An earlier decision this one corrects (approved minutes never change; corrections are new decisions).
    corrects_decision_id bigint  references decision (id),
    version              integer not null default 1,
    constraint decision_proposal_target check ((outcome = 'PROPOSAL') = (proposal_to_body_id is not null)),
    constraint decision_not_self check (answers_proposal_id <> id and corrects_decision_id <> id)
);
create index decision_answers_idx on decision (answers_proposal_id) where answers_proposal_id is not null;
create index decision_corrects_idx on decision (corrects_decision_id) where corrects_decision_id is not null;
create index decision_proposal_to_idx on decision (proposal_to_body_id) where proposal_to_body_id is not null;

create function decision_defaults() returns trigger language plpgsql as $$
begin
    if new.intro is null then
        new.intro := (select b.decision_verb from agenda_item i join meeting m on m.id = i.meeting_id
                        join body b on b.id = m.body_id where i.id = new.item_id);
    end if;
    return new;
end;
$$;
create trigger decision_defaults before insert on decision for each row execute function decision_defaults();

-- A proposal goes to another body; an answer answers a proposal made to its own body, earlier or the
-- same day; a correction corrects an earlier decision.
create function check_decision_references() returns trigger language plpgsql as $$
declare
    own record;
    other record;
begin
    select m.body_id, m.meeting_date into own
      from agenda_item i join meeting m on m.id = i.meeting_id where i.id = new.item_id;
    if new.proposal_to_body_id is not null and new.proposal_to_body_id = own.body_id then
        raise exception 'Ett förslag ska gå till ett annat organ än det som beslutar' using errcode = '23514';
    end if;
    if new.answers_proposal_id is not null then
        select d.outcome, d.proposal_to_body_id, m.meeting_date into other
          from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
         where d.id = new.answers_proposal_id;
        if other.outcome <> 'PROPOSAL' or other.proposal_to_body_id <> own.body_id then
            raise exception 'Beslutet kan bara besvara ett förslag som ställts till det egna organet' using errcode = '23514';
        end if;
        if other.meeting_date > own.meeting_date then
            raise exception 'Beslutet kan inte besvara ett förslag från ett senare sammanträde' using errcode = '23514';
        end if;
    end if;
    if new.corrects_decision_id is not null then
        select m.meeting_date into other
          from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
         where d.id = new.corrects_decision_id;
        if other.meeting_date > own.meeting_date then
            raise exception 'Ett beslut kan bara rätta ett tidigare beslut' using errcode = '23514';
        end if;
    end if;
    return null;
end;
$$;
create constraint trigger decision_references after insert or update on decision
    deferrable initially immediate for each row execute function check_decision_references();
select enable_audit('decision');

-- The "Att ..." clauses of a decision, in order.
create table decision_clause (
    id            bigint generated always as identity primary key,
    decision_id   bigint  not null references decision (id) on delete cascade,
    position      integer not null check (position > 0),
    text          text    not null check (length(btrim(text)) > 0),
    search_vector tsvector generated always as (to_tsvector('swedish'::regconfig, coalesce(text, ''))) stored,
    version       integer not null default 1,
    constraint decision_clause_position_unique unique (decision_id, position) deferrable initially immediate
);
create index decision_clause_search_idx on decision_clause using gin (search_vector);
select enable_audit('decision_clause');

-- What a decision touched: a real foreign key to the linked record's linkable_record row.
create table decision_link (
    id          bigint generated always as identity primary key,
    decision_id bigint  not null references decision (id) on delete cascade,
    record_id   bigint  not null references linkable_record (id) on delete restrict,
    note        text,
    created_at  timestamptz not null default now(),
    version     integer not null default 1,
    constraint decision_link_once unique (decision_id, record_id)
);
create index decision_link_record_idx on decision_link (record_id);
select enable_audit('decision_link');

-- Free-text references ("Styrelsens beslut 2020-09-25 § 5", "Bilaga 2") for what is not (yet) a record.
create table decision_reference (
    id          bigint generated always as identity primary key,
    decision_id bigint  not null references decision (id) on delete cascade,
    position    integer not null check (position > 0),
    text        text    not null check (length(btrim(text)) > 0),
    version     integer not null default 1,
    constraint decision_reference_position_unique unique (decision_id, position) deferrable initially immediate
);
select enable_audit('decision_reference');

--changeset samordnaren:002-follow-up splitStatements:false
-- A condition or återrapportering set by a decision, closed by a later §.
create table follow_up (
    id                    bigint generated always as identity primary key,
    decision_id           bigint  not null references decision (id) on delete cascade,
    description           text    not null check (length(btrim(description)) > 0),
    responsible_person_id bigint  references person (id),
    due_date              date,
    due_meeting_id        bigint  references meeting (id),
    status                text    not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    closed_by_item_id     bigint  references agenda_item (id),
    closed_note           text,
    created_at            timestamptz not null default now(),
    version               integer not null default 1,
    constraint follow_up_one_due check (due_date is null or due_meeting_id is null),
    constraint follow_up_closed_by_item check ((status = 'CLOSED') = (closed_by_item_id is not null))
);
create index follow_up_decision_idx on follow_up (decision_id);
create index follow_up_open_idx on follow_up (status, due_date) where status = 'OPEN';
create index follow_up_due_meeting_idx on follow_up (due_meeting_id) where due_meeting_id is not null;
create index follow_up_closed_by_idx on follow_up (closed_by_item_id) where closed_by_item_id is not null;

-- The closing § and the due meeting cannot lie before the decision that set the condition.
create function check_follow_up_dates() returns trigger language plpgsql as $$
declare
    decided date;
begin
    select m.meeting_date into decided
      from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
     where d.id = new.decision_id;
    if new.closed_by_item_id is not null and
       (select m.meeting_date from agenda_item i join meeting m on m.id = i.meeting_id where i.id = new.closed_by_item_id) < decided then
        raise exception 'Återrapporteringen kan inte stängas av en paragraf från före beslutet' using errcode = '23514';
    end if;
    if new.due_meeting_id is not null and (select meeting_date from meeting where id = new.due_meeting_id) < decided then
        raise exception 'Återrapporteringen kan inte ha ett sammanträde före beslutet som förfallodag' using errcode = '23514';
    end if;
    return null;
end;
$$;
create constraint trigger follow_up_dates after insert or update on follow_up
    deferrable initially immediate for each row execute function check_follow_up_dates();
select enable_audit('follow_up');

--changeset samordnaren:002-approval-lock splitStatements:false
-- APPROVAL LOCK: once meeting.approved_at is set the minutes never change.
-- Every refusal has errcode P0001 and a message starting 'Protokollet är justerat'.

create function meeting_of(key_column text, key bigint) returns bigint language sql stable as $$
    select case key_column
        when 'meeting_id' then key
        when 'item_id' then (select meeting_id from agenda_item where id = key)
        when 'decision_id' then (select i.meeting_id from decision d join agenda_item i on i.id = d.item_id where d.id = key)
    end
$$;

create function meeting_is_approved(p_meeting_id bigint) returns boolean language sql stable as $$
    select coalesce((select approved_at is not null from meeting where id = p_meeting_id), false)
$$;

-- The meeting row: after approval only the anslag columns, the storage place, status and version may change;
-- approval cannot be undone and an approved meeting cannot be deleted.
create function lock_approved_meeting() returns trigger language plpgsql as $$
declare
    free_columns constant text[] := array['notice_posted_on', 'notice_removed_on', 'minutes_storage_place', 'status', 'version'];
    label text;
begin
    if tg_op = 'DELETE' then
        if old.approved_at is not null then
            raise exception 'Protokollet är justerat: sammanträdet den % kan inte tas bort', old.meeting_date
                using errcode = 'P0001', hint = 'Rättelser görs som nya beslut som pekar på det gamla.';
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
            using errcode = 'P0001';
    end if;
    if (to_jsonb(new) - free_columns) is distinct from (to_jsonb(old) - free_columns) then
        raise exception 'Protokollet är justerat: sammanträdet den % kan inte ändras (bara anslag och förvaringsplats)', old.meeting_date
            using errcode = 'P0001', hint = 'Rättelser görs som nya beslut som pekar på det gamla.';
    end if;
    return new;
end;
$$;
create trigger meeting_approval_lock before insert or update or delete on meeting
    for each row execute function lock_approved_meeting();

-- The minutes' parts. TG_ARGV[0] names the key column that leads to the meeting (meeting_id, item_id or
-- decision_id); TG_ARGV[1..] are columns that may still change after approval.
create function lock_approved_minutes() returns trigger language plpgsql as $$
declare
    key_column constant text := tg_argv[0];
    free_columns text[] := coalesce(tg_argv[1:], '{}');
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
                using errcode = 'P0001', detail = format('%s id %s', tg_table_name, old.id);
        end if;
        return old;
    end if;
    if tg_op = 'INSERT' then
        if meeting_is_approved(new_meeting) then
            raise exception 'Protokollet är justerat: % kan inte läggas till', what
                using errcode = 'P0001', detail = format('%s', tg_table_name);
        end if;
        return new;
    end if;
    if meeting_is_approved(old_meeting) or meeting_is_approved(new_meeting) then
        if old_meeting is distinct from new_meeting
           or (to_jsonb(new) - free_columns) is distinct from (to_jsonb(old) - free_columns) then
            raise exception 'Protokollet är justerat: % kan inte ändras', what
                using errcode = 'P0001', detail = format('%s id %s', tg_table_name, old.id),
                      hint = 'Rättelser görs som nya beslut som pekar på det gamla.';
        end if;
    end if;
    return new;
end;
$$;

create trigger agenda_item_approval_lock before insert or update or delete on agenda_item
    for each row execute function lock_approved_minutes('meeting_id');
create trigger meeting_attendance_approval_lock before insert or update or delete on meeting_attendance
    for each row execute function lock_approved_minutes('meeting_id');
create trigger agenda_item_attendance_approval_lock before insert or update or delete on agenda_item_attendance
    for each row execute function lock_approved_minutes('item_id');
create trigger decision_approval_lock before insert or update or delete on decision
    for each row execute function lock_approved_minutes('item_id');
create trigger decision_clause_approval_lock before insert or update or delete on decision_clause
    for each row execute function lock_approved_minutes('decision_id');
create trigger decision_link_approval_lock before insert or update or delete on decision_link
    for each row execute function lock_approved_minutes('decision_id');
create trigger decision_reference_approval_lock before insert or update or delete on decision_reference
    for each row execute function lock_approved_minutes('decision_id');
-- A follow-up is closed by a later §, and who answers for it and when may be rescheduled;
-- what was decided (decision_id, description) stays.
create trigger follow_up_approval_lock before insert or update or delete on follow_up
    for each row execute function lock_approved_minutes('decision_id',
        'status', 'closed_by_item_id', 'closed_note', 'responsible_person_id', 'due_date', 'due_meeting_id', 'version');

-- TRUNCATE skips row triggers: refuse it while any minutes are approved.
create function refuse_truncate_of_minutes() returns trigger language plpgsql as $$
begin
    if exists (select 1 from meeting where approved_at is not null) then
        raise exception 'Protokollet är justerat: % kan inte tömmas', tg_table_name using errcode = 'P0001';
    end if;
    return null;
end;
$$;
create trigger meeting_no_truncate before truncate on meeting for each statement execute function refuse_truncate_of_minutes();
create trigger agenda_item_no_truncate before truncate on agenda_item for each statement execute function refuse_truncate_of_minutes();
create trigger meeting_attendance_no_truncate before truncate on meeting_attendance for each statement execute function refuse_truncate_of_minutes();
create trigger agenda_item_attendance_no_truncate before truncate on agenda_item_attendance for each statement execute function refuse_truncate_of_minutes();
create trigger decision_no_truncate before truncate on decision for each statement execute function refuse_truncate_of_minutes();
create trigger decision_clause_no_truncate before truncate on decision_clause for each statement execute function refuse_truncate_of_minutes();
create trigger decision_link_no_truncate before truncate on decision_link for each statement execute function refuse_truncate_of_minutes();
create trigger decision_reference_no_truncate before truncate on decision_reference for each statement execute function refuse_truncate_of_minutes();
create trigger follow_up_no_truncate before truncate on follow_up for each statement execute function refuse_truncate_of_minutes();

--changeset samordnaren:002-views splitStatements:false
-- Label views per linkable kind, unioned into linkable_record_label.
create view meeting_link_label as
select m.record_id, 'MEETING'::text as kind,
       b.name || ' ' || to_char(m.meeting_date, 'YYYY-MM-DD') as label,
       m.id as target_id
  from meeting m join body b on b.id = m.body_id;

create view appointment_link_label as
select a.record_id, 'APPOINTMENT'::text as kind,
       p.full_name || ', ' || appointment_role_label_sv(a.role) || ', ' || b.name
           || coalesce(' (' || mr.name || ')', '')
           || ' ' || to_char(a.valid_from, 'YYYY-MM-DD') || '–' || coalesce(to_char(a.valid_to, 'YYYY-MM-DD'), '') as label,
       a.id as target_id
  from appointment a
  join person p on p.id = a.person_id
  join body b on b.id = a.body_id
  left join member mr on mr.id = a.member_represented_id;

create view person_link_label as
select p.record_id, 'PERSON'::text as kind,
       p.full_name || coalesce(' (' || p.party || ')', '') || coalesce(', ' || coalesce(mb.name, p.organisation), '') as label,
       p.id as target_id
  from person p left join member mb on mb.id = p.member_id;

select register_link_label('APPOINTMENT', 'appointment_link_label');
select register_link_label('MEETING', 'meeting_link_label');
select register_link_label('PERSON', 'person_link_label');

-- "What did this § touch?" and, read the other way, "where was this decided?"
create view decision_link_target as
select l.id as link_id, l.decision_id, d.item_id, i.meeting_id, l.record_id, r.kind, k.label_sv as kind_label,
       lbl.label, lbl.target_id, l.note
  from decision_link l
  join decision d on d.id = l.decision_id
  join agenda_item i on i.id = d.item_id
  join linkable_record r on r.id = l.record_id
  join linkable_kind k on k.code = r.kind
  left join linkable_record_label lbl on lbl.record_id = l.record_id;

-- Follow-ups with their state. Overdue = open and either its due date has passed or its due meeting
-- has been held (status HELD/APPROVED, or its date has passed).
create view follow_up_status as
select f.id, f.decision_id, d.item_id, i.meeting_id as decided_at_meeting_id, dm.meeting_date as decided_on,
       f.description, f.responsible_person_id, f.due_date, f.due_meeting_id, due.meeting_date as due_meeting_date,
       coalesce(f.due_date, due.meeting_date) as due_on,
       f.status, f.closed_by_item_id, f.closed_note, f.version,
       (f.status = 'OPEN' and (f.due_date < current_date
            or due.status in ('HELD', 'APPROVED')
            or due.meeting_date < current_date)) as overdue
  from follow_up f
  join decision d on d.id = f.decision_id
  join agenda_item i on i.id = d.item_id
  join meeting dm on dm.id = i.meeting_id
  left join meeting due on due.id = f.due_meeting_id;
