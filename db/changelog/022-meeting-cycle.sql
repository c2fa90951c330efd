--liquibase formatted sql

-- Issue 11: the whole meeting cycle. The agenda (föredragningslista) built from what is due, the notice of the
-- meeting (kallelse) with its revisions, justering signed in the application by the chair and the justerare,
-- the public notice board (anslagstavla) and reminders. See docs/meeting-cycle.md.

--changeset samordnaren:022-settings splitStatements:false
-- The association's settings for the cycle: the appeal period runs this many days from the posting (three weeks
-- by law, kommunallagen 13 kap.), the anslag goes up this many working days after the last signature, and a
-- signatory is reminded after this many days.
alter table association
    add column appeal_period_days         integer not null default 21 check (appeal_period_days between 1 and 120),
    add column notice_delay_working_days  integer not null default 1 check (notice_delay_working_days between 0 and 20),
    add column signature_reminder_days    integer not null default 3 check (signature_reminder_days between 1 and 60);

--changeset samordnaren:022-user-person splitStatements:false
-- A user account may be a person of the register (the chair who signs, the justerare): the link that lets
-- the application know whose signature a signed-in user may give. One account per person, one person per account.
alter table app_user add column person_id bigint unique references person (id);

--changeset samordnaren:022-agenda-template splitStatements:false
-- The standing items of a body's agenda (opening, choice of justerare, ... closing), editable per body.
-- A body without rows uses the application's default list.
create table agenda_template_entry (
    id         bigint  generated always as identity primary key,
    body_id    bigint  not null references body (id) on delete cascade,
    position   integer not null check (position > 0),
    title      text    not null check (length(btrim(title)) > 0),
    kind       text    not null default 'INFORMATION' check (kind in ('INFORMATION', 'DECISION', 'OTHER')),
    proposal   text,
    version    integer not null default 1,
    constraint agenda_template_entry_title_length check (char_length(title) <= 300),
    constraint agenda_template_entry_proposal_length check (char_length(proposal) <= 50000),
    constraint agenda_template_entry_position_unique unique (body_id, position) deferrable initially immediate
);
select enable_audit('agenda_template_entry');

--changeset samordnaren:022-agenda-entry splitStatements:false
-- One point of a meeting's agenda (föredragningslista), prepared before the meeting. When the meeting is held
-- each point becomes a paragraph (item_id, numbered by the association's rule) with its proposal as the decision
-- text; a point not reached is marked (not_reached) and offered to the next meeting (carried_from_entry_id).
-- source says why the point is on the agenda; the matching reference says what it is about.
create table agenda_entry (
    id                    bigint  generated always as identity primary key,
    meeting_id            bigint  not null references meeting (id) on delete cascade,
    position              integer not null check (position > 0),
    title                 text    not null check (length(btrim(title)) > 0),
    kind                  text    not null default 'INFORMATION' check (kind in ('INFORMATION', 'DECISION', 'OTHER')),
    description           text,
    -- "Förslag till beslut": the clauses, one per line, each read as "Att …".
    proposal              text,
    case_number           text,
    source                text    not null default 'MANUAL' check (source in (
                              'STANDING', 'APPLICATION', 'FOLLOW_UP', 'REFERRED', 'PROPOSAL', 'YEARLY', 'NOT_REACHED', 'MANUAL')),
    application_id        bigint  references funding_application (id),
    follow_up_id          bigint  references follow_up (id),
    -- The earlier § that referred the matter back or postponed it.
    earlier_item_id       bigint  references agenda_item (id),
    -- A subordinate body's proposal (decision with outcome PROPOSAL to this body).
    proposal_decision_id  bigint  references decision (id),
    -- The year's fixed items: 'ANNUAL_REPORT:2020', 'BUDGET_REVISION:2021', 'BUDGET:2022'.
    yearly_key            text,
    carried_from_entry_id bigint  references agenda_entry (id),
    -- The paragraph this point became when the meeting was held.
    item_id               bigint  unique references agenda_item (id) on delete set null,
    not_reached           boolean not null default false,
    created_at            timestamptz not null default now(),
    version               integer not null default 1,
    constraint agenda_entry_title_length check (char_length(title) <= 300),
    constraint agenda_entry_description_length check (char_length(description) <= 50000),
    constraint agenda_entry_proposal_length check (char_length(proposal) <= 50000),
    constraint agenda_entry_case_number_length check (char_length(case_number) <= 300),
    constraint agenda_entry_yearly_key_length check (char_length(yearly_key) <= 100),
    constraint agenda_entry_not_reached_no_item check (not (not_reached and item_id is not null)),
    constraint agenda_entry_source_reference check (
        case source
            when 'APPLICATION' then application_id is not null
            when 'FOLLOW_UP' then follow_up_id is not null
            when 'REFERRED' then earlier_item_id is not null
            when 'PROPOSAL' then proposal_decision_id is not null
            when 'YEARLY' then yearly_key is not null
            when 'NOT_REACHED' then carried_from_entry_id is not null
            else true
        end),
    constraint agenda_entry_position_unique unique (meeting_id, position) deferrable initially immediate
);
create index agenda_entry_application_idx on agenda_entry (application_id) where application_id is not null;
create index agenda_entry_follow_up_idx on agenda_entry (follow_up_id) where follow_up_id is not null;
create index agenda_entry_earlier_item_idx on agenda_entry (earlier_item_id) where earlier_item_id is not null;
create index agenda_entry_proposal_decision_idx on agenda_entry (proposal_decision_id) where proposal_decision_id is not null;
create index agenda_entry_carried_idx on agenda_entry (carried_from_entry_id) where carried_from_entry_id is not null;
create index agenda_entry_not_reached_idx on agenda_entry (meeting_id) where not_reached;
select enable_audit('agenda_entry');
-- Once the minutes are approved the agenda is part of the record (only not_reached may still be read, never changed).
create trigger agenda_entry_approval_lock before insert or update or delete on agenda_entry
    for each row execute function lock_approved_minutes('meeting_id');

-- The papers (handlingar) of a point: attachments already in the register, or uploaded for the point.
create table agenda_entry_paper (
    id            bigint  generated always as identity primary key,
    entry_id      bigint  not null references agenda_entry (id) on delete cascade,
    attachment_id bigint  not null references attachment (id),
    position      integer not null default 1 check (position > 0),
    constraint agenda_entry_paper_once unique (entry_id, attachment_id)
);
create index agenda_entry_paper_attachment_idx on agenda_entry_paper (attachment_id);
select enable_audit('agenda_entry_paper');

--changeset samordnaren:022-attachment-owners splitStatements:false
-- Two more owners of an attachment: a paper uploaded for an agenda point, and the scanned protocol signed on paper.
alter table attachment
    add column agenda_entry_id bigint references agenda_entry (id) on delete cascade,
    add column signed_minutes_meeting_id bigint references meeting (id);
alter table attachment drop constraint attachment_one_owner;
alter table attachment add constraint attachment_one_owner
    check (num_nonnulls(report_id, application_version_id, agenda_entry_id, signed_minutes_meeting_id) = 1);
create index attachment_agenda_entry_idx on attachment (agenda_entry_id) where agenda_entry_id is not null;
create index attachment_signed_minutes_idx on attachment (signed_minutes_meeting_id) where signed_minutes_meeting_id is not null;

--changeset samordnaren:022-invitation splitStatements:false
-- The notice of the meeting (kallelse) as produced: revision 1, then each later change a marked revision.
-- The PDF is kept as sent (sha256 and size computed by the database); sent_at is set when it went out by e-mail.
create table meeting_invitation (
    id              bigint      generated always as identity primary key,
    meeting_id      bigint      not null references meeting (id) on delete cascade,
    revision        integer     not null check (revision > 0),
    content         bytea       not null,
    size_bytes      bigint      generated always as (octet_length(content)) stored,
    sha256          text        generated always as (encode(sha256(content), 'hex')) stored,
    change_note     text,
    produced_at     timestamptz not null default now(),
    produced_by     text        not null default coalesce(nullif(current_setting('app.user', true), ''), session_user::text),
    sent_at         timestamptz,
    recipient_count integer     check (recipient_count >= 0),
    constraint meeting_invitation_revision_once unique (meeting_id, revision),
    constraint meeting_invitation_is_pdf check (substring(content from 1 for 5) = '\x255044462d'::bytea),
    constraint meeting_invitation_change_note_length check (char_length(change_note) <= 50000),
    constraint meeting_invitation_sent_count check ((sent_at is null) = (recipient_count is null))
);
create trigger audit_meeting_invitation after insert or update or delete on meeting_invitation
    for each row execute function audit_attachment_row();

--changeset samordnaren:022-signing splitStatements:false
-- Justering in the application. The secretary marks the minutes ready (signing_requested_at); the chair and the
-- justerare sign (minutes_signature, method PASSWORD, with the SHA-256 of the exact content signed) or return them
-- with a comment (minutes_return, which ends the request). When every signatory has signed the current content,
-- the minutes are approved in the same transaction and lock as before.
alter table meeting
    add column signing_requested_at timestamptz,
    add column signing_requested_by bigint references app_user (id),
    add constraint meeting_signing_not_planned check (signing_requested_at is null or status <> 'PLANNED');

create table minutes_return (
    id          bigint      generated always as identity primary key,
    meeting_id  bigint      not null references meeting (id) on delete cascade,
    person_id   bigint      not null references person (id),
    returned_by bigint      not null references app_user (id),
    comment     text        not null check (length(btrim(comment)) > 0),
    returned_at timestamptz not null default now(),
    constraint minutes_return_comment_length check (char_length(comment) <= 50000)
);
create index minutes_return_meeting_idx on minutes_return (meeting_id);
select enable_audit('minutes_return');

-- Who signed in the application (the account), besides the person signed for.
alter table minutes_signature add column signed_by_user_id bigint references app_user (id);
alter table minutes_signature add constraint minutes_signature_password_complete
    check (method <> 'PASSWORD' or (person_id is not null and signed_by_user_id is not null and content_sha256 is not null));

-- Nobody signs for someone else: an account signs only for the person it is linked to.
create function check_minutes_signature_signer() returns trigger language plpgsql as $$
begin
    if new.signed_by_user_id is not null and
       (select person_id from app_user where id = new.signed_by_user_id) is distinct from new.person_id then
        raise exception 'En användare kan bara skriva under för sig själv'
            using errcode = '23514', constraint = 'minutes_signature_own_signature';
    end if;
    return new;
end;
$$;
create trigger minutes_signature_signer before insert on minutes_signature
    for each row execute function check_minutes_signature_signer();

-- Signatures are append-only from the moment they are written, approved or not.
create function refuse_signature_change() returns trigger language plpgsql as $$
begin
    raise exception 'En underskrift kan inte ändras eller tas bort'
        using errcode = 'SN001', constraint = 'minutes_signature_append_only';
end;
$$;
create trigger minutes_signature_append_only before update or delete on minutes_signature
    for each row execute function refuse_signature_change();

--changeset samordnaren:022-notice-board splitStatements:false
-- The anslag on the digital notice board: posted on notice_posted_on (set at the last signature to the next working
-- day, adjustable), taken down on notice_removed_on, the appeal period's last day kept as computed at posting.
-- notice_published_at / notice_taken_down_at record when the board actually showed and stopped showing it (audited).
alter table meeting
    add column notice_appeal_ends_on date,
    add column notice_published_at   timestamptz,
    add column notice_taken_down_at  timestamptz,
    add constraint meeting_notice_appeal_after_posting check (notice_appeal_ends_on is null or (notice_posted_on is not null and notice_appeal_ends_on >= notice_posted_on)),
    add constraint meeting_notice_published_needs_posted check (notice_published_at is null or notice_posted_on is not null),
    add constraint meeting_notice_taken_down_needs_published check (notice_taken_down_at is null or notice_published_at is not null);
create index meeting_notice_board_idx on meeting (notice_posted_on) where notice_posted_on is not null;

-- After approval only the anslag columns, the storage place, status and version may change (010), now with the
-- notice board's columns; signing_requested_* are cleared when the last signature approves the minutes.
create or replace function lock_approved_meeting() returns trigger language plpgsql as $$
declare
    free_columns constant text[] := array['notice_posted_on', 'notice_removed_on', 'notice_appeal_ends_on',
        'notice_published_at', 'notice_taken_down_at', 'minutes_storage_place', 'status', 'version'];
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

--changeset samordnaren:022-reminder splitStatements:false
-- A reminder to one person about one thing, made once (unique): a follow-up due before the next meeting, the
-- minutes waiting for a signature after the association's number of days, minutes ready for signing.
-- Shown on the person's start page until seen; e-mailed once when mail is configured (emailed_at).
create table reminder (
    id          bigint      generated always as identity primary key,
    kind        text        not null check (kind in ('FOLLOW_UP_DUE', 'SIGNATURE_OUTSTANDING', 'SIGNING_REQUESTED')),
    subject_id  bigint      not null,
    person_id   bigint      not null references person (id),
    due_on      date,
    created_at  timestamptz not null default now(),
    emailed_at  timestamptz,
    seen_at     timestamptz,
    version     integer     not null default 1,
    constraint reminder_once unique (kind, subject_id, person_id)
);
create index reminder_person_open_idx on reminder (person_id) where seen_at is null;
select enable_audit('reminder');

--changeset samordnaren:022-sent-mail splitStatements:false
-- Every e-mail the application sent or tried to send (mail.MailService): to whom, what, why, and the outcome.
create table sent_mail (
    id         bigint      generated always as identity primary key,
    recipient  text        not null check (length(btrim(recipient)) > 0),
    subject    text        not null,
    purpose    text        not null check (purpose in ('INVITATION', 'SIGNING_REQUESTED', 'REMINDER', 'OTHER')),
    meeting_id bigint      references meeting (id) on delete set null,
    sent_at    timestamptz not null default now(),
    failure    text,
    constraint sent_mail_recipient_length check (char_length(recipient) <= 300),
    constraint sent_mail_subject_length check (char_length(subject) <= 1000),
    constraint sent_mail_failure_length check (char_length(failure) <= 2000)
);
create index sent_mail_meeting_idx on sent_mail (meeting_id) where meeting_id is not null;
select enable_audit('sent_mail');

--changeset samordnaren:022-attachment-owners-keep-import splitStatements:false
-- 022-attachment-owners left out the imported minutes' original file (020): all four owner columns and the flag.
alter table attachment drop constraint attachment_one_owner;
alter table attachment add constraint attachment_one_owner
    check (num_nonnulls(report_id, application_version_id, agenda_entry_id, signed_minutes_meeting_id)
           + imported_minutes::integer = 1);
