--liquibase formatted sql

-- The money (issue 9): allocation per member and year, budgets with versions, actuals (by hand and from the
-- bookkeeping), annual results with discharge, and equity against the national guideline.
-- Model and reasons: docs/money.md. Owners: allocation (allocation_*), budget (budget_*), bookkeeping
-- (actual_entry, bookkeeping_*, account_mapping, import_column_mapping), equity (annual_result, discharge,
-- guideline_step). The read-only views at the end are made for the dashboard and the forecast.
-- Every amount is numeric(14,2); every editable table has version (optimistic locking) and is audited; every rule
-- that must never break is a constraint or a trigger with a constraint name that the feature's Refusals map.

--changeset samordnaren:016-money-kinds splitStatements:false
insert into linkable_kind (code, label_sv) values
    ('ALLOCATION_YEAR', 'Tilldelade medel'),
    ('BUDGET_VERSION', 'Budget'),
    ('ANNUAL_RESULT', 'Årsredovisning');

-- A budget is decided, an allocation noted or decided, an annual report approved: never on a rejection, a referral
-- back or a postponement. Used by the three tables below.
create function check_money_decision() returns trigger language plpgsql as $$
declare
    outcome text;
begin
    if new.decision_id is null then
        return new;
    end if;
    select d.outcome into outcome from decision d where d.id = new.decision_id;
    if outcome in ('REJECTED', 'REFERRED_BACK', 'POSTPONED', 'PROPOSAL') then
        raise exception 'Beslutet (%) kan inte vara grund för % ', outcome, tg_table_name
            using errcode = '23514', constraint = tg_table_name || '_decision_decides',
                  detail = format('decision id %s, outcome %s', new.decision_id, outcome);
    end if;
    return new;
end;
$$;

--changeset samordnaren:016-allocation splitStatements:false
-- Tilldelade medel: the year's total and how it is split. The state (Försäkringskassan) pays state_share % of the
-- total, the region(s) region_share %, the municipalities municipal_share %, split between them by allocation_key.
create table allocation_year (
    id               bigint generated always as identity primary key,
    year             integer       not null unique check (year between 2000 and 2100),
    total            numeric(14,2) not null check (total > 0),
    state_share      numeric(5,2)  not null default 50 check (state_share >= 0),
    region_share     numeric(5,2)  not null default 25 check (region_share >= 0),
    municipal_share  numeric(5,2)  not null default 25 check (municipal_share >= 0),
    -- What the municipal key is ('Befolkning 31 december 2019').
    key_basis        text          not null default 'Befolkning',
    decision_id      bigint        references decision (id),
    note             text,
    record_id        bigint        not null unique references linkable_record (id),
    version          integer       not null default 1,
    constraint allocation_year_shares_sum check (state_share + region_share + municipal_share = 100),
    constraint allocation_year_key_basis_length check (char_length(key_basis) between 1 and 300),
    constraint allocation_year_note_length check (note is null or char_length(note) <= 50000)
);
create trigger allocation_year_decision before insert or update of decision_id on allocation_year
    for each row execute function check_money_decision();
select enable_linking('allocation_year', 'ALLOCATION_YEAR');
select enable_audit('allocation_year');

-- The municipal key per year (population, or an agreed percentage): one value per municipality.
create table allocation_key (
    id                 bigint generated always as identity primary key,
    allocation_year_id bigint         not null references allocation_year (id) on delete cascade,
    member_id          bigint         not null references member (id),
    key_value          numeric(14,4)  not null check (key_value > 0),
    version            integer        not null default 1,
    constraint allocation_key_unique unique (allocation_year_id, member_id)
);
create function check_allocation_key_member() returns trigger language plpgsql as $$
begin
    if (select member_type from member where id = new.member_id) <> 'MUNICIPALITY' then
        raise exception 'Fördelningsnyckeln gäller bara kommunerna' using errcode = '23514', constraint = 'allocation_key_municipality';
    end if;
    return new;
end;
$$;
create trigger allocation_key_municipality before insert or update on allocation_key
    for each row execute function check_allocation_key_member();
select enable_audit('allocation_key');

-- What a member actually paid, and when (several payments a year are normal: quarterly).
create table allocation_payment (
    id                 bigint generated always as identity primary key,
    allocation_year_id bigint        not null references allocation_year (id),
    member_id          bigint        not null references member (id),
    paid_on            date          not null,
    amount             numeric(14,2) not null check (amount <> 0),
    note               text,
    version            integer       not null default 1,
    constraint allocation_payment_note_length check (note is null or char_length(note) <= 300)
);
create index allocation_payment_year_idx on allocation_payment (allocation_year_id, member_id);
select enable_audit('allocation_payment');

-- Each member's expected share of a year, what it paid and the difference. Försäkringskassan carries the state share,
-- the region(s) split the region share equally, the municipalities split theirs by the key (no key: nothing expected,
-- and the view says so with key_missing).
create view allocation_member_share as
with year_members as (
    select y.id as allocation_year_id, y.year, y.total, y.state_share, y.region_share, y.municipal_share,
           m.id as member_id, m.name as member_name, m.member_type,
           k.key_value,
           sum(k.key_value) over (partition by y.id) as key_sum,
           count(*) filter (where m.member_type = 'REGION') over (partition by y.id) as regions
      from allocation_year y
     cross join member m
      left join allocation_key k on k.allocation_year_id = y.id and k.member_id = m.id
)
select ym.allocation_year_id, ym.year, ym.member_id, ym.member_name, ym.member_type,
       ym.key_value,
       round(case ym.member_type
                 when 'FORSAKRINGSKASSAN' then ym.total * ym.state_share / 100
                 when 'REGION' then ym.total * ym.region_share / 100 / nullif(ym.regions, 0)
                 when 'MUNICIPALITY' then ym.total * ym.municipal_share / 100 * ym.key_value / nullif(ym.key_sum, 0)
                 else 0 end, 2)::numeric(14,2) as expected,
       coalesce(p.paid, 0)::numeric(14,2) as paid,
       p.last_paid_on,
       (ym.member_type = 'MUNICIPALITY' and ym.key_value is null) as key_missing
  from year_members ym
  left join lateral (select sum(amount) as paid, max(paid_on) as last_paid_on
                       from allocation_payment ap
                      where ap.allocation_year_id = ym.allocation_year_id and ap.member_id = ym.member_id) p on true;

create view allocation_year_link_label as
select record_id, 'ALLOCATION_YEAR'::text as kind, 'Tilldelade medel ' || year as label, id as target_id
  from allocation_year;
select register_link_label('ALLOCATION_YEAR', 'allocation_year_link_label');

--changeset samordnaren:016-budget splitStatements:false
-- A budget item is a line that lives across versions and years ("Kansli", "Insats: En väg in", "Tilldelning Lunds
-- kommun"), so actuals, the account mapping and every version point at the same line. Amounts are positive; the
-- direction says whether the line is income or cost.
create table budget_item (
    id            bigint generated always as identity primary key,
    name          text    not null,
    direction     text    not null check (direction in ('INCOME', 'COST')),
    category      text    not null check (category in ('ALLOCATION', 'OTHER_INCOME', 'INITIATIVE', 'OFFICE', 'BOARD', 'ACTIVITY', 'OTHER_COST')),
    member_id     bigint  references member (id),
    initiative_id bigint  references initiative (id),
    position      integer not null default 0,
    active        boolean not null default true,
    version       integer not null default 1,
    constraint budget_item_name_unique unique (name),
    constraint budget_item_name_length check (char_length(btrim(name)) between 1 and 300),
    constraint budget_item_direction check (
        (direction = 'INCOME') = (category in ('ALLOCATION', 'OTHER_INCOME'))),
    constraint budget_item_member check ((category = 'ALLOCATION') = (member_id is not null)),
    constraint budget_item_initiative check (initiative_id is null or category = 'INITIATIVE')
);
create unique index budget_item_member_unique on budget_item (member_id) where member_id is not null;
create unique index budget_item_initiative_unique on budget_item (initiative_id) where initiative_id is not null;
select enable_audit('budget_item');

-- A version of a year's budget: the one decided in November (with the plan for the two following years) and the
-- revised one in March, which is the year's reference. Decided = decision_id set: from then on read-only (a new
-- version is made by copying).
create table budget_version (
    id             bigint generated always as identity primary key,
    year           integer     not null check (year between 2000 and 2100),
    kind           text        not null check (kind in ('BUDGET', 'REVISED', 'DRAFT')),
    name           text        not null,
    copied_from_id bigint      references budget_version (id),
    decision_id    bigint      references decision (id),
    note           text,
    record_id      bigint      not null unique references linkable_record (id),
    created_at     timestamptz not null default now(),
    created_by     text        not null default coalesce(nullif(current_setting('app.user', true), ''), session_user::text),
    version        integer     not null default 1,
    constraint budget_version_name_length check (char_length(btrim(name)) between 1 and 300),
    constraint budget_version_note_length check (note is null or char_length(note) <= 50000)
);
create index budget_version_year_idx on budget_version (year);
create unique index budget_version_decision_unique on budget_version (decision_id) where decision_id is not null;
create trigger budget_version_decision before insert or update of decision_id on budget_version
    for each row execute function check_money_decision();

-- Once decided, a version keeps its figures: only the note may change; it cannot be deleted or undecided.
create function lock_decided_budget_version() returns trigger language plpgsql as $$
declare
    free_columns constant text[] := array['note', 'version'];
begin
    if old.decision_id is null then
        return coalesce(new, old);
    end if;
    if tg_op = 'DELETE' then
        raise exception 'Budgeten är beslutad och kan inte tas bort' using errcode = 'P0001', constraint = 'budget_version_decided';
    end if;
    if (to_jsonb(new) - free_columns) is distinct from (to_jsonb(old) - free_columns) then
        raise exception 'Budgeten är beslutad och kan inte ändras: gör en ny version genom att kopiera den'
            using errcode = 'P0001', constraint = 'budget_version_decided';
    end if;
    return new;
end;
$$;
create trigger budget_version_locked before update or delete on budget_version
    for each row execute function lock_decided_budget_version();
select enable_linking('budget_version', 'BUDGET_VERSION');
select enable_audit('budget_version');

-- The amounts of a version: per item and year (the budget year and up to two plan years).
create table budget_amount (
    id                bigint generated always as identity primary key,
    budget_version_id bigint        not null references budget_version (id) on delete cascade,
    budget_item_id    bigint        not null references budget_item (id),
    year              integer       not null,
    amount            numeric(14,2) not null check (amount >= 0),
    note              text,
    version           integer       not null default 1,
    constraint budget_amount_unique unique (budget_version_id, budget_item_id, year),
    constraint budget_amount_note_length check (note is null or char_length(note) <= 300)
);
create index budget_amount_item_idx on budget_amount (budget_item_id, year);

create function check_budget_amount() returns trigger language plpgsql as $$
declare
    v record;
begin
    select year, decision_id into v from budget_version
     where id = coalesce(new.budget_version_id, old.budget_version_id);
    if not found then
        -- the version itself is being deleted (cascade): the version's own lock already decided
        return coalesce(new, old);
    end if;
    if v.decision_id is not null then
        raise exception 'Budgeten är beslutad och kan inte ändras: gör en ny version genom att kopiera den'
            using errcode = 'P0001', constraint = 'budget_version_decided';
    end if;
    if tg_op <> 'DELETE' and new.year not between v.year and v.year + 2 then
        raise exception 'En budget för % omfattar åren % till % (året % är utanför)', v.year, v.year, v.year + 2, new.year
            using errcode = '23514', constraint = 'budget_amount_year_in_plan';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger budget_amount_check before insert or update or delete on budget_amount
    for each row execute function check_budget_amount();
select enable_audit('budget_amount');

create view budget_version_link_label as
select record_id, 'BUDGET_VERSION'::text as kind, name as label, id as target_id from budget_version;
select register_link_label('BUDGET_VERSION', 'budget_version_link_label');

-- When a version was decided: the date of the deciding meeting (null while a draft).
create view budget_version_decided as
select v.id as budget_version_id, v.year, v.kind, m.meeting_date as decided_on, v.decision_id
  from budget_version v
  join decision d on d.id = v.decision_id
  join agenda_item i on i.id = d.item_id
  join meeting m on m.id = i.meeting_id;

-- The reference budget of each year: the latest decided version OF that year (the revised one once decided).
create view budget_reference as
select distinct on (year) year, budget_version_id, kind, decided_on
  from budget_version_decided
 order by year, decided_on desc, budget_version_id desc;

-- The planned amount per item and year from the newest decided version covering the year (the reference for a
-- year that has one, otherwise the latest plan year of an earlier budget). Feeds the forecast.
create view budget_plan as
select distinct on (a.year, a.budget_item_id)
       a.year, a.budget_item_id, a.amount, d.budget_version_id, d.year as version_year
  from budget_amount a
  join budget_version_decided d on d.budget_version_id = a.budget_version_id
 order by a.year, a.budget_item_id, d.year desc, d.decided_on desc, d.budget_version_id desc;

--changeset samordnaren:016-bookkeeping splitStatements:false
-- Actuals entered by hand: one amount per item and month (positive: income received / cost spent).
create table actual_entry (
    id             bigint generated always as identity primary key,
    budget_item_id bigint        not null references budget_item (id),
    year           integer       not null check (year between 2000 and 2100),
    month          integer       not null check (month between 1 and 12),
    amount         numeric(14,2) not null,
    note           text,
    created_by     text          not null default coalesce(nullif(current_setting('app.user', true), ''), session_user::text),
    version        integer       not null default 1,
    constraint actual_entry_unique unique (budget_item_id, year, month),
    constraint actual_entry_note_length check (note is null or char_length(note) <= 300)
);
select enable_audit('actual_entry');

-- One imported bookkeeping file, kept whole with who imported it and when. An import covers a period; a later import
-- of an overlapping period replaces it (replaced_by_id set, its rows no longer count): two current imports never
-- overlap.
create table bookkeeping_import (
    id             bigint generated always as identity primary key,
    file_name      text        not null check (char_length(btrim(file_name)) between 1 and 300),
    format         text        not null check (format in ('SIE', 'CSV', 'XLSX')),
    content        bytea       not null,
    sha256         text        generated always as (encode(sha256(content), 'hex')) stored,
    period_start   date        not null,
    period_end     date        not null,
    program        text,
    company        text,
    vouchers       integer     not null default 0 check (vouchers >= 0),
    row_count      integer     not null default 0 check (row_count >= 0),
    imported_at    timestamptz not null default now(),
    imported_by    text        not null default coalesce(nullif(current_setting('app.user', true), ''), session_user::text),
    replaced_by_id bigint      references bookkeeping_import (id),
    version        integer     not null default 1,
    constraint bookkeeping_import_period check (period_end >= period_start),
    constraint bookkeeping_import_no_overlap exclude using gist (daterange(period_start, period_end, '[]') with &&)
        where (replaced_by_id is null)
);
create index bookkeeping_import_sha_idx on bookkeeping_import (sha256);
select enable_audit('bookkeeping_import');

-- The rows behind every imported figure: one #TRANS (or a period balance of a balances-only file, or a CSV/Excel
-- row). amount is as in the file: debit positive. budget_item_id is the mapping at import time (null: ignored,
-- e.g. balance-sheet accounts or accounts the user chose to leave out; the preview lists them).
create table bookkeeping_row (
    id             bigint generated always as identity primary key,
    import_id      bigint        not null references bookkeeping_import (id) on delete cascade,
    line_no        integer       not null check (line_no > 0),
    source_kind    text          not null check (source_kind in ('TRANSACTION', 'PERIOD_BALANCE', 'ROW')),
    voucher_series text,
    voucher_number text,
    booked_on      date          not null,
    account        text          not null,
    objects        text[]        not null default '{}',
    amount         numeric(14,2) not null,
    description    text,
    budget_item_id bigint        references budget_item (id)
);
create index bookkeeping_row_import_idx on bookkeeping_row (import_id);
create index bookkeeping_row_item_idx on bookkeeping_row (budget_item_id, booked_on) where budget_item_id is not null;
-- Rows are facts of a file: never changed, only removed with their import.
create function refuse_bookkeeping_row_update() returns trigger language plpgsql as $$
begin
    raise exception 'Bokföringsrader ändras inte: importera filen på nytt' using errcode = 'P0001', constraint = 'bookkeeping_row_immutable';
end;
$$;
create trigger bookkeeping_row_immutable before update on bookkeeping_row
    for each row execute function refuse_bookkeeping_row_update();

-- Where an account (and/or a cost object "dim:object") goes: to a budget item, or explicitly ignored. The most
-- specific rule wins: account + object, then object alone, then account alone.
create table account_mapping (
    id             bigint generated always as identity primary key,
    account        text,
    dimension      integer check (dimension > 0),
    object         text,
    budget_item_id bigint  references budget_item (id),
    ignored        boolean not null default false,
    version        integer not null default 1,
    constraint account_mapping_target check ((budget_item_id is not null) <> ignored),
    constraint account_mapping_something check (account is not null or object is not null),
    constraint account_mapping_object_dimension check ((object is null) = (dimension is null)),
    constraint account_mapping_account_format check (account is null or account ~ '^[0-9]{1,10}$'),
    constraint account_mapping_object_length check (object is null or char_length(object) <= 300),
    constraint account_mapping_unique unique nulls not distinct (account, dimension, object)
);
select enable_audit('account_mapping');

-- The column mapping of CSV / Excel files, picked once per format and reused.
create table import_column_mapping (
    format   text    primary key check (format in ('CSV', 'XLSX')),
    settings jsonb   not null,
    version  integer not null default 1
);
select enable_audit('import_column_mapping');

-- Actuals per item and month: by hand plus the rows of current imports, signed so that income and cost are both
-- positive when money came in / went out.
create view actual_monthly as
select budget_item_id, year, month, sum(amount)::numeric(14,2) as amount, sum(manual)::numeric(14,2) as manual,
       sum(imported)::numeric(14,2) as imported
  from (select e.budget_item_id, e.year, e.month, e.amount, e.amount as manual, 0 as imported
          from actual_entry e
        union all
        select r.budget_item_id, extract(year from r.booked_on)::int, extract(month from r.booked_on)::int,
               case bi.direction when 'INCOME' then -r.amount else r.amount end,
               0,
               case bi.direction when 'INCOME' then -r.amount else r.amount end
          from bookkeeping_row r
          join bookkeeping_import i on i.id = r.import_id and i.replaced_by_id is null
          join budget_item bi on bi.id = r.budget_item_id) a
 group by budget_item_id, year, month;

--changeset samordnaren:016-equity splitStatements:false
-- Årsredovisning: the year's figures as approved, with the auditors' report.
create table annual_result (
    id                   bigint generated always as identity primary key,
    year                 integer       not null unique check (year between 2000 and 2100),
    income               numeric(14,2) not null check (income >= 0),
    costs                numeric(14,2) not null check (costs >= 0),
    result               numeric(14,2) generated always as (income - costs) stored,
    equity_start         numeric(14,2) not null,
    equity_end           numeric(14,2) not null,
    -- The year's allocated money as the report states it; null: take allocation_year.total.
    allocation           numeric(14,2) check (allocation > 0),
    decision_id          bigint        references decision (id),
    auditors_report      text,
    auditors_report_on   date,
    auditors_recommend_discharge boolean,
    note                 text,
    record_id            bigint        not null unique references linkable_record (id),
    version              integer       not null default 1,
    constraint annual_result_auditors_report_length check (auditors_report is null or char_length(auditors_report) <= 50000),
    constraint annual_result_note_length check (note is null or char_length(note) <= 50000)
);
create trigger annual_result_decision before insert or update of decision_id on annual_result
    for each row execute function check_money_decision();
select enable_linking('annual_result', 'ANNUAL_RESULT');
select enable_audit('annual_result');

create view annual_result_link_label as
select record_id, 'ANNUAL_RESULT'::text as kind, 'Årsredovisning ' || year as label, id as target_id from annual_result;
select register_link_label('ANNUAL_RESULT', 'annual_result_link_label');

-- Ansvarsfrihet: each member's council grants (or refuses) the board discharge for the year; null granted_on and
-- not refused = outstanding.
create table discharge (
    id               bigint generated always as identity primary key,
    annual_result_id bigint  not null references annual_result (id) on delete cascade,
    member_id        bigint  not null references member (id),
    granted_on       date,
    refused          boolean not null default false,
    reference        text,
    version          integer not null default 1,
    constraint discharge_unique unique (annual_result_id, member_id),
    constraint discharge_granted_or_refused check (not (refused and granted_on is not null)),
    constraint discharge_reference_length check (reference is null or char_length(reference) <= 300)
);
select enable_audit('discharge');

-- The national council's guideline as data: from valid_from, an association whose allocation is at most
-- allocation_up_to (null: any size) may keep max_share % of it as equity at year end. Several steps make the
-- "staircase"; the step with the smallest bracket that holds the allocation applies.
create table guideline_step (
    id               bigint generated always as identity primary key,
    valid_from       date          not null,
    allocation_up_to numeric(14,2) check (allocation_up_to > 0),
    max_share        numeric(5,2)  not null check (max_share > 0 and max_share <= 100),
    source           text          not null,
    version          integer       not null default 1,
    constraint guideline_step_unique unique nulls not distinct (valid_from, allocation_up_to),
    constraint guideline_step_source_length check (char_length(btrim(source)) between 1 and 300)
);
select enable_audit('guideline_step');

-- The step that applies on a date to an allocation (null when no step is in force).
create function guideline_step_for(p_on date, p_allocation numeric) returns guideline_step language sql stable as $$
    select s.*
      from guideline_step s
     where s.valid_from = (select max(valid_from) from guideline_step where valid_from <= p_on)
       and (s.allocation_up_to is null or p_allocation <= s.allocation_up_to)
     order by s.allocation_up_to nulls last
     limit 1
$$;

-- Equity against the guideline per year of an annual result: allowed level, excess (positive) or room (negative).
create view equity_status as
select r.year, r.id as annual_result_id, r.result, r.equity_start, r.equity_end,
       coalesce(r.allocation, y.total) as allocation,
       g.max_share, g.source,
       round(coalesce(r.allocation, y.total) * g.max_share / 100, 2)::numeric(14,2) as allowed,
       (r.equity_end - round(coalesce(r.allocation, y.total) * g.max_share / 100, 2))::numeric(14,2) as excess,
       round(r.equity_end * 100 / nullif(coalesce(r.allocation, y.total), 0), 1) as ratio_percent
  from annual_result r
  left join allocation_year y on y.year = r.year
  left join lateral guideline_step_for(make_date(r.year, 12, 31), coalesce(r.allocation, y.total)) g on true;

-- The planned result of every year with decided budget figures: income minus cost of budget_plan.
create view budget_plan_result as
select p.year,
       sum(case bi.direction when 'INCOME' then p.amount else 0 end)::numeric(14,2) as income,
       sum(case bi.direction when 'COST' then p.amount else 0 end)::numeric(14,2) as costs,
       sum(case bi.direction when 'INCOME' then p.amount else -p.amount end)::numeric(14,2) as result
  from budget_plan p
  join budget_item bi on bi.id = p.budget_item_id
 group by p.year;

-- Forecast: from the last annual result on, each planned year's result added to the equity; allowed level from the
-- planned allocation (allocation_year, else the plan's allocation income) and the guideline in force.
create view equity_forecast as
with last_result as (
    select year, equity_end from annual_result order by year desc limit 1
), planned as (
    select pr.year, pr.income, pr.costs, pr.result,
           lr.equity_end + sum(pr.result) over (order by pr.year) as equity_end,
           coalesce(y.total, (select sum(p.amount) from budget_plan p join budget_item bi on bi.id = p.budget_item_id
                               where p.year = pr.year and bi.category = 'ALLOCATION')) as allocation
      from budget_plan_result pr
     cross join last_result lr
      left join allocation_year y on y.year = pr.year
     where pr.year > lr.year
)
select p.year, p.income, p.costs, p.result, p.equity_end::numeric(14,2) as equity_end, p.allocation::numeric(14,2) as allocation,
       g.max_share, g.source,
       round(p.allocation * g.max_share / 100, 2)::numeric(14,2) as allowed,
       (p.equity_end - round(p.allocation * g.max_share / 100, 2))::numeric(14,2) as excess
  from planned p
  left join lateral guideline_step_for(make_date(p.year, 12, 31), p.allocation) g on true;
