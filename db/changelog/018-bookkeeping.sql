--liquibase formatted sql

-- Actuals from the bookkeeping (issue 9 part 3), on top of 016-money.sql:
-- * what an import needs to show later: the names of the accounts and objects the file declared (#KONTO, #OBJEKT, or
--   the CSV/Excel text columns) and the warnings of the reading;
-- * the file is kept whole but audited without its bytes (the sha256 identifies it), and never changes: only
--   replaced_by_id (and version) may be set afterwards;
-- * a new import replaces the overlapping current ones in one transaction: the no-overlap rule is checked at the end
--   of the statement block the service chooses (deferrable), so the new row can exist before the old ones point at it;
-- * the one place that says which rule of the account mapping applies to a row (account_mapping_for), used when an
--   import is previewed, saved and when the chart of accounts lists what has no rule.

--changeset samordnaren:018-bookkeeping-import splitStatements:false
alter table bookkeeping_import
    add column account_names jsonb  not null default '{}'::jsonb,
    add column object_names  jsonb  not null default '{}'::jsonb,
    add column warnings      text[] not null default '{}',
    add constraint bookkeeping_import_not_empty check (octet_length(content) > 0),
    add constraint bookkeeping_import_max_size check (octet_length(content) <= 20971520);

alter table bookkeeping_import drop constraint bookkeeping_import_no_overlap;
alter table bookkeeping_import add constraint bookkeeping_import_no_overlap
    exclude using gist (daterange(period_start, period_end, '[]') with &&) where (replaced_by_id is null)
    deferrable initially immediate;

-- The generic audit trigger would copy every imported file into audit_log: audited without content, as attachments.
drop trigger audit_bookkeeping_import on bookkeeping_import;
create trigger audit_bookkeeping_import after insert or update or delete on bookkeeping_import
    for each row execute function audit_attachment_row();

-- An import is a fact: its file and figures never change; it is only marked as replaced by a later one.
create function lock_bookkeeping_import() returns trigger language plpgsql as $$
declare
    -- sha256 is generated from content (compared here); a BEFORE trigger sees it not yet computed.
    free_columns constant text[] := array['replaced_by_id', 'version', 'sha256'];
begin
    if (to_jsonb(new) - free_columns) is distinct from (to_jsonb(old) - free_columns) then
        raise exception 'En import ändras inte: importera filen på nytt'
            using errcode = 'P0001', constraint = 'bookkeeping_import_fixed';
    end if;
    return new;
end;
$$;
create trigger bookkeeping_import_fixed before update on bookkeeping_import
    for each row execute function lock_bookkeeping_import();

create index bookkeeping_import_current_idx on bookkeeping_import (period_start) where replaced_by_id is null;
create index bookkeeping_row_account_idx on bookkeeping_row (import_id, account);

--changeset samordnaren:018-account-mapping-for splitStatements:false
-- Balance-sheet accounts (BAS classes 1 and 2: assets, liabilities, equity) are never actuals, whatever rule exists.
create function is_balance_account(p_account text) returns boolean language sql immutable as $$
    select p_account ~ '^[12]'
$$;

-- The rule that places a row (its account and its objects as "dim:object"): the most specific wins — account and
-- object, then object alone, then account alone; between rules of the same kind the lowest dimension (kostnadsställe
-- before projekt), then the oldest rule. Null for a balance-sheet account or when no rule applies.
create function account_mapping_for(p_account text, p_objects text[]) returns account_mapping language sql stable as $$
    select m.*
      from account_mapping m
     where not is_balance_account(p_account)
       and ((m.object is null and m.account = p_account)
            or (m.object is not null and (m.dimension::text || ':' || m.object) = any (coalesce(p_objects, '{}'))
                and (m.account is null or m.account = p_account)))
     order by (m.account is not null and m.object is not null) desc, (m.object is not null) desc,
              m.dimension desc nulls last, m.id
     limit 1
$$;
