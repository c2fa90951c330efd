--liquibase formatted sql

--changeset samordnaren:048-agenda-item-search splitStatements:false
-- Performance (docs/performance.md, issue 12): the search ranked every hit before the 50 shown were known, and a §'s
-- hits came from two tables (the paragraph's own vector and each "Att …" clause's), joined, grouped and summed: a word
-- in thousands of § cost 18 ms on 15 years against 7 on 5. One row per § now holds everything the search needs:
--   * the § as one tsvector (title weighted A, the decision's clauses B, text and diarienummer D), so a hit is one
--     index entry and one ts_rank, and words of a query may be found anywhere in the § (title, text or decision);
--   * the meeting's date beside it, so "the newest hits" is one walk down an index on date, stopping after N.
-- Derived data kept by triggers on agenda_item, decision, decision_clause and meeting (not audited: the sources are).
create table agenda_item_search (
    item_id       bigint  primary key references agenda_item (id) on delete cascade,
    meeting_id    bigint  not null references meeting (id) on delete cascade,
    meeting_date  date    not null,
    number        integer not null,
    search_vector tsvector not null
);
comment on table agenda_item_search is
    'Derived, one row per § (agenda_item) for the full-text search: the § as one Swedish tsvector and its meeting''s date. Kept by the triggers agenda_item_search_*; never written by the application.';
comment on column agenda_item_search.search_vector is
    'setweight(title, A) || decision clauses (B) || body_text and case_number (D), to_tsvector(''swedish'', …).';

create function agenda_item_search_vector(p_item_id bigint) returns tsvector language sql stable as $$
    select setweight(to_tsvector('swedish'::regconfig, i.title), 'A')
           || setweight(to_tsvector('swedish'::regconfig,
                                    coalesce((select string_agg(c.text, ' ' order by c.position)
                                                from decision d join decision_clause c on c.decision_id = d.id
                                               where d.item_id = i.id), '')), 'B')
           || to_tsvector('swedish'::regconfig, coalesce(i.body_text, '') || ' ' || coalesce(i.case_number, ''))
      from agenda_item i
     where i.id = p_item_id
$$;

-- Recomputes one §'s row; a § that no longer exists has none (its row went with it, on delete cascade).
create function refresh_agenda_item_search(p_item_id bigint) returns void language sql as $$
    insert into agenda_item_search (item_id, meeting_id, meeting_date, number, search_vector)
    select i.id, i.meeting_id, m.meeting_date, i.number, agenda_item_search_vector(i.id)
      from agenda_item i join meeting m on m.id = i.meeting_id
     where i.id = p_item_id
    on conflict (item_id) do update
       set meeting_id = excluded.meeting_id, meeting_date = excluded.meeting_date, number = excluded.number,
           search_vector = excluded.search_vector
$$;

create function agenda_item_search_on_item() returns trigger language plpgsql as $$
begin
    perform refresh_agenda_item_search(new.id);
    return null;
end;
$$;
create trigger agenda_item_search_item after insert or update of title, body_text, case_number, meeting_id, number
    on agenda_item for each row execute function agenda_item_search_on_item();

create function agenda_item_search_on_decision() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform refresh_agenda_item_search(old.item_id);
    end if;
    if tg_op = 'UPDATE' and new.item_id <> old.item_id then
        perform refresh_agenda_item_search(new.item_id);
    end if;
    return null;
end;
$$;
create trigger agenda_item_search_decision after update of item_id or delete
    on decision for each row execute function agenda_item_search_on_decision();

create function agenda_item_search_on_clause() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform refresh_agenda_item_search((select d.item_id from decision d where d.id = old.decision_id));
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.decision_id <> old.decision_id) then
        perform refresh_agenda_item_search((select d.item_id from decision d where d.id = new.decision_id));
    end if;
    return null;
end;
$$;
create trigger agenda_item_search_clause after insert or update of text, decision_id or delete
    on decision_clause for each row execute function agenda_item_search_on_clause();

create function agenda_item_search_on_meeting() returns trigger language plpgsql as $$
begin
    update agenda_item_search set meeting_date = new.meeting_date where meeting_id = new.id;
    return null;
end;
$$;
create trigger agenda_item_search_meeting after update of meeting_date
    on meeting for each row when (new.meeting_date is distinct from old.meeting_date)
    execute function agenda_item_search_on_meeting();

insert into agenda_item_search (item_id, meeting_id, meeting_date, number, search_vector)
select i.id, i.meeting_id, m.meeting_date, i.number, agenda_item_search_vector(i.id)
  from agenda_item i join meeting m on m.id = i.meeting_id;
-- Built after the rows are in (a GIN index filled row by row keeps them in its pending list until a vacuum).
create index agenda_item_search_vector_idx on agenda_item_search using gin (search_vector);
-- The newest hits first: a walk down this index, filtered by the query, stops after the N it needs.
create index agenda_item_search_newest_idx on agenda_item_search (meeting_date desc, number, item_id);
analyze agenda_item_search;
