-- Demo data, loaded by se.samordnaren.demo.DemoDataLoader (demo profile, empty database only; all demo files in
-- one transaction, in file-name order): Lunds samordningsförbund around the real board protocol of 2021-03-19
-- (docs: /work/shared/examples/lund-styrelse-2021-03-19.txt). Organisations and roles are real; ALL
-- PERSON NAMES ARE INVENTED, also inside the paragraph texts. Rows are found by natural keys (names,
-- dates, § numbers), never by hard-coded ids. Minutes are approved last, because the approval lock holds:
-- the justering of these meetings is in 990-approve-minutes.sql, run after every demo file.

-- == association ==
update association
   set name = 'Lunds samordningsförbund',
       organisation_number = '222000-1784',
       street_address = 'Kristallen, Brotorget 1',
       postal_code = '222 22',
       city = 'Lund',
       email = 'kansli@lund-samordning.example',
       notice_board_location = 'Lunds kommuns digitala anslagstavla, lund.se',
       minutes_storage_place = 'Samordningsförbundets kansli, Kristallen, Brotorget 1, Lund'
 where id = 1;

insert into member (name, short_name, member_type, organisation_number, municipal_share, population) values
    ('Försäkringskassan', 'FK', 'FORSAKRINGSKASSAN', '202100-5521', null, null),
    ('Arbetsförmedlingen', 'AF', 'ARBETSFORMEDLINGEN', '202100-2114', null, null),
    ('Region Skåne', 'RS', 'REGION', '232100-0255', null, null),
    ('Lunds kommun', 'Lund', 'MUNICIPALITY', '212000-1124', 100, 124935);

-- == bodies ==
insert into body (name, short_name, body_type, decision_verb, paragraph_prefix) values
    ('Styrelsen', 'Styrelsen', 'BOARD', 'Styrelsen beslutade', null),
    ('Arbetsutskottet', 'AU', 'WORKING_COMMITTEE', 'Arbetsutskottet beslutar', 'AU'),
    ('Beredningsgruppen', 'BG', 'PREPARATORY_GROUP', 'Beredningsgruppen föreslår', 'BG'),
    ('Ägarsamrådet', 'Ägarsamrådet', 'OWNERS_CONSULTATION', 'Ägarsamrådet beslutade', null),
    ('Revisorerna', 'Revisorerna', 'AUDITORS', 'Revisorerna beslutade', null);

-- == people ==
-- Invented names. member = the organisation the person comes from.
insert into person (full_name, email, party, member_id, organisation)
select v.full_name, v.email, v.party, m.id, v.organisation
  from (values
    ('Henrik Åkesson',   'henrik.akesson@example.se',   'm',  'Lunds kommun',       null),
    ('Karin Ström',      'karin.strom@example.se',      's',  'Lunds kommun',       null),
    ('Maria Bergkvist',  'maria.bergkvist@example.se',  null, 'Försäkringskassan',  null),
    ('Anders Lövgren',   'anders.lovgren@example.se',   null, 'Försäkringskassan',  null),
    ('Sofia Nyberg',     'sofia.nyberg@example.se',     null, 'Arbetsförmedlingen', null),
    ('Tomas Wiklund',    'tomas.wiklund@example.se',    null, 'Arbetsförmedlingen', null),
    ('Ulrika Sandberg',  'ulrika.sandberg@example.se',  null, 'Arbetsförmedlingen', null),
    ('Johan Ekdahl',     'johan.ekdahl@example.se',     'l',  'Region Skåne',       null),
    ('Lars Hedlund',     'lars.hedlund@example.se',     'mp', 'Region Skåne',       null),
    ('Peter Almgren',    'peter.almgren@example.se',    null, null,                 'Lunds samordningsförbund'),
    ('Linnea Dahl',      'linnea.dahl@example.se',      null, 'Försäkringskassan',  null),
    ('Cecilia Modig',    'cecilia.modig@example.se',    null, 'Försäkringskassan',  null),
    ('Johanna Bexell',   'johanna.bexell@example.se',   null, 'Lunds kommun',       null),
    ('Mikael Strand',    'mikael.strand@example.se',    null, 'Arbetsförmedlingen', null),
    ('Amira Haddad',     'amira.haddad@example.se',     null, 'Arbetsförmedlingen', null),
    ('Fredrik Holm',     'fredrik.holm@example.se',     null, 'Region Skåne',       null),
    ('Nils Gyllen',      'nils.gyllen@example.se',      null, 'Lunds kommun',       null),
    ('Annelie Sjö',      'annelie.sjo@example.se',      null, 'Region Skåne',       null)
  ) v(full_name, email, party, member_name, organisation)
  left join member m on m.name = v.member_name;

-- == appointments ==
-- The mandate that started 2019-04-01. Changes are new rows: Tomas Wiklund's substitute seat ended and
-- Ulrika Sandberg came back ("ny(-gammal) ersättare"); Linnea Dahl left the beredningsgrupp and returned.
do $do$
declare
    n integer;
begin
    insert into appointment (person_id, body_id, role, member_represented_id, valid_from, valid_to, note)
    select p.id, b.id, v.role, m.id, v.valid_from::date, v.valid_to::date, v.note
      from (values
        ('Henrik Åkesson',  'Styrelsen',         'CHAIR',      'Lunds kommun',       '2019-04-01', null, null),
        ('Maria Bergkvist', 'Styrelsen',         'VICE_CHAIR', 'Försäkringskassan',  '2019-04-01', null, null),
        ('Sofia Nyberg',    'Styrelsen',         'MEMBER',     'Arbetsförmedlingen', '2019-04-01', null, null),
        ('Johan Ekdahl',    'Styrelsen',         'MEMBER',     'Region Skåne',       '2019-04-01', null, null),
        ('Karin Ström',     'Styrelsen',         'SUBSTITUTE', 'Lunds kommun',       '2019-04-01', null, null),
        ('Anders Lövgren',  'Styrelsen',         'SUBSTITUTE', 'Försäkringskassan',  '2019-04-01', null, null),
        ('Ulrika Sandberg', 'Styrelsen',         'SUBSTITUTE', 'Arbetsförmedlingen', '2015-04-01', '2019-03-31', 'Föregående mandatperiod'),
        ('Tomas Wiklund',   'Styrelsen',         'SUBSTITUTE', 'Arbetsförmedlingen', '2019-04-01', '2021-02-28', null),
        ('Ulrika Sandberg', 'Styrelsen',         'SUBSTITUTE', 'Arbetsförmedlingen', '2021-03-01', null, 'Utsedd på nytt, välkomnad 2021-03-19 § 1'),
        ('Lars Hedlund',    'Styrelsen',         'SUBSTITUTE', 'Region Skåne',       '2019-04-01', null, null),
        ('Peter Almgren',   'Styrelsen',         'DIRECTOR',   null,                 '2017-09-01', null, 'Förbundssamordnare'),
        ('Peter Almgren',   'Styrelsen',         'SECRETARY',  null,                 '2017-09-01', null, null),
        ('Henrik Åkesson',  'Arbetsutskottet',   'CHAIR',      'Lunds kommun',       '2019-04-01', null, null),
        ('Maria Bergkvist', 'Arbetsutskottet',   'VICE_CHAIR', 'Försäkringskassan',  '2019-04-01', null, null),
        ('Peter Almgren',   'Arbetsutskottet',   'SECRETARY',  null,                 '2019-04-01', null, null),
        ('Peter Almgren',   'Beredningsgruppen', 'SECRETARY',  null,                 '2017-09-01', null, 'Sammankallande'),
        ('Linnea Dahl',     'Beredningsgruppen', 'MEMBER',     'Försäkringskassan',  '2017-01-01', '2020-06-30', null),
        ('Cecilia Modig',   'Beredningsgruppen', 'MEMBER',     'Försäkringskassan',  '2020-07-01', null, null),
        ('Linnea Dahl',     'Beredningsgruppen', 'MEMBER',     'Försäkringskassan',  '2021-03-01', null, 'Tillbaka i beredningsgruppen, välkomnad 2021-03-19 § 1'),
        ('Mikael Strand',   'Beredningsgruppen', 'MEMBER',     'Arbetsförmedlingen', '2018-01-01', '2021-02-28', null),
        ('Amira Haddad',    'Beredningsgruppen', 'MEMBER',     'Arbetsförmedlingen', '2021-03-01', null, 'Ny representant, välkomnad 2021-03-19 § 1'),
        ('Johanna Bexell',  'Beredningsgruppen', 'MEMBER',     'Lunds kommun',       '2019-01-01', null, null),
        ('Fredrik Holm',    'Beredningsgruppen', 'MEMBER',     'Region Skåne',       '2019-01-01', null, null),
        ('Henrik Åkesson',  'Ägarsamrådet',      'MEMBER',     'Lunds kommun',       '2019-04-01', null, null),
        ('Nils Gyllen',     'Revisorerna',       'MEMBER',     'Lunds kommun',       '2019-04-01', null, 'Kommunens revisor'),
        ('Annelie Sjö',     'Revisorerna',       'MEMBER',     'Region Skåne',       '2019-04-01', null, 'Regionens revisor')
      ) v(full_name, body_name, role, member_name, valid_from, valid_to, note)
      join person p on p.full_name = v.full_name
      join body b on b.name = v.body_name
      left join member m on m.name = v.member_name;
    get diagnostics n = row_count;
    if n <> 26 then
        raise exception 'demo: expected 26 appointments, inserted %', n;
    end if;
end;
$do$;

-- == meeting-plan ==
-- The meetings as planned; filled in and held one by one below, approved in 990-approve-minutes.sql.
insert into meeting (body_id, meeting_date, start_time, end_time, location, is_digital)
select b.id, v.meeting_date::date, v.start_time::time, v.end_time::time, v.location, v.is_digital
  from (values
    ('Arbetsutskottet', '2020-09-11', '09:00', '11:00', 'Kommunhuset Kristallen, Lund', false),
    ('Styrelsen',       '2020-09-25', '08:30', '12:00', 'Kommunhuset Kristallen, Lund', false),
    ('Styrelsen',       '2020-11-27', '08:30', '12:00', 'Skype', true),
    ('Styrelsen',       '2021-03-19', null,    null,    'Skype', true),
    ('Styrelsen',       '2021-06-11', '08:30', '12:00', 'Form och lokal meddelas senare', false)
  ) v(body_name, meeting_date, start_time, end_time, location, is_digital)
  join body b on b.name = v.body_name;

-- == au-2020-09-11 ==
do $do$
declare
    mtg bigint := (select m.id from meeting m join body b on b.id = m.body_id
                    where b.name = 'Arbetsutskottet' and m.meeting_date = '2020-09-11');
    n integer;
begin
    insert into meeting_attendance (meeting_id, person_id, attendance_role, capacity, is_chair, is_approver, sort_order)
    select mtg, p.id, v.role, v.capacity, v.chair, v.approver, v.ord
      from (values
        ('Henrik Åkesson',  'DECISION_MAKER', 'Lunds kommun, ordförande',     true,  false, 1),
        ('Maria Bergkvist', 'DECISION_MAKER', 'Försäkringskassan, vice ordf.', false, true,  2),
        ('Peter Almgren',   'SECRETARY',      'Förbundssamordnare',            false, false, 3)
      ) v(full_name, role, capacity, chair, approver, ord)
      join person p on p.full_name = v.full_name;
    get diagnostics n = row_count;
    if n <> 3 then raise exception 'demo: AU attendance %', n; end if;

    insert into agenda_item (meeting_id, number, title, kind, body_text) values
        (mtg, 1, 'Mötet öppnas', 'INFORMATION', 'Ordförande Henrik Åkesson öppnar mötet.'),
        (mtg, 2, 'Ansökan om medel för projektet ”En väg in”', 'DECISION',
         $t$Lunds kommun ansöker om medel för projektet ”En väg in”, som i samarbete med Arbetsförmedlingen ska förnya och förbättra det tidigare projektet IKA, Internkoordinerad arbetsmarknad. Utvärderingen av IKA pekade på svårigheterna att förankra projektet på de nivåer som krävdes och att få modellen att fungera i praktiken ute i förvaltningarna. Beredningsgruppen har berett ansökan och föreslår att den beviljas med villkor om återrapportering.$t$),
        (mtg, 3, 'Mötet avslutas', 'INFORMATION', 'Ordförande förklarar mötet avslutat.');

    insert into decision (item_id, intro, outcome, proposal_to_body_id)
    select i.id, 'Arbetsutskottet föreslår styrelsen', 'PROPOSAL', (select id from body where name = 'Styrelsen')
      from agenda_item i where i.meeting_id = mtg and i.number = 2;

    insert into decision_clause (decision_id, position, text)
    select d.id, v.pos, v.txt
      from (values
        (1, 'Att bevilja Lunds kommun medel för projektet ”En väg in” från och med den 1 oktober 2020 till och med den 31 december 2021'),
        (2, 'Att beviljandet förenas med villkoret att projektet vid styrelsemötet i mars 2021 redovisar hur förankringen utvecklats och hur ansvaret för modellen fördelats')
      ) v(pos, txt)
      join agenda_item i on i.meeting_id = mtg and i.number = 2
      join decision d on d.item_id = i.id;

    update meeting set status = 'HELD' where id = mtg;
    -- Justering and anslag: 990-approve-minutes.sql (after every demo file that adds links or § to these minutes).
end;
$do$;

-- == styrelsen-2020-09-25 ==
do $do$
declare
    mtg bigint := (select m.id from meeting m join body b on b.id = m.body_id
                    where b.name = 'Styrelsen' and m.meeting_date = '2020-09-25');
    march bigint := (select m.id from meeting m join body b on b.id = m.body_id
                      where b.name = 'Styrelsen' and m.meeting_date = '2021-03-19');
    n integer;
begin
    insert into meeting_attendance (meeting_id, person_id, attendance_role, capacity, is_chair, is_approver, sort_order)
    select mtg, p.id, v.role, v.capacity, v.chair, v.approver, v.ord
      from (values
        ('Henrik Åkesson',  'DECISION_MAKER', 'Lunds kommun, ordförande',      true,  false, 1),
        ('Maria Bergkvist', 'DECISION_MAKER', 'Försäkringskassan, vice ordf.', false, false, 2),
        ('Sofia Nyberg',    'DECISION_MAKER', 'Arbetsförmedlingen',            false, true,  3),
        ('Johan Ekdahl',    'DECISION_MAKER', 'Region Skåne',                  false, false, 4),
        ('Karin Ström',     'SUBSTITUTE',     'Lunds kommun',                  false, false, 5),
        ('Tomas Wiklund',   'SUBSTITUTE',     'Arbetsförmedlingen',            false, false, 6),
        ('Peter Almgren',   'SECRETARY',      'Förbundssamordnare',            false, false, 7),
        ('Johanna Bexell',  'OTHER_PRESENT',  'Lunds kommun, Beredningsgr.',   false, false, 8)
      ) v(full_name, role, capacity, chair, approver, ord)
      join person p on p.full_name = v.full_name;
    get diagnostics n = row_count;
    if n <> 8 then raise exception 'demo: 2020-09-25 attendance %', n; end if;
    update meeting_attendance set only_items = '§ 5'
     where meeting_id = mtg and person_id = (select id from person where full_name = 'Johanna Bexell');

    insert into agenda_item (meeting_id, number, title, kind, body_text) values
        (mtg, 1, 'Sammanträdet öppnas', 'INFORMATION', 'Ordförande Henrik Åkesson hälsar välkommen och öppnar sammanträdet.'),
        (mtg, 2, 'Val av justerare och justeringsdag', 'DECISION', null),
        (mtg, 3, 'Fastställande av dagordning', 'DECISION', null),
        (mtg, 4, 'Arbetsutskottets protokoll från den 11 september 2020', 'DECISION', null),
        (mtg, 5, 'Ansökan om medel för projektet ”En väg in”', 'DECISION',
         $t$Lunds kommun ansöker om medel för projektet ”En väg in” för att i samarbete med Arbetsförmedlingen förnya och förbättra det tidigare projektet IKA, Internkoordinerad arbetsmarknad. Utvärderingen av IKA har pekat på svårigheterna att förankra projektet på de nivåer som krävdes för framgång, liksom på svårigheterna att få modellen att fungera i praktiken ute i förvaltningarna. Arbetsutskottet föreslår att ansökan beviljas med villkor. Styrelsen vill därför till mötet i mars 2021 ha tillfredsställande svar på hur förankringen utvecklats och hur ansvaret för modellen fördelats.$t$),
        (mtg, 6, 'Förslag till verksamhetsplan och budget 2021–2023', 'DECISION',
         'Förbundssamordnaren presenterar förslaget till verksamhetsplan och budget för 2021 med plan för 2022–2023, som ska gå till medlemmarna för samråd.'),
        (mtg, 7, 'Sammanträdet avslutas', 'INFORMATION', 'Ordförande förklarar mötet avslutat. Nästa styrelsemöte hålls fredagen den 27 november 2020.');

    insert into decision (item_id, outcome, answers_proposal_id)
    select i.id, v.outcome,
           case when v.num = 5 then (select d.id from decision d join agenda_item ai on ai.id = d.item_id
                                       join meeting am on am.id = ai.meeting_id join body ab on ab.id = am.body_id
                                      where ab.name = 'Arbetsutskottet' and am.meeting_date = '2020-09-11' and ai.number = 2) end
      from (values (2, 'APPROVED'), (3, 'APPROVED'), (4, 'NOTED'), (5, 'GRANTED'), (6, 'APPROVED')) v(num, outcome)
      join agenda_item i on i.meeting_id = mtg and i.number = v.num;

    insert into decision_clause (decision_id, position, text)
    select d.id, v.pos, v.txt
      from (values
        (2, 1, 'Att justering sker den 5 oktober 2020 på Kristallen av ordförande Henrik Åkesson och ledamot Sofia Nyberg'),
        (3, 1, 'Att fastställa dagordningen'),
        (4, 1, 'Att lägga arbetsutskottets protokoll till handlingarna'),
        (5, 1, 'Att bevilja Lunds kommun medel för projektet ”En väg in” från och med den 1 oktober 2020 till och med den 31 december 2021 i enlighet med ansökan'),
        (5, 2, 'Att projektet till styrelsemötet i mars 2021 ska redovisa hur förankringen av ”En väg in” har utvecklats såväl i den politiska som i kommunens ledningsgrupp och hur den förankringen spridits ut i förvaltningarna'),
        (5, 3, 'Att projektet till samma möte ska redovisa hur ansvar för modellen har fördelats mellan socialförvaltning, HR-enhet och Arbetsförmedlingen på ett sätt som gör att modellen kan fungera i praktiken'),
        (5, 4, 'Att medel för 2021 betalas ut först när styrelsen funnit redovisningen tillfredsställande'),
        (6, 1, 'Att sända förslaget till verksamhetsplan och budget för 2021–2023 till medlemmarna för samråd')
      ) v(num, pos, txt)
      join agenda_item i on i.meeting_id = mtg and i.number = v.num
      join decision d on d.item_id = i.id;

    -- § 4 files the AU minutes: link to that meeting.
    insert into decision_link (decision_id, record_id, note)
    select d.id, am.record_id, 'Arbetsutskottets protokoll läggs till handlingarna'
      from agenda_item i join decision d on d.item_id = i.id,
           meeting am join body ab on ab.id = am.body_id
     where i.meeting_id = mtg and i.number = 4 and ab.name = 'Arbetsutskottet' and am.meeting_date = '2020-09-11';

    -- The two conditions: återrapportering at the March 2021 board meeting.
    insert into follow_up (decision_id, description, responsible_person_id, due_meeting_id)
    select d.id, v.txt, (select id from person where full_name = 'Johanna Bexell'), march
      from (values
        ('Redovisa hur förankringen av ”En väg in” utvecklats i den politiska ledningen och i kommunens ledningsgrupp och hur den spridits ut i förvaltningarna'),
        ('Redovisa hur ansvaret för modellen fördelats mellan socialförvaltning, HR-enhet och Arbetsförmedlingen')
      ) v(txt)
      join agenda_item i on i.meeting_id = mtg and i.number = 5
      join decision d on d.item_id = i.id;

    update meeting set status = 'HELD' where id = mtg;
    -- Justering and anslag: 990-approve-minutes.sql (after every demo file that adds links or § to these minutes).
end;
$do$;

-- == styrelsen-2020-11-27 ==
do $do$
declare
    mtg bigint := (select m.id from meeting m join body b on b.id = m.body_id
                    where b.name = 'Styrelsen' and m.meeting_date = '2020-11-27');
    march bigint := (select m.id from meeting m join body b on b.id = m.body_id
                      where b.name = 'Styrelsen' and m.meeting_date = '2021-03-19');
    n integer;
begin
    insert into meeting_attendance (meeting_id, person_id, attendance_role, capacity, is_chair, is_approver, sort_order)
    select mtg, p.id, v.role, v.capacity, v.chair, v.approver, v.ord
      from (values
        ('Henrik Åkesson',  'DECISION_MAKER',     'Lunds kommun, ordförande',      true,  false, 1),
        ('Maria Bergkvist', 'DECISION_MAKER',     'Försäkringskassan, vice ordf.', false, true,  2),
        ('Tomas Wiklund',   'SERVING_SUBSTITUTE', 'tjänstgörande ersättare, Arbetsförmedlingen', false, false, 3),
        ('Johan Ekdahl',    'DECISION_MAKER',     'Region Skåne',                  false, false, 4),
        ('Lars Hedlund',    'SUBSTITUTE',         'Region Skåne',                  false, false, 5),
        ('Peter Almgren',   'SECRETARY',          'Förbundssamordnare',            false, false, 6)
      ) v(full_name, role, capacity, chair, approver, ord)
      join person p on p.full_name = v.full_name;
    get diagnostics n = row_count;
    if n <> 6 then raise exception 'demo: 2020-11-27 attendance %', n; end if;

    insert into agenda_item (meeting_id, number, title, kind, body_text) values
        (mtg, 1, 'Sammanträdet öppnas', 'INFORMATION', 'Ordförande Henrik Åkesson hälsar välkommen. Mötet hålls digitalt med anledning av pandemin.'),
        (mtg, 2, 'Val av justerare och justeringsdag', 'DECISION', null),
        (mtg, 3, 'Fastställande av dagordning', 'DECISION', null),
        (mtg, 4, 'Föregående mötesprotokoll från den 25 september 2020', 'DECISION', null),
        (mtg, 5, 'Verksamhetsplan och budget för 2021 med plan för 2022–2023', 'DECISION',
         $t$Förslaget till verksamhetsplan och budget har varit på samråd hos medlemmarna, som inte haft några invändningar. Försäkringskassan har meddelat statens tilldelning för 2021. Eftersom förbundets eget kapital ligger långt över Nationella rådets riktlinje på cirka 20 % av tilldelade medel ska budgeten revideras i mars, när årets resultat för 2020 är känt.$t$),
        (mtg, 6, 'Sammanträdet avslutas', 'INFORMATION', 'Ordförande förklarar mötet avslutat. Nästa styrelsemöte hålls fredagen den 19 mars 2021.');

    insert into decision (item_id, outcome)
    select i.id, v.outcome
      from (values (2, 'APPROVED'), (3, 'APPROVED'), (4, 'NOTED'), (5, 'APPROVED')) v(num, outcome)
      join agenda_item i on i.meeting_id = mtg and i.number = v.num;

    insert into decision_clause (decision_id, position, text)
    select d.id, v.pos, v.txt
      from (values
        (2, 1, 'Att justering sker den 4 december 2020 på Kristallen av ordförande Henrik Åkesson och vice ordförande Maria Bergkvist'),
        (3, 1, 'Att fastställa dagordningen'),
        (4, 1, 'Att lägga föregående mötesprotokoll till handlingarna'),
        (5, 1, 'Att fastställa verksamhetsplan och budget för 2021 med plan för 2022–2023'),
        (5, 2, 'Att budgeten för 2021 ska revideras till styrelsemötet i mars 2021 och då gälla som referens för årets resultat')
      ) v(num, pos, txt)
      join agenda_item i on i.meeting_id = mtg and i.number = v.num
      join decision d on d.item_id = i.id;

    insert into decision_link (decision_id, record_id, note)
    select d.id, pm.record_id, 'Protokollet läggs till handlingarna'
      from agenda_item i join decision d on d.item_id = i.id,
           meeting pm join body pb on pb.id = pm.body_id
     where i.meeting_id = mtg and i.number = 4 and pb.name = 'Styrelsen' and pm.meeting_date = '2020-09-25';

    insert into follow_up (decision_id, description, responsible_person_id, due_meeting_id)
    select d.id, 'Revidera budgeten för 2021 till styrelsemötet i mars 2021',
           (select id from person where full_name = 'Peter Almgren'), march
      from agenda_item i join decision d on d.item_id = i.id
     where i.meeting_id = mtg and i.number = 5;

    update meeting set status = 'HELD' where id = mtg;
    -- Justering and anslag: 990-approve-minutes.sql (after every demo file that adds links or § to these minutes).
end;
$do$;

-- == styrelsen-2021-06-11-agenda ==
-- The next board meeting, planned in § 15 of 2021-03-19, with its agenda (the AMA report returns).
do $do$
declare
    mtg bigint := (select m.id from meeting m join body b on b.id = m.body_id
                    where b.name = 'Styrelsen' and m.meeting_date = '2021-06-11');
begin
    insert into agenda_item (meeting_id, number, title, kind, body_text) values
        (mtg, 1, 'Sammanträdet öppnas', 'INFORMATION', null),
        (mtg, 2, 'Val av justerare och justeringsdag', 'DECISION', null),
        (mtg, 3, 'Fastställande av dagordning', 'DECISION', null),
        (mtg, 4, 'Föregående mötesprotokoll från den 19 mars 2021', 'DECISION', null),
        (mtg, 5, 'AMA-rapporten (återremitterad 2021-03-19 § 9)', 'DECISION',
         'Den korrigerade Arbetsmarknadsanalysen tas upp på nytt efter återremissen i mars.'),
        (mtg, 6, 'Ekonomisk uppföljning', 'INFORMATION', null),
        (mtg, 7, 'Information från förbundssamordnaren', 'INFORMATION', null),
        (mtg, 8, 'Information och nyheter från parterna', 'INFORMATION', null),
        (mtg, 9, 'Sammanträdet avslutas', 'INFORMATION', null);
end;
$do$;

-- == styrelsen-2021-03-19 ==
-- The real protocol, all 15 §, with invented names.
do $do$
declare
    mtg bigint := (select m.id from meeting m join body b on b.id = m.body_id
                    where b.name = 'Styrelsen' and m.meeting_date = '2021-03-19');
    june bigint := (select m.id from meeting m join body b on b.id = m.body_id
                     where b.name = 'Styrelsen' and m.meeting_date = '2021-06-11');
    n integer;
begin
    insert into meeting_attendance (meeting_id, person_id, attendance_role, capacity, is_chair, is_approver, sort_order)
    select mtg, p.id, v.role, v.capacity, v.chair, v.approver, v.ord
      from (values
        ('Henrik Åkesson',  'DECISION_MAKER', 'Lunds kommun, ordförande',      true,  false, 1),
        ('Maria Bergkvist', 'DECISION_MAKER', 'Försäkringskassan, vice ordf.', false, false, 2),
        ('Sofia Nyberg',    'DECISION_MAKER', 'Arbetsförmedlingen',            false, false, 3),
        ('Johan Ekdahl',    'DECISION_MAKER', 'Region Skåne',                  false, true,  4),
        ('Lars Hedlund',    'SUBSTITUTE',     'Region Skåne',                  false, false, 5),
        ('Karin Ström',     'SUBSTITUTE',     'Lunds kommun',                  false, false, 6),
        ('Peter Almgren',   'SECRETARY',      'Förbundssamordnare',            false, false, 7),
        ('Linnea Dahl',     'OTHER_PRESENT',  'FK, Beredningsgr.',             false, false, 8),
        ('Cecilia Modig',   'OTHER_PRESENT',  'FK, Beredningsgr.',             false, false, 9),
        ('Johanna Bexell',  'OTHER_PRESENT',  'Lunds kommun, Beredningsgr.',   false, false, 10),
        ('Nils Gyllen',     'OTHER_PRESENT',  'kommunens revisor',             false, false, 11)
      ) v(full_name, role, capacity, chair, approver, ord)
      join person p on p.full_name = v.full_name;
    get diagnostics n = row_count;
    if n <> 11 then raise exception 'demo: 2021-03-19 attendance %', n; end if;

    insert into agenda_item (meeting_id, number, title, kind, body_text) values
        (mtg, 1, 'Sammanträdet öppnas', 'INFORMATION',
         $t$Ordförande Henrik Åkesson hälsar välkommen. Dagens möte kommer att hållas helt digitalt med anledning av Folkhälsomyndighetens rekommendationer. Vi vill också hälsa välkommen till några nya representanter i styrelse och beredningsgrupp. Som ny(-gammal) ersättare för Arbetsförmedlingen har Ulrika Sandberg utsetts och som ny representant i beredningsgruppen, också för Arbetsförmedlingen, ser vi Amira Haddad. Dessutom kommer Linnea Dahl att komma tillbaka som Försäkringskassans representant i beredningsgruppen.$t$),
        (mtg, 2, 'Val av justerare och justeringsdag', 'DECISION', null),
        (mtg, 3, 'Fastställande av dagordning', 'DECISION', null),
        (mtg, 4, 'Föregående mötesprotokoll från den 27 november 2020', 'DECISION', null),
        (mtg, 5, 'Fråga om fortsatta medel för projektet ”En väg in”', 'DECISION',
         $t$Vid styrelsemötet i september beviljades Lunds kommun medel för projektet ”En väg in” för att i samarbete med Arbetsförmedlingen förnya och förbättra det tidigare projektet IKA, Internkoordinerad arbetsmarknad. Utvärderingen av IKA hade tidigare pekat på svårigheterna att förankra projektet på de nivåer som krävdes för framgång, liksom på svårigheterna att få modellen att fungera i praktiken ute i förvaltningarna. Styrelsen ställde därför villkoret att projektet till detta styrelsemöte skulle redovisa hur arbetet utvecklats och ville ha tillfredsställande svar på följande två frågor:

- hur förankringen av ”En väg in” har utvecklats såväl i den politiska som i kommunens ledningsgrupp och hur den förankringen spridits ut i förvaltningarna.
- Hur ansvar för modellen har fördelats mellan socialförvaltning, HR-enhet och Arbetsförmedlingen på ett sätt som gör att modellen kan tänkas fungera i praktiken.

Biträdande verksamhetschef Johanna Bexell redogjorde för hur arbetet och samverkan utvecklats sedan september. Bland annat framkom att:

- Socialdirektör Birgitta Holm förankrat modellen i kommunens ledningsgrupp. Initiativ har också tagits, bland annat av vår egen ordförande i sin roll som socialnämndens ordförande, för att lyfta frågan till kommunstyrelsen.
- Socialnämnden anslagit medel för anställning för del av lön som inte täcks av Arbetsförmedlingen och att alla anställningar ska göras på socialförvaltningen – Allt för att underlätta placering ute på förvaltningar.
- Ansvaret för modellen har flyttats över på socialförvaltningen där en grupp bildats för att administrera tjänsterna och det stöd som krävs ute på förvaltningarna.

Styrelsen var enig i att dessa insatser är tillräckligt för att bevilja fortsatta medel$t$),
        (mtg, 6, 'Årsredovisning för 2020', 'DECISION',
         $t$2020 års resultat blir plus 3 300 000 kronor, vilket är drygt 120 000 kronor mer än reviderad budget. Resultatet innebär att förbundet vid årets slut har cirka 5,8 miljoner kronor i sparad eget kapital att ta med till 2021.

Enligt Nationella rådets riktlinjer ska Lunds samordningsförbund vid årets utgång ha cirka 20 % sparad kapital i förhållande till tilldelade medel, vilket för Lunds del innebär cirka 1,4 miljoner i sparad kapital. Att Lunds samordningsförbund har 5,8 miljoner kronor i sparade medel efter 2020 innebär en ganska stor avvikelse och innebär generellt att förbundet med så stort överskott riskerar reducerad tilldelning för 2022 om man inte kan visa upp verksamhet som minskar överskottet.

I årsredovisningen framgår tydligt att överskottet kommer att reduceras drastiskt under kommande år för att vara helt borta efter 2022 enligt de budgetprognoser som gjorts. Det är därför viktigt att få full tilldelning för 2022, trots det nuvarande överskottet.$t$),
        (mtg, 7, 'Reviderad verksamhetsplan och budget för 2021', 'DECISION',
         $t$Enligt tidigare beslut ska den i november beslutade budgeten revideras till styrelsemötet i mars och vara den som gäller som referens för årets resultat. Förslag till reviderad budget har bifogats.$t$),
        (mtg, 8, 'Projektrapport från ESF-projekt IRIS', 'INFORMATION',
         $t$Alla har inför mötet fått ut den projektplan/avstämningsrapport med bilagor som skickats in till, och godkänts av, ESF. Peter Almgren redogör för hur ESF-budgeten från 2021 kommer att vara en del av förbundets egen budget, vilket innebär att även Höganäs' och SÖSKs delprojekt kommer att ingå i vår egen budget i de delar som ESF ska ersätta.

Delprojekten:

- Insam har rivstartat och redan efter en månad har man cirka 30 inskrivna elever. All personal är på plats, inklusive 30% AF-handläggare. Lokalerna på Vuxenskolan fungerar bra. Samtidigt är det inte helt lätt att få till "coronasäker" verksamhet när det gäller sådan här heldagsverksamhet, men personalen och delprojektledare Elin Rask gör ett fantastiskt arbete, och hittills har det fungerat bra.
- USB är också fulltaliga och remisser och anvisningar strömmar in, framförallt från kommunen. Samarbetet med Försäkringskassa, Arbetsförmedling och Region blir allt bättre.
- Kompenstrappan har inledningsvis haft en del förseningar på grund av rekryteringar, men framförallt att enheterna inom Vård- och omsorg inte varit helt villiga att öppna upp för praktikanter, på grund av pandemin. Därför har det inte kommit så många deltagare. Personalen har också ägnat sig åt verksamhetsutveckling och auskultation.
- IRIS Sösk är också igång med all sin personal och har börjat så smått att träffa deltagare. En utmaning för projektet inledningsvis kommer att vara att hitta logistiskt effektiva sätt att träffa deltagarna, då det är tänkt att personalen ska ha sin bas i Sjöbo och åka till kommunerna Tomelilla, Simrishamn och Ystad och träffa deltagarna där.
- IRIS Höganäs som är tänkt att bestå av två personal, har fått ett avbräck i och med att den anställde arbetsterapeuten lockats tillbaka till sin gamla arbetsplats. Men kvarvarande Oskar Frid har ändå kommit igång med ett antal deltagare.

Det övergripande projektet har påbörjat utbildning av all personal i ett antal metoder för rehabilitering till arbete. Vi har också genomfört två seminarier kring jämställdhet, jämlikhet och tillgänglighet. Framöver kommer vi också att genomföra utbildningsinsatser kring de bärande principer som kommit fram genom forskningsprojektet BIP i Danmark.$t$),
        (mtg, 9, 'AMA-rapporten', 'DECISION',
         $t$Styrelsen har sedan tidigare fått en genomgång av den Finsamfinansierade Arbetsmarknadsanalysen från författaren Helena Vik. Rapporten har nu blivit färdig och har bilagts inför detta möte. Den har sedan legat till grund för fortsatta diskussioner kring behov av insatser i Lunds kommun. Det har emellertid framkommit en del synpunkter från flera håll på mindre felaktigheter, bland annat när det gäller statistik från Arbetsförmedlingen. Styrelsen var enig i att återremittera rapporten för att korrigera felaktigheterna.$t$),
        (mtg, 10, 'Idéer och uppslag', 'INFORMATION',
         $t$Det har varit flera olika spår och ämnen som varit uppe till diskussion som möjliga Finsamprojekt, som ett resultat av AMA-analysen. Några har hittat andra vägar och lösningar och det är just nu framförallt två spår som verkar bli något med vår finansiering:

- Diskussioner har förts under lång tid hur kommunen på olika sätt kan bidra till att fler personer som står långt från arbetsmarknaden får möjlighet till arbetsträning och praktik. Nu diskuteras ett projekt på kommunkontoret som går ut på att samordna flera olika insatser, bland annat kring upphandling, sociala företag, fler utrikesfödda företagare. Projektet skulle beröra alla delar av kommunens verksamhet samt Arbetsförmedlingen.
- Även diskussionerna kring en pilotverksamhet kring en lärlingsutbildning har tagit fart sedan utbildningsnämnden visat stort intresse och sagt sig vara villiga att starta upp en utbildning om piloten blir framgångsrik. Men här finns flera frågetecken att lösa först, bland annat kring yrkesSFI, betyg, nationell förankring, osv.$t$),
        (mtg, 11, 'Information från förbundssamordnaren', 'INFORMATION',
         $t$- IRIS-projekten och "En väg in" har redovisats ovan. Men när det gäller projektet Strategisk arbetsmarknadssamordning har det hänt en del. I samråd med socialförvaltningen har bestämts att korta ner projektet till att nu gälla 2021 ut i stället för 2022 ut. Anledningen är att kunna frigöra medel till de två idéer som beskrivs ovan under idéer och uppslag. Tjänsten som arbetsmarknadssamordnare innehas av Johanna Bexell som bland annat leder arbetsgruppen i kommunens strategiska samverkansgrupp där flera förvaltningsdirektörer ingår.
- Lunds kommun har till skillnad från övriga parter ännu inte beviljat förbundet ansvarsfrihet för 2019. Men har efter påminnelse bett om ursäkt och ska lyfta frågan så fort det går.
- Revision av förbundet kommer att ske den 12 april$t$),
        (mtg, 12, 'Delegationsbeslut', 'INFORMATION', 'Inga sådana beslut har fattats under perioden'),
        (mtg, 13, 'Information och nyheter från parterna', 'INFORMATION', 'Denna punkt hanns inte med'),
        (mtg, 14, 'Övrigt', 'OTHER', 'Inget'),
        (mtg, 15, 'Sammanträdet avslutas', 'INFORMATION',
         'Ordförande Henrik Åkesson förklarar mötet avslutat. Nästa styrelsemöte hålls fredagen den 11 juni 2021 kl. 8.30–12.00. Form och lokal meddelas senare.');

    insert into decision (item_id, outcome)
    select i.id, v.outcome
      from (values (2, 'APPROVED'), (3, 'APPROVED'), (4, 'NOTED'), (5, 'GRANTED'), (6, 'APPROVED'),
                   (7, 'APPROVED'), (9, 'REFERRED_BACK')) v(num, outcome)
      join agenda_item i on i.meeting_id = mtg and i.number = v.num;
    get diagnostics n = row_count;
    if n <> 7 then raise exception 'demo: 2021-03-19 decisions %', n; end if;

    insert into decision_clause (decision_id, position, text)
    select d.id, v.pos, v.txt
      from (values
        (2, 1, 'Att justering sker den 29 mars 2021 på Kristallen av ordförande Henrik Åkesson och ledamot Johan Ekdahl'),
        (3, 1, 'Att fastställa dagordningen'),
        (4, 1, 'Att lägga föregående mötesprotokoll till handlingarna.'),
        (5, 1, 'Att godkänna redovisningen och bevilja fortsatta medel för projektet för den ansökta tiden under resten av 2021.'),
        (6, 1, 'Att godkänna årsredovisningen och överlämna den till revisorerna.'),
        (7, 1, 'Att godkänna reviderad budget för 2021.'),
        (9, 1, 'Att inte godkänna rapporten'),
        (9, 2, 'Att återremittera för att korrigera'),
        (9, 3, 'Att den ska tas upp vid nästa styrelsemöte.')
      ) v(num, pos, txt)
      join agenda_item i on i.meeting_id = mtg and i.number = v.num
      join decision d on d.item_id = i.id;
    get diagnostics n = row_count;
    if n <> 9 then raise exception 'demo: 2021-03-19 clauses %', n; end if;

    -- What the decisions touched.
    insert into decision_link (decision_id, record_id, note)
    select d.id, v.record_id, v.note
      from (values
        (2, (select record_id from person where full_name = 'Henrik Åkesson'), 'Justerar som mötesordförande'),
        (2, (select record_id from person where full_name = 'Johan Ekdahl'), 'Vald att justera'),
        (4, (select m.record_id from meeting m join body b on b.id = m.body_id
              where b.name = 'Styrelsen' and m.meeting_date = '2020-11-27'), 'Protokollet läggs till handlingarna'),
        (5, (select m.record_id from meeting m join body b on b.id = m.body_id
              where b.name = 'Styrelsen' and m.meeting_date = '2020-09-25'), 'Villkoren från september är uppfyllda'),
        (7, (select m.record_id from meeting m join body b on b.id = m.body_id
              where b.name = 'Styrelsen' and m.meeting_date = '2020-11-27'), 'Budgeten från november revideras'),
        (9, (select record_id from meeting where id = june), 'Tas upp vid nästa styrelsemöte')
      ) v(num, record_id, note)
      join agenda_item i on i.meeting_id = mtg and i.number = v.num
      join decision d on d.item_id = i.id;

    insert into decision_reference (decision_id, position, text)
    select d.id, v.pos, v.txt
      from (values
        (5, 1, 'Styrelsens beslut 2020-09-25 § 5 med villkor om återrapportering'),
        (7, 1, 'Styrelsens beslut 2020-11-27 § 5, verksamhetsplan och budget för 2021'),
        (7, 2, 'Bilaga: förslag till reviderad budget för 2021'),
        (6, 1, 'Bilaga: årsredovisning 2020'),
        (9, 1, 'Bilaga: Arbetsmarknadsanalys (AMA) för Lunds kommun')
      ) v(num, pos, txt)
      join agenda_item i on i.meeting_id = mtg and i.number = v.num
      join decision d on d.item_id = i.id;

    -- § 9: the report returns at the next meeting.
    insert into follow_up (decision_id, description, responsible_person_id, due_meeting_id)
    select d.id, 'AMA-rapporten korrigeras och tas upp på nytt vid nästa styrelsemöte',
           (select id from person where full_name = 'Peter Almgren'), june
      from agenda_item i join decision d on d.item_id = i.id
     where i.meeting_id = mtg and i.number = 9;

    -- The September conditions are met (§ 5) and the November budget is revised (§ 7): close the follow-ups.
    -- Closing is allowed also once their own minutes are approved.
    update follow_up f
       set status = 'CLOSED',
           closed_by_item_id = (select id from agenda_item where meeting_id = mtg and number = 5),
           closed_note = 'Styrelsen fann redovisningen tillräcklig och beviljade fortsatta medel'
      from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
     where f.decision_id = d.id and m.meeting_date = '2020-09-25' and i.number = 5;
    get diagnostics n = row_count;
    if n <> 2 then raise exception 'demo: closed % September follow-ups', n; end if;
    update follow_up f
       set status = 'CLOSED',
           closed_by_item_id = (select id from agenda_item where meeting_id = mtg and number = 7),
           closed_note = 'Reviderad budget för 2021 godkänd'
      from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
     where f.decision_id = d.id and m.meeting_date = '2020-11-27' and i.number = 5;

    update meeting set status = 'HELD' where id = mtg;
    -- Justering and anslag: 990-approve-minutes.sql (after every demo file that adds links or § to these minutes).
end;
$do$;
