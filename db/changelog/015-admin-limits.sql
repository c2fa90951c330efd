--liquibase formatted sql

-- Users: the longest texts the user administration accepts (ui.Fields / common.Texts.SHORT), checked here too, so a
-- 10 000-character name is refused with a named constraint instead of failing deep in an index.
--changeset samordnaren:015-app-user-limits
alter table app_user add constraint app_user_full_name_length check (char_length(full_name) <= 300);
alter table app_user add constraint app_user_email_length check (email is null or char_length(email) <= 300);
