--liquibase formatted sql

--changeset samordnaren:030-link-label-per-record splitStatements:false
-- Performance (docs/performance.md): linkable_record_label was the union of every kind's label view, and PostgreSQL
-- built all labels (thousands on a long history) for each linked § instead of pushing the record id into the union
-- (the meeting view spent 1.8 s of SQL on 15 years). Now:
--   linkable_record_label      the same columns, one row per linkable_record, the label computed for that record
--                              only: by linkable_record_label_of(record_id, kind), a function with one static query
--                              per kind (plans cached), so a join by record_id costs one index lookup per row.
--   linkable_record_label_all  the union as before, for searching all labels by text (the link picker).
-- Both are still rebuilt by register_link_label(kind, view), so a later kind is one migration as before.
create or replace function rebuild_linkable_record_label() returns void language plpgsql as $$
declare
    branches text;
    cases text;
begin
    select string_agg(format('select record_id::bigint as record_id, kind::text as kind, label::text as label, target_id::bigint as target_id from %s',
                             label_view::regclass), ' union all ' order by code),
           string_agg(format('when %L then return query select v.label::text, v.target_id::bigint from %s v where v.record_id = p_record_id;',
                             code, label_view::regclass), ' ' order by code)
      into branches, cases
      from linkable_kind
     where label_view is not null;
    if branches is null then
        branches := 'select null::bigint as record_id, null::text as kind, null::text as label, null::bigint as target_id where false';
        cases := '';
    end if;
    execute 'create or replace view linkable_record_label_all as ' || branches;
    comment on view linkable_record_label_all is
        'Every linkable record with a human label, as the union of the kinds'' label views: for searching labels by text. Rebuilt by rebuild_linkable_record_label().';
    execute 'create or replace function linkable_record_label_of(p_record_id bigint, p_kind text) '
         || 'returns table (label text, target_id bigint) language plpgsql stable rows 1 as $f$ begin '
         || 'case p_kind ' || cases || ' else return; end case; end $f$';
    execute 'create or replace view linkable_record_label as '
         || 'select r.id as record_id, r.kind, l.label, l.target_id '
         || 'from linkable_record r cross join lateral linkable_record_label_of(r.id, r.kind) l';
    comment on view linkable_record_label is
        'Every linkable record with a human label: (record_id, kind, label, target_id = id in the kind''s own table), computed per record (join it by record_id). Rebuilt by rebuild_linkable_record_label().';
end;
$$;

-- The view's columns stay (decision_link_target and the generated code read them); its body changes.
select rebuild_linkable_record_label();
