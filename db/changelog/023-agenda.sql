--liquibase formatted sql

-- Issue 11, agenda: 022 redefined attachment_one_owner with the two new owners but without the original file of
-- imported minutes (020: an attachment with imported_minutes and no other owner), so every import of old minutes
-- was refused. One owner again, imported minutes counted. See docs/meeting-cycle.md.

--changeset samordnaren:023-attachment-owner-imported-minutes splitStatements:false
alter table attachment drop constraint attachment_one_owner;
alter table attachment add constraint attachment_one_owner
    check (num_nonnulls(report_id, application_version_id, agenda_entry_id, signed_minutes_meeting_id)
           + imported_minutes::integer = 1);
