--liquibase formatted sql

-- Issue 11 items 4-5 (justering in the application): nobody signs the same content twice. A signature names the
-- person and the SHA-256 of the minutes' canonical text it signed (meeting.signing.MinutesContent); the same person
-- signing the same content of the same meeting again is refused here as well as by the service. Imported
-- e-signatures carry no content hash and are not concerned. See docs/meeting-cycle.md, "Justering och underskrifter".

--changeset samordnaren:025-signature-once splitStatements:false
create unique index minutes_signature_once_per_content on minutes_signature (meeting_id, person_id, content_sha256)
    where person_id is not null and content_sha256 is not null;
