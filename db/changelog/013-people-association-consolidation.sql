--liquibase formatted sql

-- Organ, personer, uppdrag, förbundet, medlemmar och bilagor (issue 7 and issue 8 item 3): every refusal of these
-- tables carries a constraint name the application translates (people.PeopleRefusals,
-- association.AssociationRefusals, attachment.AttachmentRefusals), and every text a user types has a maximum length
-- (300 characters for names, titles and short notes: common.Texts.SHORT; 50 000 for long texts: Texts.LONG).
-- Behaviour is otherwise unchanged; the shared linking functions of 002 (keep_/release_linkable_record) are not
-- touched here.

--changeset samordnaren:013-named-refusals splitStatements:false
-- The municipal shares can never add up to more than 100 % (as in 001, now naming its constraint).
create or replace function check_municipal_shares() returns trigger language plpgsql as $$
begin
    if (select coalesce(sum(municipal_share), 0) from member) > 100 then
        raise exception 'Kommunernas andelar får tillsammans vara högst 100 %%'
            using errcode = '23514', constraint = 'member_municipal_shares';
    end if;
    return null;
end;
$$;

-- A person holds one role in one body once at a time; a body has one chair and one vice chair at a time
-- (as in 002, now naming which rule was broken).
create or replace function check_appointment_overlap() returns trigger language plpgsql as $$
declare
    clash record;
begin
    select a.id, p.full_name into clash
      from appointment a join person p on p.id = a.person_id
     where a.body_id = new.body_id
       and a.id <> new.id
       and a.role = new.role
       and (a.person_id = new.person_id or new.role in ('CHAIR', 'VICE_CHAIR'))
       and daterange(a.valid_from, a.valid_to, '[]') && daterange(new.valid_from, new.valid_to, '[]')
     limit 1;
    if found then
        raise exception 'Uppdraget överlappar ett annat uppdrag (%: samma roll i samma organ under samma tid)', clash.full_name
            using errcode = '23P01',
                  constraint = case new.role when 'CHAIR' then 'appointment_chair_taken'
                                             when 'VICE_CHAIR' then 'appointment_vice_chair_taken'
                                             else 'appointment_overlap' end;
    end if;
    return null;
end;
$$;

-- Switching to PER_YEAR is refused if this year or later already has repeated numbers (as in 002, now named).
create or replace function association_numbering_switch() returns trigger language plpgsql as $$
declare
    clash record;
begin
    if new.paragraph_numbering = 'PER_YEAR' and old.paragraph_numbering is distinct from 'PER_YEAR' then
        select b.name, extract(year from m.meeting_date)::integer as year, i.number into clash
          from agenda_item i join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
         where m.meeting_date >= date_trunc('year', current_date)
         group by b.name, extract(year from m.meeting_date), i.number having count(*) > 1
         limit 1;
        if found then
            raise exception 'Kan inte byta till årslöpande numrering: % har § % flera gånger år %', clash.name, clash.number, clash.year
                using errcode = '23505', constraint = 'association_numbering_switch';
        end if;
    end if;
    return new;
end;
$$;

-- A file's content never changes (a new file is a new row); its name and description may (as in 003, now named).
create or replace function lock_attachment_content() returns trigger language plpgsql as $$
begin
    if new.content is distinct from old.content or new.content_type is distinct from old.content_type
       or new.report_id is distinct from old.report_id or new.application_version_id is distinct from old.application_version_id then
        raise exception 'En bifogad fil kan inte bytas ut: ladda upp den nya filen som en ny bilaga'
            using errcode = 'P0001', constraint = 'attachment_content_fixed', detail = format('attachment id %s', old.id);
    end if;
    return new;
end;
$$;

--changeset samordnaren:013-in-use splitStatements:false
-- BEFORE DELETE of a body, person, member or appointment: refuses a row that another row still refers to, with the
-- constraint name given as the first argument, instead of the foreign key of whichever table refers to it (those
-- belong to other features, and new ones come with every feature). Every single-column foreign key onto the
-- table's id that does not cascade counts. The optional second argument names the refusal when a decision links to
-- the row's linkable record (release_linkable_record in 002 would refuse that too, but without a name).
create function refuse_delete_in_use() returns trigger language plpgsql as $$
declare
    fk record;
    used boolean;
begin
    for fk in
        select c.conrelid::regclass as referencing, a.attname as column_name
          from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
          join pg_attribute r on r.attrelid = c.confrelid and r.attnum = c.confkey[1]
         where c.contype = 'f' and c.confrelid = tg_relid and cardinality(c.conkey) = 1
           and r.attname = 'id' and c.confdeltype in ('a', 'r')
    loop
        execute format('select exists (select 1 from %s where %I = $1)', fk.referencing, fk.column_name)
           into used using old.id;
        if used then
            raise exception '% % används i % och kan inte tas bort', tg_table_name, old.id, fk.referencing
                using errcode = '23503', constraint = tg_argv[0];
        end if;
    end loop;
    if tg_nargs > 1 and exists (select 1 from decision_link l where l.record_id = (to_jsonb(old) ->> 'record_id')::bigint) then
        raise exception '% % är kopplad till ett beslut och kan inte tas bort', tg_table_name, old.id
            using errcode = '23503', constraint = tg_argv[1];
    end if;
    return old;
end;
$$;
create trigger body_in_use before delete on body
    for each row execute function refuse_delete_in_use('body_in_use');
create trigger person_in_use before delete on person
    for each row execute function refuse_delete_in_use('person_in_use', 'person_in_use');
create trigger appointment_in_use before delete on appointment
    for each row execute function refuse_delete_in_use('appointment_decided', 'appointment_decided');
create trigger member_in_use before delete on member
    for each row execute function refuse_delete_in_use('member_in_use');

--changeset samordnaren:013-text-lengths splitStatements:false
-- What a user types has a maximum length (issue 8: a 10 000-character name gave "index row too large").
alter table body
    add constraint body_name_length check (char_length(name) <= 300),
    add constraint body_short_name_length check (char_length(short_name) <= 300),
    add constraint body_decision_verb_length check (char_length(decision_verb) <= 300);
alter table person
    add constraint person_full_name_length check (char_length(full_name) <= 300),
    add constraint person_organisation_length check (char_length(organisation) <= 300),
    add constraint person_email_length check (char_length(email) <= 300),
    add constraint person_phone_length check (char_length(phone) <= 300);
alter table appointment
    add constraint appointment_note_length check (char_length(note) <= 300);
alter table member
    add constraint member_name_length check (char_length(name) <= 300),
    add constraint member_short_name_length check (char_length(short_name) <= 300);
alter table association
    add constraint association_name_length check (char_length(name) <= 300),
    add constraint association_street_address_length check (char_length(street_address) <= 300),
    add constraint association_city_length check (char_length(city) <= 300),
    add constraint association_email_length check (char_length(email) <= 300),
    add constraint association_notice_board_location_length check (char_length(notice_board_location) <= 300),
    add constraint association_minutes_storage_place_length check (char_length(minutes_storage_place) <= 300);
alter table attachment
    add constraint attachment_file_name_length check (char_length(file_name) <= 300),
    add constraint attachment_description_length check (char_length(description) <= 50000);
