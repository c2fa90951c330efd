--liquibase formatted sql

-- Signatures of minutes kept as the record of their approval (issue 10: "e-signatures ... are kept as the record of
-- approval"; issue 11 items 4-5 will add PAPER and PASSWORD signing in the app). One row per signer: the name as
-- signed, the title, when (signed_at, with the offset the signature page gave in signed_at_offset_minutes, so the
-- time reads as it was written), how (method, and method_detail: the identification as written, "Svensk
-- e-legitimation (BankID)"), and the person of the register when known. content_sha256 is the SHA-256 of what was
-- signed, when the signing knows it (an import does not).
-- Signatures belong to the minutes: they are written while the minutes are a draft (an import writes them before it
-- approves, in the same transaction; signing in the app happens before the lock) and after approval they are
-- append-only like the rest of the minutes: no insert, update or delete (SN001, minutes_signature_approval_lock).

--changeset samordnaren:021-minutes-signature splitStatements:false
create table minutes_signature (
    id                       bigint      generated always as identity primary key,
    meeting_id               bigint      not null references meeting (id) on delete cascade,
    signer_name              text        not null check (length(btrim(signer_name)) > 0),
    signer_title             text,
    person_id                bigint      references person (id),
    signed_at                timestamptz not null,
    signed_at_offset_minutes integer     not null default 0,
    method                   text        not null check (method in ('IMPORTED_E_SIGNATURE', 'PAPER', 'PASSWORD')),
    method_detail            text,
    content_sha256           text,
    created_at               timestamptz not null default now(),
    version                  integer     not null default 1,
    constraint minutes_signature_signer_name_length check (char_length(signer_name) <= 300),
    constraint minutes_signature_signer_title_length check (char_length(signer_title) <= 300),
    constraint minutes_signature_method_detail_length check (char_length(method_detail) <= 300),
    constraint minutes_signature_offset check (signed_at_offset_minutes between -1080 and 1080),
    constraint minutes_signature_content_sha256_hex check (content_sha256 ~ '^[0-9a-f]{64}$')
);
create index minutes_signature_meeting_idx on minutes_signature (meeting_id);
create index minutes_signature_person_idx on minutes_signature (person_id);
select enable_audit('minutes_signature');

-- The approval lock of the minutes' parts (010): no insert, update or delete once the meeting is approved.
create trigger minutes_signature_approval_lock before insert or update or delete on minutes_signature
    for each row execute function lock_approved_minutes('meeting_id');
create trigger minutes_signature_no_truncate before truncate on minutes_signature
    for each statement execute function refuse_truncate_of_minutes();
