--liquibase formatted sql

-- Importing old minutes (issue 10): a meeting made from a file is marked as imported and keeps the file it came from
-- (an attachment owned by the import); the same meeting (body and date) or the same file is never imported twice;
-- a batch of files is read in the background and its files wait for review in minutes_import_file.

--changeset samordnaren:020-imported-minutes-file splitStatements:false
-- The original file of imported minutes: a third owner of an attachment, and plain text (.txt) besides PDF and Word.
alter table attachment add column imported_minutes boolean not null default false;
alter table attachment drop constraint attachment_one_owner;
alter table attachment add constraint attachment_one_owner
    check (num_nonnulls(report_id, application_version_id) + imported_minutes::integer = 1);
alter table attachment drop constraint attachment_content_type_check;
alter table attachment add constraint attachment_content_type_check check (content_type in (
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/plain'));
alter table attachment drop constraint attachment_magic;
alter table attachment add constraint attachment_magic check (
    (content_type = 'application/pdf' and substring(content from 1 for 5) = '\x255044462d'::bytea)
    or (content_type = 'text/plain' and imported_minutes)
    or (content_type not in ('application/pdf', 'text/plain') and substring(content from 1 for 4) = '\x504b0304'::bytea));
-- The same file is imported once.
create unique index attachment_imported_minutes_once on attachment (sha256) where imported_minutes;

--changeset samordnaren:020-imported-meeting splitStatements:false
alter table meeting
    add column imported_at timestamptz,
    add column imported_from_attachment_id bigint unique references attachment (id),
    add constraint meeting_imported_with_file check ((imported_at is null) = (imported_from_attachment_id is null));

-- One imported meeting per body and day (two imports racing each other), and none where the register already has a
-- meeting of that body on that day (the trigger below).
create unique index meeting_imported_once on meeting (body_id, meeting_date) where imported_at is not null;

create function refuse_duplicate_import() returns trigger language plpgsql as $$
begin
    if new.imported_at is not null and exists (
        select 1 from meeting m where m.body_id = new.body_id and m.meeting_date = new.meeting_date and m.id <> new.id) then
        raise exception 'Sammanträdet den % finns redan i registret och importeras inte igen', new.meeting_date
            using errcode = '23505', constraint = 'meeting_imported_once';
    end if;
    return null;
end;
$$;
create constraint trigger meeting_import_not_duplicate after insert or update of body_id, meeting_date, imported_at on meeting
    for each row execute function refuse_duplicate_import();

--changeset samordnaren:020-import-batch splitStatements:false
-- A batch of files read in the background. Each file keeps its content until it is imported or removed, and what
-- the reading found (paragraphs, doubts) so the list to review can be sorted by how unsure the reading was.
create table minutes_import_batch (
    id         bigint generated always as identity primary key,
    created_by text        not null default coalesce(nullif(current_setting('app.user', true), ''), session_user::text),
    created_at timestamptz not null default now(),
    version    integer     not null default 1
);
select enable_audit('minutes_import_batch');

create table minutes_import_file (
    id              bigint generated always as identity primary key,
    batch_id        bigint  not null references minutes_import_batch (id) on delete cascade,
    position        integer not null,
    file_name       text    not null check (length(btrim(file_name)) > 0),
    content         bytea   not null,
    -- WAITING -> PARSED (to review) | REFUSED (cannot be read, not minutes) -> IMPORTED
    status          text    not null default 'WAITING' check (status in ('WAITING', 'PARSED', 'REFUSED', 'IMPORTED')),
    message         text,
    paragraph_count integer check (paragraph_count >= 0),
    doubt_count     integer check (doubt_count >= 0),
    meeting_date    date,
    meeting_id      bigint  references meeting (id),
    parsed_at       timestamptz,
    version         integer not null default 1,
    constraint minutes_import_file_position unique (batch_id, position),
    constraint minutes_import_file_name_length check (char_length(file_name) <= 300),
    constraint minutes_import_file_message_length check (char_length(message) <= 300),
    constraint minutes_import_file_imported check ((status = 'IMPORTED') = (meeting_id is not null)),
    constraint minutes_import_file_max_size check (octet_length(content) <= 26214400)
);
create index minutes_import_file_batch_idx on minutes_import_file (batch_id);
-- Audited without the content, as attachments are.
create trigger audit_minutes_import_file after insert or update or delete on minutes_import_file
    for each row execute function audit_attachment_row();

--changeset samordnaren:020-member-linkable splitStatements:false
-- A decision can link to a member organisation it concerns (an imported § that names "Region Skåne"): members
-- become linkable records like insatser and applications. Existing members get their record here.
insert into linkable_kind (code, label_sv) values ('MEMBER', 'Medlem');
alter table member add column record_id bigint unique references linkable_record (id);
do $fill$
declare
    m record;
    new_id bigint;
begin
    for m in select id from member order by id loop
        insert into linkable_record (kind) values ('MEMBER') returning id into new_id;
        update member set record_id = new_id where id = m.id;
    end loop;
end
$fill$;
alter table member alter column record_id set not null;
select enable_linking('member', 'MEMBER');
create view member_link_label as
select m.record_id, 'MEMBER'::text as kind, 'Medlem ' || m.name as label, m.id as target_id from member m;
select register_link_label('MEMBER', 'member_link_label');
