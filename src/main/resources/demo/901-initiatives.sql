-- Demo data, loaded by se.samordnaren.demo.DemoDataLoader after 900-lund.sql: the insatser, grants, reports,
-- applications and ideas of Lunds samordningsförbund around the 2021-03-19 protocol. Consistent with the minutes;
-- amounts, SUS references, dates of decisions before the first demo meeting, and every applicant other
-- than the members are INVENTED but plausible (allocation about 7 MSEK a year). Runs before
-- 990-approve-minutes.sql, so the decisions of the demo minutes can still be linked to the insatser.

-- == initiatives ==
do $do$
declare
    n integer;
begin
    insert into initiative (name, short_name, owner_member_id, owner_name, target_group, orientation, sus_reference,
                            start_date, planned_end_date, status, contact_person_id, contact, description, staff_notes)
    select v.name, v.short_name, m.id, v.owner_name, v.target_group, v.orientation, v.sus_reference,
           v.start_date::date, v.planned_end_date::date, 'RUNNING', p.id, v.contact, v.description, v.staff_notes
      from (values
        ('En väg in', 'EVI', 'Lunds kommun', null,
         'Personer med försörjningsstöd som står långt från arbetsmarknaden och kan anställas med stöd i kommunens förvaltningar',
         'INDIVIDUAL', 'SUS-LUND-2020-04', '2020-10-01', '2021-12-31', 'Johanna Bexell', null,
         'Lunds kommun förnyar och förbättrar i samarbete med Arbetsförmedlingen det tidigare projektet IKA, Internkoordinerad arbetsmarknad: anställningar i kommunens förvaltningar med stöd, där ansvaret för modellen ligger hos socialförvaltningen.',
         'Ansvaret för modellen flyttat till socialförvaltningen (redovisat 2021-03-19 § 5).'),
        ('IRIS', 'IRIS', null, 'Lunds samordningsförbund',
         'Personer i arbetsför ålder med behov av samordnad rehabilitering till arbete eller studier',
         'INDIVIDUAL', null, '2020-11-01', '2023-10-31', 'Peter Almgren', null,
         'ESF-projekt med fem delprojekt (Insam, USB, Kompenstrappan, IRIS Sösk, IRIS Höganäs). Från 2021 ingår ESF-budgeten i förbundets egen budget, också de delar av Höganäs och Sösks delprojekt som ESF ersätter.',
         'Gemensam utbildning av all personal i metoder för rehabilitering till arbete; två seminarier om jämställdhet, jämlikhet och tillgänglighet; utbildning kring principerna från BIP (Danmark) planeras.'),
        ('Strategisk arbetsmarknadssamordning', 'SAS', 'Lunds kommun', null,
         'Kommunens förvaltningar och de samverkande parterna (strukturövergripande)',
         'STRUCTURAL', 'SUS-LUND-2020-01', '2020-01-01', '2022-12-31', 'Johanna Bexell', null,
         'En arbetsmarknadssamordnare som bland annat leder arbetsgruppen i kommunens strategiska samverkansgrupp där flera förvaltningsdirektörer ingår.',
         null),
        ('Arbetsmarknadsanalys för Lunds kommun', 'AMA', null, 'Lunds samordningsförbund',
         'Underlag för styrelsens prioriteringar: behov av insatser i Lunds kommun',
         'STRUCTURAL', null, '2020-03-01', '2021-06-30', null, 'Helena Vik, utredare (författare)',
         'Finsamfinansierad arbetsmarknadsanalys som ska ligga till grund för diskussioner om behov av insatser i Lunds kommun.',
         null)
      ) v(name, short_name, owner_member, owner_name, target_group, orientation, sus_reference, start_date, planned_end_date,
          contact_name, contact, description, staff_notes)
      left join member m on m.name = v.owner_member
      left join person p on p.full_name = v.contact_name;
    get diagnostics n = row_count;
    if n <> 4 then raise exception 'demo: initiatives %', n; end if;

    -- IRIS's five delprojekt.
    insert into initiative (parent_id, name, short_name, owner_member_id, owner_name, target_group, orientation, sus_reference,
                            start_date, planned_end_date, status, contact, description, staff_notes)
    select (select id from initiative where name = 'IRIS'), v.name, v.short_name, m.id, v.owner_name, v.target_group,
           'INDIVIDUAL', v.sus_reference, '2020-11-01', '2023-10-31', 'RUNNING', v.contact, v.description, v.staff_notes
      from (values
        ('Insam', 'Insam', null, 'Vuxenskolan Skåne',
         'Unga vuxna som behöver studier och rehabilitering i en heldagsverksamhet', 'SUS-IRIS-01',
         'Elin Rask, delprojektledare', 'Heldagsverksamhet i Vuxenskolans lokaler med studier, rehabilitering och stöd mot arbete.',
         'Rivstart: cirka 30 inskrivna elever efter en månad; all personal på plats, inklusive 30 % AF-handläggare. Coronasäker heldagsverksamhet är en utmaning.'),
        ('USB', 'USB', 'Lunds kommun', null,
         'Personer som remitteras från kommunen, Försäkringskassan, Arbetsförmedlingen och regionen', 'SUS-IRIS-02',
         null, 'Samordnat stöd och bedömning efter remiss eller anvisning från parterna.',
         'Fulltaliga; remisser och anvisningar strömmar in, framför allt från kommunen.'),
        ('Kompenstrappan', 'Kompenstrappan', 'Lunds kommun', null,
         'Personer som kan stegas mot arbete genom praktik inom vård och omsorg', 'SUS-IRIS-03',
         null, 'Praktik och kompetenssteg inom kommunens vård och omsorg.',
         'Förseningar i rekryteringen och enheter inom vård och omsorg som under pandemin inte öppnat för praktikanter; personalen har ägnat sig åt verksamhetsutveckling och auskultation.'),
        ('IRIS Sösk', 'IRIS Sösk', null, 'Samordningsförbundet Sösk',
         'Deltagare i Sjöbo, Tomelilla, Simrishamn och Ystad', 'SUS-IRIS-04',
         null, 'Personalen har sin bas i Sjöbo och möter deltagarna i kommunerna Tomelilla, Simrishamn och Ystad.',
         'All personal på plats; en utmaning är logistiskt effektiva sätt att träffa deltagarna.'),
        ('IRIS Höganäs', 'IRIS Höganäs', null, 'Höganäs kommun',
         'Deltagare i Höganäs kommun', 'SUS-IRIS-05',
         'Oskar Frid', 'Delprojekt med två personal i Höganäs.',
         'Den anställda arbetsterapeuten har lämnat; kvarvarande Oskar Frid har kommit igång med ett antal deltagare.')
      ) v(name, short_name, owner_member, owner_name, target_group, sus_reference, contact, description, staff_notes)
      left join member m on m.name = v.owner_member;
    get diagnostics n = row_count;
    if n <> 5 then raise exception 'demo: delprojekt %', n; end if;

    insert into initiative_member (initiative_id, member_id)
    select i.id, m.id
      from (values
        ('En väg in', 'Lunds kommun'), ('En väg in', 'Arbetsförmedlingen'),
        ('IRIS', 'Försäkringskassan'), ('IRIS', 'Arbetsförmedlingen'), ('IRIS', 'Region Skåne'), ('IRIS', 'Lunds kommun'),
        ('Insam', 'Arbetsförmedlingen'), ('Insam', 'Lunds kommun'),
        ('USB', 'Försäkringskassan'), ('USB', 'Arbetsförmedlingen'), ('USB', 'Region Skåne'), ('USB', 'Lunds kommun'),
        ('Kompenstrappan', 'Lunds kommun'), ('Kompenstrappan', 'Arbetsförmedlingen'),
        ('Strategisk arbetsmarknadssamordning', 'Lunds kommun'), ('Strategisk arbetsmarknadssamordning', 'Arbetsförmedlingen'),
        ('Arbetsmarknadsanalys för Lunds kommun', 'Försäkringskassan'), ('Arbetsmarknadsanalys för Lunds kommun', 'Arbetsförmedlingen'),
        ('Arbetsmarknadsanalys för Lunds kommun', 'Region Skåne'), ('Arbetsmarknadsanalys för Lunds kommun', 'Lunds kommun')
      ) v(initiative_name, member_name)
      join initiative i on i.name = v.initiative_name
      join member m on m.name = v.member_name;

    -- ESF pays the larger part of IRIS; Sösk and Höganäs bring money from their own förbund.
    insert into co_financing (initiative_id, source, source_name, year, amount, note)
    select i.id, v.source, v.source_name, v.year, v.amount, v.note
      from (values
        ('Insam',          'ESF',   null, 2021, 1100000, null), ('Insam',          'ESF', null, 2022, 1100000, null), ('Insam',          'ESF', null, 2023, 900000, 't.o.m. oktober'),
        ('USB',            'ESF',   null, 2021,  950000, null), ('USB',            'ESF', null, 2022,  950000, null), ('USB',            'ESF', null, 2023, 780000, 't.o.m. oktober'),
        ('Kompenstrappan', 'ESF',   null, 2021,  800000, null), ('Kompenstrappan', 'ESF', null, 2022,  800000, null), ('Kompenstrappan', 'ESF', null, 2023, 660000, 't.o.m. oktober'),
        ('IRIS Sösk',      'ESF',   null, 2021, 1200000, 'Ingår i förbundets budget i de delar ESF ersätter'), ('IRIS Sösk', 'ESF', null, 2022, 1200000, null),
        ('IRIS Höganäs',   'ESF',   null, 2021,  600000, 'Ingår i förbundets budget i de delar ESF ersätter'), ('IRIS Höganäs', 'ESF', null, 2022, 600000, null),
        ('IRIS Sösk',      'OTHER', 'Samordningsförbundet Sösk', 2021, 400000, 'Egen medfinansiering'),
        ('IRIS Höganäs',   'OTHER', 'Samordningsförbundet Nordvästra Skåne', 2021, 200000, 'Egen medfinansiering'),
        ('IRIS',           'ESF',   null, 2021,  450000, 'Projektledning och gemensam utbildning')
      ) v(initiative_name, source, source_name, year, amount, note)
      join initiative i on i.name = v.initiative_name;
end;
$do$;

-- == decisions ==
-- The decisions about insatser and applications after 2021-03-19 (invented): an AU meeting on 2021-05-28
-- (held, approved in 990) and two new § at the PLANNED board meeting of 2021-06-11, one of them the formal
-- decision shortening "Strategisk arbetsmarknadssamordning" that § 11 of 2021-03-19 reported as agreed.
do $do$
declare
    au bigint;
    june bigint := (select m.id from meeting m join body b on b.id = m.body_id
                     where b.name = 'Styrelsen' and m.meeting_date = '2021-06-11');
    n integer;
begin
    insert into meeting (body_id, meeting_date, start_time, end_time, location, is_digital)
    select id, '2021-05-28', '09:00', '10:30', 'Teams', true from body where name = 'Arbetsutskottet'
    returning id into au;

    insert into meeting_attendance (meeting_id, person_id, attendance_role, capacity, is_chair, is_approver, sort_order)
    select au, p.id, v.role, v.capacity, v.chair, v.approver, v.ord
      from (values
        ('Henrik Åkesson',  'DECISION_MAKER', 'Lunds kommun, ordförande',      true,  false, 1),
        ('Maria Bergkvist', 'DECISION_MAKER', 'Försäkringskassan, vice ordf.', false, true,  2),
        ('Peter Almgren',   'SECRETARY',      'Förbundssamordnare',            false, false, 3)
      ) v(full_name, role, capacity, chair, approver, ord)
      join person p on p.full_name = v.full_name;

    insert into agenda_item (meeting_id, number, title, kind, body_text, case_number) values
        (au, 1, 'Mötet öppnas', 'INFORMATION', 'Ordförande Henrik Åkesson öppnar mötet.', null),
        (au, 2, 'Reviderad ansökan om medel för ”Gröna steg”', 'DECISION',
         $t$Stiftelsen Gröna steg har lämnat in en reviderad ansökan efter beredningsgruppens begäran om komplettering i februari. Perioden är kortare och beloppen lägre, men beredningsgruppen bedömer att insatsen fortfarande inte är förankrad hos minst två av medlemmarna och att den överlappar delprojektet Kompenstrappan.$t$,
         'Dnr 2021.004'),
        (au, 3, 'Ansökan om medel för ”Rörelse mot arbete”', 'DECISION',
         $t$Friskvårdsföreningen Lund ansöker om medel för fysisk aktivitet som väg mot arbete. Beredningsgruppen bedömer att insatsen ligger inom ordinarie verksamhet hos Region Skåne och föreslår avslag.$t$,
         'Dnr 2021.007'),
        (au, 4, 'Mötet avslutas', 'INFORMATION', 'Ordförande förklarar mötet avslutat.', null);

    insert into decision (item_id, intro, outcome, proposal_to_body_id)
    select i.id, 'Arbetsutskottet föreslår styrelsen', 'PROPOSAL', (select id from body where name = 'Styrelsen')
      from agenda_item i where i.meeting_id = au and i.number in (2, 3);
    insert into decision_clause (decision_id, position, text)
    select d.id, 1, v.txt
      from (values
        (2, 'Att avslå den reviderade ansökan från Stiftelsen Gröna steg'),
        (3, 'Att avslå ansökan från Friskvårdsföreningen Lund')
      ) v(num, txt)
      join agenda_item i on i.meeting_id = au and i.number = v.num
      join decision d on d.item_id = i.id;
    update meeting set status = 'HELD' where id = au;

    -- 2021-06-11: make room for § 6 and § 7 (the agenda from 900 moves down two steps).
    update agenda_item set number = number + 2, position = position + 2 where meeting_id = june and number >= 6;
    insert into agenda_item (meeting_id, number, title, kind, body_text) values
        (june, 6, 'Förkortning av projektet Strategisk arbetsmarknadssamordning', 'DECISION',
         $t$Vid styrelsemötet den 19 mars (§ 11) informerade förbundssamordnaren om att det i samråd med socialförvaltningen har bestämts att korta ner projektet Strategisk arbetsmarknadssamordning till att gälla 2021 ut i stället för 2022 ut, för att frigöra medel till de två idéer som beskrevs under idéer och uppslag (§ 10). Styrelsen behöver fatta beslut om förkortningen och om de medel som därmed frigörs.$t$),
        (june, 7, 'Ansökan om medel för ”Rörelse mot arbete”', 'DECISION',
         'Arbetsutskottet föreslår (2021-05-28 § 3) att ansökan från Friskvårdsföreningen Lund avslås.');

    insert into decision (item_id, outcome, answers_proposal_id)
    select i.id, v.outcome,
           case when v.num = 7 then (select d.id from decision d join agenda_item ai on ai.id = d.item_id
                                      where ai.meeting_id = au and ai.number = 3) end
      from (values (6, 'APPROVED'), (7, 'REJECTED')) v(num, outcome)
      join agenda_item i on i.meeting_id = june and i.number = v.num;
    get diagnostics n = row_count;
    if n <> 2 then raise exception 'demo: June decisions %', n; end if;

    insert into decision_clause (decision_id, position, text)
    select d.id, v.pos, v.txt
      from (values
        (6, 1, 'Att projektet Strategisk arbetsmarknadssamordning avslutas den 31 december 2021 i stället för den 31 december 2022, i enlighet med överenskommelsen med socialförvaltningen'),
        (6, 2, 'Att de medel som beviljats för 2022, 850 000 kronor, frigörs för nya insatser'),
        (7, 1, 'Att i enlighet med arbetsutskottets förslag avslå ansökan från Friskvårdsföreningen Lund')
      ) v(num, pos, txt)
      join agenda_item i on i.meeting_id = june and i.number = v.num
      join decision d on d.item_id = i.id;

    insert into decision_reference (decision_id, position, text)
    select d.id, 1, 'Information från förbundssamordnaren 2021-03-19 § 11; idéer och uppslag 2021-03-19 § 10'
      from agenda_item i join decision d on d.item_id = i.id where i.meeting_id = june and i.number = 6;

    -- What the decisions touched: the insatser (possible because 990 approves the minutes afterwards).
    insert into decision_link (decision_id, record_id, note)
    select d.id, ini.record_id, v.note
      from (values
        ('Arbetsutskottet', '2020-09-11', 2, 'En väg in',                              'Förslag om bifall med villkor'),
        ('Styrelsen',       '2020-09-25', 5, 'En väg in',                              'Medel beviljas 2020-10-01–2021-12-31 med villkor'),
        ('Styrelsen',       '2021-03-19', 5, 'En väg in',                              'Villkoren uppfyllda; fortsatta medel för 2021'),
        ('Styrelsen',       '2021-03-19', 9, 'Arbetsmarknadsanalys för Lunds kommun', 'Rapporten återremitteras för korrigering'),
        ('Styrelsen',       '2021-06-11', 6, 'Strategisk arbetsmarknadssamordning',    'Förkortas till 2021-12-31; medlen för 2022 frigörs')
      ) v(body_name, meeting_date, num, initiative_name, note)
      join body b on b.name = v.body_name
      join meeting m on m.body_id = b.id and m.meeting_date = v.meeting_date::date
      join agenda_item i on i.meeting_id = m.id and i.number = v.num
      join decision d on d.item_id = i.id
      join initiative ini on ini.name = v.initiative_name;
    get diagnostics n = row_count;
    if n <> 5 then raise exception 'demo: initiative links %', n; end if;
end;
$do$;

-- == grants ==
-- Beviljade medel. Money decided before the first demo meeting (IRIS co-financing, Strategisk
-- arbetsmarknadssamordning, the AMA analysis) is entered as opening balances; the rest rests on its §.
do $do$
declare
    n integer;
begin
    insert into initiative_grant (initiative_id, year, kind, amount, is_opening_balance, opening_decided_on, opening_reference, note)
    select i.id, v.year, 'GRANT', v.amount, true, v.decided_on::date, v.reference, v.note
      from (values
        ('IRIS',           2020, 150000, '2020-02-14', 'Styrelsen 2020-02-14 § 6 (medfinansiering av ESF-projektet IRIS)', 'Projektledning'),
        ('IRIS',           2021, 500000, '2020-02-14', 'Styrelsen 2020-02-14 § 6 (medfinansiering av ESF-projektet IRIS)', 'Projektledning och utbildning'),
        ('IRIS',           2022, 500000, '2020-02-14', 'Styrelsen 2020-02-14 § 6 (medfinansiering av ESF-projektet IRIS)', null),
        ('IRIS',           2023, 420000, '2020-02-14', 'Styrelsen 2020-02-14 § 6 (medfinansiering av ESF-projektet IRIS)', 't.o.m. oktober'),
        ('Insam',          2020, 100000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('Insam',          2021, 600000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('Insam',          2022, 600000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('Insam',          2023, 500000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('USB',            2020,  80000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('USB',            2021, 550000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('USB',            2022, 550000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('USB',            2023, 450000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('Kompenstrappan', 2020,  60000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('Kompenstrappan', 2021, 450000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('Kompenstrappan', 2022, 450000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('Kompenstrappan', 2023, 380000, '2020-02-14', 'Styrelsen 2020-02-14 § 6', null),
        ('Strategisk arbetsmarknadssamordning', 2020, 850000, '2019-11-29', 'Styrelsen 2019-11-29 § 7', 'En heltidstjänst som arbetsmarknadssamordnare'),
        ('Strategisk arbetsmarknadssamordning', 2021, 850000, '2019-11-29', 'Styrelsen 2019-11-29 § 7', null),
        ('Strategisk arbetsmarknadssamordning', 2022, 850000, '2019-11-29', 'Styrelsen 2019-11-29 § 7', null),
        ('Arbetsmarknadsanalys för Lunds kommun', 2020, 250000, '2020-02-14', 'Styrelsen 2020-02-14 § 8', 'Uppdrag till extern utredare')
      ) v(initiative_name, year, amount, decided_on, reference, note)
      join initiative i on i.name = v.initiative_name;
    get diagnostics n = row_count;
    if n <> 20 then raise exception 'demo: opening balances %', n; end if;

    -- Decided in the demo minutes: En väg in (September 2020 for 2020; the 2021 money, conditional in
    -- September, granted on 2021-03-19 § 5) and the shortening of Strategisk arbetsmarknadssamordning.
    insert into initiative_grant (initiative_id, year, kind, amount, decision_id, note)
    select i.id, v.year, v.kind, v.amount, d.id, v.note
      from (values
        ('En väg in', 2020, 'GRANT', 300000, 'Styrelsen', '2020-09-25', 5, 'Oktober–december 2020'),
        ('En väg in', 2021, 'GRANT', 1200000, 'Styrelsen', '2021-03-19', 5,
         'Villkorat i september (2020-09-25 § 5, fjärde att-satsen); beviljat när redovisningen godkänts'),
        ('Strategisk arbetsmarknadssamordning', 2022, 'REDUCTION', -850000, 'Styrelsen', '2021-06-11', 6,
         'Projektet förkortas till 2021-12-31; medlen frigörs för idéerna från 2021-03-19 § 10')
      ) v(initiative_name, year, kind, amount, body_name, meeting_date, num, note)
      join initiative i on i.name = v.initiative_name
      join body b on b.name = v.body_name
      join meeting m on m.body_id = b.id and m.meeting_date = v.meeting_date::date
      join agenda_item ai on ai.meeting_id = m.id and ai.number = v.num
      join decision d on d.item_id = ai.id;
    get diagnostics n = row_count;
    if n <> 3 then raise exception 'demo: decided grants %', n; end if;

    update initiative set status = 'SHORTENED', planned_end_date = '2021-12-31'
     where name = 'Strategisk arbetsmarknadssamordning';
end;
$do$;

-- == reports ==
do $do$
declare
    march bigint := (select m.id from meeting m join body b on b.id = m.body_id
                      where b.name = 'Styrelsen' and m.meeting_date = '2021-03-19');
    n integer;
begin
    -- A small but real PDF for the demo attachments.
    create or replace function pg_temp.demo_pdf(title text) returns bytea language sql as $f$
        select convert_to(
            '%PDF-1.4' || chr(10)
            || '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj' || chr(10)
            || '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj' || chr(10)
            || '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>> endobj' || chr(10)
            || '4 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>> endobj' || chr(10)
            || '5 0 obj <</Length ' || (length('BT /F1 14 Tf 72 770 Td (' || title || ') Tj ET') )::text || '>>' || chr(10)
            || 'stream' || chr(10) || 'BT /F1 14 Tf 72 770 Td (' || title || ') Tj ET' || chr(10) || 'endstream endobj' || chr(10)
            || 'trailer <</Root 1 0 R>>' || chr(10) || '%%EOF' || chr(10), 'LATIN1')
    $f$;

    insert into initiative_report (initiative_id, kind, title, received_on, period_from, period_to,
                                   participants_enrolled, participants_started, participants_ended, summary, presented_item_id)
    select i.id, v.kind, v.title, v.received_on::date, v.period_from::date, v.period_to::date,
           v.enrolled, v.started, v.ended, v.summary,
           (select id from agenda_item where meeting_id = march and number = v.num)
      from (values
        ('IRIS', 'AVSTAMNINGSRAPPORT', 'Projektplan/avstämningsrapport till ESF', '2021-03-05', '2020-11-01', '2021-02-28',
         58, 41, 3,
         'Godkänd av ESF. Insam har rivstartat (cirka 30 inskrivna), USB är fulltaligt, Kompenstrappan försenat av pandemin, IRIS Sösk igång, IRIS Höganäs har tappat en av två personal. ESF-budgeten ingår från 2021 i förbundets budget.',
         8),
        ('Insam', 'LAGESRAPPORT', 'Första månaden', '2021-03-05', '2021-01-11', '2021-02-28',
         30, 30, 0, 'Cirka 30 inskrivna elever efter en månad; all personal på plats, inklusive 30 % AF-handläggare.', 8),
        ('En väg in', 'LAGESRAPPORT', 'Redovisning av förankring och ansvarsfördelning', '2021-03-10', '2020-10-01', '2021-02-28',
         9, 6, 0,
         'Modellen är förankrad i kommunens ledningsgrupp; socialnämnden har anslagit medel för den del av lönen som Arbetsförmedlingen inte täcker; ansvaret ligger hos socialförvaltningen.',
         5),
        ('Arbetsmarknadsanalys för Lunds kommun', 'SLUTRAPPORT', 'Arbetsmarknadsanalys (AMA) för Lunds kommun', '2021-03-05', '2020-03-01', '2021-02-28',
         null, null, null,
         'Rapporten har legat till grund för diskussioner om behov av insatser. Synpunkter på mindre felaktigheter, bland annat i statistik från Arbetsförmedlingen; återremitterad 2021-03-19 § 9.',
         9)
      ) v(initiative_name, kind, title, received_on, period_from, period_to, enrolled, started, ended, summary, num)
      join initiative i on i.name = v.initiative_name;
    get diagnostics n = row_count;
    if n <> 4 then raise exception 'demo: reports %', n; end if;

    insert into attachment (file_name, content_type, content, report_id, description, uploaded_at)
    select v.file_name, 'application/pdf', pg_temp.demo_pdf(v.pdf_title), r.id, v.description, v.uploaded_at::timestamptz
      from (values
        ('IRIS', 'IRIS avstämningsrapport 2021-02.pdf', 'IRIS - projektplan och avstämningsrapport till ESF', 'Inskickad till och godkänd av ESF', '2021-03-05 10:00+01'),
        ('Arbetsmarknadsanalys för Lunds kommun', 'AMA Lunds kommun 2021.pdf', 'Arbetsmarknadsanalys för Lunds kommun', 'Bilaga till 2021-03-19 § 9', '2021-03-05 11:00+01')
      ) v(initiative_name, file_name, pdf_title, description, uploaded_at)
      join initiative i on i.name = v.initiative_name
      join initiative_report r on r.initiative_id = i.id;
end;
$do$;

-- == applications ==
-- Applications in every state: granted (En väg in, 2020), received, prepared with a recommendation, a
-- revised application in two versions proposed for rejection by AU, and a rejected one. Applicants other
-- than the members are invented.
do $do$
declare
    app bigint;
    ver bigint;
begin
    create or replace function pg_temp.demo_pdf(title text) returns bytea language sql as $f$
        select convert_to('%PDF-1.4' || chr(10) || '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj' || chr(10)
            || '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj' || chr(10)
            || '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>> endobj' || chr(10)
            || '4 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>> endobj' || chr(10)
            || '5 0 obj <</Length ' || length('BT /F1 14 Tf 72 770 Td (' || title || ') Tj ET')::text || '>>' || chr(10)
            || 'stream' || chr(10) || 'BT /F1 14 Tf 72 770 Td (' || title || ') Tj ET' || chr(10) || 'endstream endobj' || chr(10)
            || 'trailer <</Root 1 0 R>>' || chr(10) || '%%EOF' || chr(10), 'LATIN1')
    $f$;

    -- 1. En väg in: received, prepared, AU proposal (2020-09-11 § 2), granted (2020-09-25 § 5).
    insert into funding_application (applicant_member_id, initiative_id, case_number, contact_person_id)
    select (select id from member where name = 'Lunds kommun'), (select id from initiative where name = 'En väg in'),
           'Dnr 2020.011', (select id from person where full_name = 'Johanna Bexell')
    returning id into app;
    insert into funding_application_version (application_id, received_on, title, target_group, orientation, description, period_start, period_end)
    values (app, '2020-08-20', 'En väg in',
            'Personer med försörjningsstöd som står långt från arbetsmarknaden', 'INDIVIDUAL',
            'Förnya och förbättra IKA, Internkoordinerad arbetsmarknad, i samarbete med Arbetsförmedlingen.',
            '2020-10-01', '2021-12-31')
    returning id into ver;
    insert into application_requested_amount (version_id, year, amount) values (ver, 2020, 300000), (ver, 2021, 1200000);
    insert into attachment (file_name, content_type, content, application_version_id, uploaded_at)
    values ('Ansökan En väg in.pdf', 'application/pdf', pg_temp.demo_pdf('Ansökan om medel: En väg in'), ver, '2020-08-20 09:00+02');
    insert into application_step (application_id, version_id, step, occurred_on, outcome, decision_id, notes)
    values (app, ver, 'RECEIVED', '2020-08-20', null, null, null),
           (app, ver, 'PREPARED', '2020-09-02', 'APPROVE', null,
            'Beredningsgruppen föreslår bifall med villkor om återrapportering av förankring och ansvarsfördelning.');
    insert into application_step (application_id, version_id, step, outcome, decision_id)
    select app, ver, v.step, v.outcome, d.id
      from (values ('AU_PROPOSAL', 'APPROVE', 'Arbetsutskottet', '2020-09-11', 2),
                   ('BOARD_DECISION', 'APPROVE', 'Styrelsen', '2020-09-25', 5)) v(step, outcome, body_name, meeting_date, num)
      join body b on b.name = v.body_name
      join meeting m on m.body_id = b.id and m.meeting_date = v.meeting_date::date
      join agenda_item i on i.meeting_id = m.id and i.number = v.num
      join decision d on d.item_id = i.id
     order by v.meeting_date;
    insert into decision_link (decision_id, record_id, note)
    select s.decision_id, (select record_id from funding_application where id = app), 'Ansökan från Lunds kommun'
      from application_step s where s.application_id = app and s.decision_id is not null;

    -- 2. Received, not yet prepared.
    insert into funding_application (applicant_member_id, case_number)
    select id, 'Dnr 2021.011' from member where name = 'Region Skåne'
    returning id into app;
    insert into funding_application_version (application_id, received_on, title, target_group, orientation, description, period_start, period_end)
    values (app, '2021-05-03', 'Hälsoväxeln',
            'Personer med långvarig psykisk ohälsa som är inskrivna i primärvården och står utanför arbetsmarknaden', 'INDIVIDUAL',
            'Arbetslivsinriktad rehabilitering med rehabkoordinator på vårdcentral i samverkan med Försäkringskassan och Arbetsförmedlingen.',
            '2022-01-01', '2023-12-31')
    returning id into ver;
    insert into application_requested_amount (version_id, year, amount) values (ver, 2022, 450000), (ver, 2023, 450000);
    insert into attachment (file_name, content_type, content, application_version_id, uploaded_at)
    values ('Hälsoväxeln ansökan.pdf', 'application/pdf', pg_temp.demo_pdf('Ansökan: Hälsoväxeln'), ver, '2021-05-03 13:00+02');
    insert into application_step (application_id, version_id, step, occurred_on) values (app, ver, 'RECEIVED', '2021-05-03');

    -- 3. Prepared by the beredningsgrupp with a recommendation.
    insert into funding_application (applicant_name, case_number, contact)
    values ('Folkuniversitetet, Lund', 'Dnr 2021.008', 'Projektansvarig, 046-00 00 00')
    returning id into app;
    insert into funding_application_version (application_id, received_on, title, target_group, orientation, description, period_start, period_end)
    values (app, '2021-04-12', 'Språkstöd i arbetsträning',
            'Utrikesfödda i arbetsträning eller praktik som behöver stöd i yrkessvenska', 'INDIVIDUAL',
            'Språkstöd på arbetsplatsen under arbetsträning, i samverkan med Arbetsförmedlingen och Lunds kommun.',
            '2022-01-01', '2022-12-31')
    returning id into ver;
    insert into application_requested_amount (version_id, year, amount) values (ver, 2022, 520000);
    insert into application_step (application_id, version_id, step, occurred_on, outcome, notes)
    values (app, ver, 'RECEIVED', '2021-04-12', null, null),
           (app, ver, 'PREPARED', '2021-05-12', 'APPROVE',
            'Beredningsgruppen föreslår bifall för 2022; samverkan med Arbetsförmedlingen bör preciseras i överenskommelsen.');

    -- 4. Revised application (two versions), proposed for rejection by AU on 2021-05-28 § 2.
    insert into funding_application (applicant_name, case_number)
    values ('Stiftelsen Gröna steg, Genarp', 'Dnr 2021.004')
    returning id into app;
    insert into funding_application_version (application_id, received_on, title, target_group, orientation, description, period_start, period_end)
    values (app, '2021-01-18', 'Gröna steg – arbetsträning i odling',
            'Personer med långvarigt försörjningsstöd', 'INDIVIDUAL',
            'Arbetsträning i odling och trädgård på landsbygden utanför Lund.', '2021-04-01', '2023-12-31')
    returning id into ver;
    insert into application_requested_amount (version_id, year, amount) values (ver, 2021, 600000), (ver, 2022, 600000), (ver, 2023, 600000);
    insert into attachment (file_name, content_type, content, application_version_id, uploaded_at)
    values ('Gröna steg ansökan.pdf', 'application/pdf', pg_temp.demo_pdf('Ansökan: Gröna steg'), ver, '2021-01-18 10:00+01');
    insert into application_step (application_id, version_id, step, occurred_on, outcome, notes)
    values (app, ver, 'RECEIVED', '2021-01-18', null, null),
           (app, ver, 'PREPARED', '2021-02-10', 'MORE_INFORMATION',
            'Beredningsgruppen begär komplettering: minst två medlemmar ska stå bakom ansökan, och budgeten ska redovisas per år.');
    insert into funding_application_version (application_id, received_on, title, target_group, orientation, description, period_start, period_end, change_note)
    values (app, '2021-04-26', 'Gröna steg – arbetsträning i odling (reviderad)',
            'Personer med långvarigt försörjningsstöd', 'INDIVIDUAL',
            'Arbetsträning i odling och trädgård; Lunds kommun anges som samverkanspart.', '2022-01-01', '2023-12-31',
            'Reviderad efter beredningsgruppens begäran om komplettering: kortare period, lägre belopp, Lunds kommun som samverkanspart.')
    returning id into ver;
    insert into application_requested_amount (version_id, year, amount) values (ver, 2022, 450000), (ver, 2023, 400000);
    insert into attachment (file_name, content_type, content, application_version_id, uploaded_at)
    values ('Gröna steg reviderad ansökan.pdf', 'application/pdf', pg_temp.demo_pdf('Reviderad ansökan: Gröna steg'), ver, '2021-04-26 15:00+02');
    insert into application_step (application_id, version_id, step, occurred_on, outcome, notes)
    values (app, ver, 'RECEIVED', '2021-04-26', null, null),
           (app, ver, 'PREPARED', '2021-05-12', 'REJECT',
            'Fortfarande inte förankrad hos minst två medlemmar; överlappar delprojektet Kompenstrappan.');
    insert into application_step (application_id, version_id, step, outcome, decision_id)
    select app, ver, 'AU_PROPOSAL', 'REJECT', d.id
      from meeting m join body b on b.id = m.body_id join agenda_item i on i.meeting_id = m.id join decision d on d.item_id = i.id
     where b.name = 'Arbetsutskottet' and m.meeting_date = '2021-05-28' and i.number = 2;
    insert into decision_link (decision_id, record_id, note)
    select s.decision_id, (select record_id from funding_application where id = app), 'Reviderad ansökan (version 2)'
      from application_step s where s.application_id = app and s.decision_id is not null;

    -- 5. Rejected: AU proposal 2021-05-28 § 3, board 2021-06-11 § 7.
    insert into funding_application (applicant_name, case_number)
    values ('Friskvårdsföreningen Lund', 'Dnr 2021.007')
    returning id into app;
    insert into funding_application_version (application_id, received_on, title, target_group, orientation, description, period_start, period_end)
    values (app, '2021-03-30', 'Rörelse mot arbete',
            'Sjukskrivna och arbetslösa med behov av fysisk aktivitet', 'INDIVIDUAL',
            'Gruppträning och hälsosamtal som väg tillbaka mot arbete.', '2021-09-01', '2022-12-31')
    returning id into ver;
    insert into application_requested_amount (version_id, year, amount) values (ver, 2021, 120000), (ver, 2022, 350000);
    insert into application_step (application_id, version_id, step, occurred_on, outcome, notes)
    values (app, ver, 'RECEIVED', '2021-03-30', null, null),
           (app, ver, 'PREPARED', '2021-05-12', 'REJECT',
            'Insatsen ligger inom ordinarie verksamhet hos Region Skåne och kan inte finansieras av förbundet.');
    insert into application_step (application_id, version_id, step, outcome, decision_id)
    select app, ver, v.step, 'REJECT', d.id
      from (values ('AU_PROPOSAL', 'Arbetsutskottet', '2021-05-28', 3),
                   ('BOARD_DECISION', 'Styrelsen', '2021-06-11', 7)) v(step, body_name, meeting_date, num)
      join body b on b.name = v.body_name
      join meeting m on m.body_id = b.id and m.meeting_date = v.meeting_date::date
      join agenda_item i on i.meeting_id = m.id and i.number = v.num
      join decision d on d.item_id = i.id
     order by v.meeting_date;
    insert into decision_link (decision_id, record_id, note)
    select s.decision_id, (select record_id from funding_application where id = app), 'Ansökan från Friskvårdsföreningen Lund'
      from application_step s where s.application_id = app and s.decision_id is not null;

    if (select string_agg(status, ',' order by id) from funding_application)
       <> 'DECIDED_GRANTED,RECEIVED,PREPARED,PROPOSED,DECIDED_REJECTED' then
        raise exception 'demo: application states %', (select string_agg(status, ',' order by id) from funding_application);
    end if;
end;
$do$;
-- The helper lives in the session's temporary schema; the loader's pooled connection must not keep it.
drop function pg_temp.demo_pdf(text);

-- == ideas ==
-- The two tracks of "Idéer och uppslag", 2021-03-19 § 10, with rough amounts (invented).
insert into idea (title, description, proposer_member_id, proposer_name, rough_amount, expected_year, raised_at_item_id)
select v.title, v.description, (select id from member where name = 'Lunds kommun'), null, v.amount, v.year,
       (select i.id from agenda_item i join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id
         where b.name = 'Styrelsen' and m.meeting_date = '2021-03-19' and i.number = 10)
  from (values
    ('Samordnade insatser för arbetsträning och praktik på kommunkontoret',
     'Projekt på kommunkontoret som samordnar flera insatser, bland annat kring upphandling (sociala krav), sociala företag och fler utrikesfödda företagare. Berör alla delar av kommunens verksamhet samt Arbetsförmedlingen.',
     1200000, 2022),
    ('Pilot för lärlingsutbildning',
     'Pilotverksamhet kring en lärlingsutbildning; utbildningsnämnden är villig att starta en utbildning om piloten blir framgångsrik. Frågetecken kring yrkesSFI, betyg och nationell förankring.',
     600000, 2022)
  ) v(title, description, amount, year);
