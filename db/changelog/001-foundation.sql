--liquibase formatted sql

--changeset samordnaren:001-audit splitStatements:false
-- One append-only audit table, filled by one generic trigger on every audited table.
-- The application names its user per connection with set_config('app.user', ...); SQL run by hand
-- is recorded under the database user.
create table audit_log (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    username    text        not null,
    table_name  text        not null,
    row_key     text,
    operation   text        not null check (operation in ('INSERT', 'UPDATE', 'DELETE')),
    old_data    jsonb,
    new_data    jsonb
);
create index audit_log_table_row_idx on audit_log (table_name, row_key);
create index audit_log_occurred_idx on audit_log (occurred_at desc);

create function audit_row() returns trigger language plpgsql as $$
declare
    actor text := coalesce(nullif(current_setting('app.user', true), ''), session_user::text);
    old_json jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    new_json jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
begin
    if tg_op = 'UPDATE' and old_json = new_json then
        return new;
    end if;
    insert into audit_log (username, table_name, row_key, operation, old_data, new_data)
    values (actor, tg_table_name, coalesce(new_json, old_json) ->> 'id', tg_op,
            old_json - 'password_hash', new_json - 'password_hash');
    return coalesce(new, old);
end;
$$;

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log är endast för tillägg' using errcode = 'P0001';
end;
$$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function refuse_audit_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function refuse_audit_change();

-- Later migrations audit a table with one call: select enable_audit('meeting');
create function enable_audit(target regclass) returns void language plpgsql as $$
begin
    execute format('create trigger %I after insert or update or delete on %s for each row execute function audit_row()',
                   'audit_' || replace(target::text, '.', '_'), target);
end;
$$;

--changeset samordnaren:001-users splitStatements:false
create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null unique check (username ~ '^[a-z0-9._-]{2,40}$'),
    full_name     text        not null check (length(trim(full_name)) > 0),
    email         text,
    password_hash text        not null,
    role          text        not null check (role in ('FORBUNDSCHEF', 'EKONOM', 'SEKRETERARE', 'STYRELSE', 'BEREDNINGSGRUPP', 'REVISOR')),
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    version       integer     not null default 1
);
select enable_audit('app_user');

--changeset samordnaren:001-association splitStatements:false
-- Exactly one association per installation: the row with id 1.
create table association (
    id                    integer primary key default 1 check (id = 1),
    name                  text    not null check (length(trim(name)) > 0),
    organisation_number   text    check (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
    street_address        text,
    postal_code           text    check (postal_code ~ '^[0-9]{3} ?[0-9]{2}$'),
    city                  text,
    email                 text,
    notice_board_location text,
    minutes_storage_place text,
    paragraph_numbering   text    not null default 'PER_MEETING' check (paragraph_numbering in ('PER_MEETING', 'PER_YEAR')),
    version               integer not null default 1
);
insert into association (id, name) values (1, 'Samordningsförbundet');
select enable_audit('association');

--changeset samordnaren:001-member splitStatements:false
create table member (
    id                 bigint generated always as identity primary key,
    name               text    not null unique check (length(trim(name)) > 0),
    short_name         text,
    member_type        text    not null check (member_type in ('FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'MUNICIPALITY')),
    organisation_number text   check (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
    -- Share (percent) of the municipalities' quarter; only municipalities have one.
    municipal_share    numeric(7, 4) check (municipal_share > 0 and municipal_share <= 100),
    population         integer check (population >= 0),
    created_at         timestamptz not null default now(),
    version            integer not null default 1,
    constraint member_share_only_for_municipality check (member_type = 'MUNICIPALITY' or municipal_share is null)
);
create unique index member_one_fk on member (member_type) where member_type = 'FORSAKRINGSKASSAN';
create unique index member_one_af on member (member_type) where member_type = 'ARBETSFORMEDLINGEN';

-- The municipal shares can never add up to more than 100 %.
create function check_municipal_shares() returns trigger language plpgsql as $$
begin
    if (select coalesce(sum(municipal_share), 0) from member) > 100 then
        raise exception 'Kommunernas andelar får tillsammans vara högst 100 %%' using errcode = '23514';
    end if;
    return null;
end;
$$;
create constraint trigger member_municipal_shares after insert or update on member
    deferrable initially immediate for each row execute function check_municipal_shares();
select enable_audit('member');
