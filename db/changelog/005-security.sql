--liquibase formatted sql

--changeset samordnaren:005-security-stamp splitStatements:false
-- A signed-in session remembers the stamp its user had at sign-in; every request compares it with this column
-- (SessionAccountCheck). Disabling a user, changing the role, the password or the username changes the stamp, so
-- open sessions of that user end at their next request, on every node. The trigger holds this for SQL run by hand too.
alter table app_user add column security_stamp bigint not null default 1;

create function bump_security_stamp() returns trigger language plpgsql as $$
begin
    if (new.enabled, new.role, new.password_hash, new.username)
           is distinct from (old.enabled, old.role, old.password_hash, old.username) then
        new.security_stamp := old.security_stamp + 1;
    end if;
    return new;
end;
$$;
create trigger app_user_security_stamp before update on app_user
    for each row execute function bump_security_stamp();

--changeset samordnaren:005-login-throttle splitStatements:false
-- Failed sign-ins per subject: the account name typed (whether the account exists or not) or the remote address.
-- After too many failures in a short time the subject is locked until locked_until; the förbundschef may unlock an
-- account. Audited like every table, so each failure, lock and unlock is in the audit trail.
create table login_throttle (
    id              bigint generated always as identity primary key,
    scope           text        not null check (scope in ('ACCOUNT', 'ADDRESS')),
    subject         text        not null check (length(subject) between 1 and 100),
    failures        integer     not null default 0 check (failures >= 0),
    first_failure_at timestamptz,
    last_failure_at timestamptz,
    last_address    text        check (length(last_address) <= 100),
    locked_until    timestamptz,
    refused_while_locked integer not null default 0 check (refused_while_locked >= 0),
    unique (scope, subject)
);
select enable_audit('login_throttle');
