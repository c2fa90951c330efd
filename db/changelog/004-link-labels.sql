--liquibase formatted sql

--changeset samordnaren:004-link-labels splitStatements:false
-- The kind ("Insats", "Ansökan") is shown beside every label from linkable_kind.label_sv; the labels themselves
-- carry only the name, so "Detta beslut berör: Insats: En väg in" does not say "Insats" twice.
create or replace view initiative_link_label as
select i.record_id, 'INITIATIVE'::text as kind,
       i.name || coalesce(' (delprojekt i ' || p.name || ')', '') as label,
       i.id as target_id
  from initiative i left join initiative p on p.id = i.parent_id;

create or replace view funding_application_link_label as
select a.record_id, 'FUNDING_APPLICATION'::text as kind,
       coalesce(v.title, '(utan titel)') || ', ' || coalesce(m.name, a.applicant_name)
           || coalesce(' (version ' || v.version_no || ')', '') as label,
       a.id as target_id
  from funding_application a
  left join member m on m.id = a.applicant_member_id
  left join lateral (select title, version_no from funding_application_version
                      where application_id = a.id order by version_no desc limit 1) v on true;
