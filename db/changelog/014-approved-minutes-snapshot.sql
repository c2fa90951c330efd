--liquibase formatted sql

-- Approved minutes read exactly as they were approved (issue 8 item 2). What the minutes show that lives in other
-- tables (the body's name, § prefix and decision verb, the association's name, the approver's name, every attendee's
-- name and party, the body a proposal goes to) is copied onto the minutes' own rows in the statement that approves
-- them, and the approval lock keeps those copies like the rest of the minutes. Reads take the copies for approved
-- minutes and the live values for drafts. The printed protocol of approved minutes is stored once, with its SHA-256,
-- and never changes. See docs/meetings-schema.md, "Approved minutes read as approved".

--changeset samordnaren:014-minutes-as-approved splitStatements:false
-- The copies. Null while the minutes are a draft (drafts read the live values).
alter table meeting
    add column body_name_as_approved        text,
    add column paragraph_prefix_as_approved text,
    add column decision_verb_as_approved    text,
    add column association_name_as_approved text,
    add column approver_name_as_approved    text;
alter table meeting_attendance
    add column name_as_approved  text,
    add column party_as_approved text;
alter table agenda_item_attendance
    add column name_as_approved  text,
    add column party_as_approved text;
alter table decision
    add column proposal_to_body_name_as_approved text;

-- Copies the names of the people and bodies a meeting's rows point to onto those rows (attendance, presence per §,
-- the body a proposal goes to). Called while the meeting is not yet approved in the table (from the BEFORE trigger
-- below), so the approval lock of these rows lets it write.
create function copy_minutes_names(p_meeting_id bigint) returns void language sql as $$
    update meeting_attendance a
       set name_as_approved = p.full_name, party_as_approved = p.party
      from person p
     where p.id = a.person_id and a.meeting_id = p_meeting_id;
    update agenda_item_attendance a
       set name_as_approved = p.full_name, party_as_approved = p.party
      from person p, agenda_item i
     where p.id = a.person_id and i.id = a.item_id and i.meeting_id = p_meeting_id;
    update decision d
       set proposal_to_body_name_as_approved = b.name
      from body b, agenda_item i
     where b.id = d.proposal_to_body_id and i.id = d.item_id and i.meeting_id = p_meeting_id;
$$;

-- Minutes approved before this change (the lock refuses these writes, so it is off for this one changeset): the
-- copies are taken from today's values, the best there is. Their PDF is produced on its first request and stored then.
alter table meeting disable trigger meeting_approval_lock;
alter table meeting_attendance disable trigger meeting_attendance_approval_lock;
alter table agenda_item_attendance disable trigger agenda_item_attendance_approval_lock;
alter table decision disable trigger decision_approval_lock;
do $fill$ begin perform copy_minutes_names(id) from meeting where approved_at is not null; end $fill$;
update meeting m
   set body_name_as_approved = b.name,
       paragraph_prefix_as_approved = b.paragraph_prefix,
       decision_verb_as_approved = b.decision_verb,
       association_name_as_approved = (select name from association where id = 1),
       approver_name_as_approved = (select full_name from app_user where id = m.approved_by)
  from body b
 where b.id = m.body_id and m.approved_at is not null;
alter table meeting enable trigger meeting_approval_lock;
alter table meeting_attendance enable trigger meeting_attendance_approval_lock;
alter table agenda_item_attendance enable trigger agenda_item_attendance_approval_lock;
alter table decision enable trigger decision_approval_lock;

-- Approving (approved_at from null to a time, or a meeting inserted approved) takes the copies in the same statement,
-- whoever approves: MeetingService.approve, the demo's SQL, an import. A draft keeps none (a value written to a draft
-- is dropped). After approval the meeting's lock (meeting_approval_lock, which fires first: triggers fire in name
-- order) refuses any change of them, and the rows' locks refuse any change of theirs.
create function take_minutes_snapshot() returns trigger language plpgsql as $$
begin
    if new.approved_at is null then
        new.body_name_as_approved := null;
        new.paragraph_prefix_as_approved := null;
        new.decision_verb_as_approved := null;
        new.association_name_as_approved := null;
        new.approver_name_as_approved := null;
        return new;
    end if;
    if tg_op = 'UPDATE' and old.approved_at is not null then
        return new;
    end if;
    select b.name, b.paragraph_prefix, b.decision_verb
      into new.body_name_as_approved, new.paragraph_prefix_as_approved, new.decision_verb_as_approved
      from body b where b.id = new.body_id;
    new.association_name_as_approved := (select name from association where id = 1);
    new.approver_name_as_approved := (select full_name from app_user where id = new.approved_by);
    if tg_op = 'UPDATE' then
        perform copy_minutes_names(new.id);
    end if;
    return new;
end;
$$;
create trigger meeting_minutes_snapshot before insert or update on meeting
    for each row execute function take_minutes_snapshot();

alter table meeting
    add constraint meeting_snapshot_when_approved check (
        (approved_at is null and num_nonnulls(body_name_as_approved, paragraph_prefix_as_approved, decision_verb_as_approved,
                                              association_name_as_approved, approver_name_as_approved) = 0)
        or (approved_at is not null and body_name_as_approved is not null and decision_verb_as_approved is not null));

--changeset samordnaren:014-approved-minutes-pdf splitStatements:false
-- The protocol of approved minutes as a PDF, produced once and kept: in the approving transaction
-- (produced_at = meeting.approved_at), or, for minutes approved before 014 or by SQL (the demo), on the first request.
-- sha256 and size are computed by the database from the content. Append-only: no update, no delete, no truncate.
create table approved_minutes_pdf (
    id          bigint      generated always as identity primary key,
    meeting_id  bigint      not null references meeting (id),
    content     bytea       not null,
    size_bytes  bigint      generated always as (octet_length(content)) stored,
    sha256      text        generated always as (encode(sha256(content), 'hex')) stored,
    produced_at timestamptz not null default now(),
    produced_by text        not null default coalesce(nullif(current_setting('app.user', true), ''), session_user::text),
    constraint approved_minutes_pdf_once unique (meeting_id),
    constraint approved_minutes_pdf_is_pdf check (substring(content from 1 for 5) = '\x255044462d'::bytea)
);

create function keep_approved_minutes_pdf() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if not meeting_is_approved(new.meeting_id) then
            raise exception 'Bara ett justerat protokoll sparas som PDF (sammanträde %)', new.meeting_id
                using errcode = '23514', constraint = 'approved_minutes_pdf_only_approved';
        end if;
        return new;
    end if;
    raise exception 'Protokollet är justerat: den sparade PDF:en kan inte %', case tg_op when 'DELETE' then 'tas bort' else 'ändras' end
        using errcode = 'SN001', constraint = 'approved_minutes_pdf_approval_lock',
              detail = format('approved_minutes_pdf id %s', old.id);
end;
$$;
create trigger approved_minutes_pdf_approval_lock before insert or update or delete on approved_minutes_pdf
    for each row execute function keep_approved_minutes_pdf();
-- A stored PDF exists only for approved minutes, so while there is one, some minutes are approved.
create trigger approved_minutes_pdf_no_truncate before truncate on approved_minutes_pdf
    for each statement execute function refuse_truncate_of_minutes();
-- Audited without the content (the sha256 in the audit row identifies the file), as attachments are.
create trigger audit_approved_minutes_pdf after insert or update or delete on approved_minutes_pdf
    for each row execute function audit_attachment_row();
