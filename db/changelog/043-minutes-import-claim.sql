--liquibase formatted sql

--changeset samordnaren:043-minutes-import-claim splitStatements:false
-- Two nodes (docs/deployment.md): each node's background reader resumes the waiting import batches when it starts, so
-- a file must be claimed before it is read. A claim is a short committed update (who, when, a token per claim) taken
-- with `for update skip locked`, so two readers take different files and never wait for each other; a claim older
-- than the timeout (a node that crashed while reading) is taken over. Only the claim's holder writes the result
-- (the token), so a file taken over from a node that was merely slow is still written once. Not an advisory lock: a
-- session lock held for a whole batch pins a pooled connection for minutes and lets one node read the batch while
-- the other idles; a row lock held while reading keeps a transaction open through the parse. A claim is visible
-- (which node reads which file, since when) and costs two short statements per file.
alter table minutes_import_file
    add column claimed_by  text,
    add column claimed_at  timestamptz,
    add column claim_token uuid,
    add constraint minutes_import_file_claim check ((claimed_at is null) = (claim_token is null)),
    add constraint minutes_import_file_claimed_by_length check (char_length(claimed_by) <= 200);
-- The readers look for waiting files only: a small index of them.
create index minutes_import_file_waiting_idx on minutes_import_file (batch_id, position) where status = 'WAITING';

-- A claim is the reader's bookkeeping, not a change anyone made: the audit trail skips the claim (a waiting file whose
-- claim token changes; the claim's update changes nothing else). The result's update is still audited, with the claim
-- it was made under. (A comparison of the whole rows would read every file's content on every claim.)
drop trigger audit_minutes_import_file on minutes_import_file;
create trigger audit_minutes_import_file after insert or delete on minutes_import_file
    for each row execute function audit_attachment_row();
create trigger audit_minutes_import_file_update after update on minutes_import_file
    for each row
    when (not (new.status = 'WAITING' and old.claim_token is distinct from new.claim_token))
    execute function audit_attachment_row();
