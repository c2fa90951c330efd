-- Demo data, loaded by se.samordnaren.demo.DemoDataLoader (see 900-lund.sql): Lund's allocation 2019–2022 with the
-- members' payments, the annual results 2019 and 2020 with the auditors' reports and discharge, and the national
-- guideline (one step of 20 %). Figures as in the seed protocol of 2021-03-19 (§ 6: result 2020 +3 300 000 kr,
-- equity 5 800 000 kr; 20 % of the allocation is 1 400 000 kr). Named below 990 so that the decision links can still
-- be added before the minutes are approved.

-- == allocation ==
-- 2019 6 800 000 kr, 2020–2022 7 000 000 kr, split 50/25/25, the municipal key is the population. The allocation
-- for 2021 was noted with the budget at 2020-11-27 § 5; the earlier years have no § in the demo.
insert into allocation_year (year, total, key_basis, note)
values (2019, 6800000, 'Befolkning 31 december 2018', null),
       (2020, 7000000, 'Befolkning 31 december 2019', null),
       (2021, 7000000, 'Befolkning 31 december 2020',
        'Försäkringskassan har meddelat statens andel för 2021; regionen och kommunen går in med motsvarande belopp.'),
       (2022, 7000000, 'Befolkning 31 december 2020', 'Preliminär tilldelning enligt planen för 2022–2023.');

insert into allocation_key (allocation_year_id, member_id, key_value)
select y.id, m.id, m.population
  from allocation_year y
 cross join member m
 where m.member_type = 'MUNICIPALITY' and m.population is not null;

do $do$
declare
    money_decision bigint := (select d.id from decision d
                             join agenda_item i on i.id = d.item_id
                             join meeting m on m.id = i.meeting_id
                             join body b on b.id = m.body_id
                            where b.name = 'Styrelsen' and m.meeting_date = '2020-11-27' and i.number = 5);
begin
    if money_decision is null then
        raise exception 'demo: 2020-11-27 § 5 not found';
    end if;
    update allocation_year set decision_id = money_decision where year = 2021;
    insert into decision_link (decision_id, record_id, note)
    select money_decision, record_id, 'Tilldelade medel 2021' from allocation_year where year = 2021;
end;
$do$;

-- Payments: Försäkringskassan and Region Skåne quarterly, Lunds kommun once a year. 2021: Lunds kommun has not paid
-- yet; 2022 has not started.
insert into allocation_payment (allocation_year_id, member_id, paid_on, amount, note)
select y.id, m.id, make_date(y.year, q * 3 - 2, 15),
       round(y.total * case m.member_type when 'FORSAKRINGSKASSAN' then y.state_share else y.region_share end / 100 / 4, 2),
       'Kvartal ' || q
  from allocation_year y
 cross join member m
 cross join generate_series(1, 4) q
 where y.year between 2019 and 2021 and m.member_type in ('FORSAKRINGSKASSAN', 'REGION');

insert into allocation_payment (allocation_year_id, member_id, paid_on, amount, note)
select y.id, m.id, v.paid_on::date, round(y.total * y.municipal_share / 100, 2), 'Helår'
  from (values (2019, '2019-03-29'), (2020, '2020-04-03')) v(year, paid_on)
  join allocation_year y on y.year = v.year
  join member m on m.name = 'Lunds kommun';

-- == guideline ==
insert into guideline_step (valid_from, allocation_up_to, max_share, source)
values ('2010-01-01', null, 20,
        'Nationella rådet för finansiell samordning, rekommendation om eget kapital (cirka 20 % av tilldelade medel)');

-- == annual results ==
-- 2019: approved by the board in March 2020 (no such meeting in the demo: the note says so).
insert into annual_result (year, income, costs, equity_start, equity_end, auditors_report, auditors_report_on,
                           auditors_recommend_discharge, note)
values (2019, 6900000, 6300000, 1900000, 2500000,
        $t$Vi har granskat Lunds samordningsförbunds årsredovisning och styrelsens förvaltning för räkenskapsåret 2019. Granskningen har utförts enligt god revisionssed i kommunal verksamhet.

Vi bedömer att styrelsen har bedrivit verksamheten på ett ändamålsenligt och från ekonomisk synvinkel tillfredsställande sätt, att räkenskaperna är rättvisande och att den interna kontrollen har varit tillräcklig.

Vi tillstyrker att förbundsmedlemmarnas fullmäktige respektive styrelser beviljar styrelsens ledamöter ansvarsfrihet för räkenskapsåret 2019 och att årsredovisningen godkänns.$t$,
        '2020-03-27', true, 'Godkänd av styrelsen 2020-03-13.'),
-- 2020: approved at 2021-03-19 § 6 (result +3 300 000 kr, about 120 000 kr above the revised budget).
       (2020, 7050000, 3750000, 2500000, 5800000,
        $t$Vi har granskat Lunds samordningsförbunds årsredovisning och styrelsens förvaltning för räkenskapsåret 2020. Granskningen har utförts enligt god revisionssed i kommunal verksamhet.

Årets resultat är 3 300 000 kronor och det egna kapitalet uppgår vid årets slut till 5 800 000 kronor, vilket är långt över Nationella rådets riktlinje på cirka 20 procent av tilldelade medel. Vi noterar att förbundets budget och plan för 2021–2022 visar hur överskottet ska användas, och rekommenderar styrelsen att följa upp detta vid varje budgetuppföljning.

Vi bedömer att räkenskaperna är rättvisande och att den interna kontrollen har varit tillräcklig. Vi tillstyrker att förbundsmedlemmarnas fullmäktige respektive styrelser beviljar styrelsens ledamöter ansvarsfrihet för räkenskapsåret 2020 och att årsredovisningen godkänns.$t$,
        '2021-04-12', true, null);

do $do$
declare
    money_decision bigint := (select d.id from decision d
                             join agenda_item i on i.id = d.item_id
                             join meeting m on m.id = i.meeting_id
                             join body b on b.id = m.body_id
                            where b.name = 'Styrelsen' and m.meeting_date = '2021-03-19' and i.number = 6);
begin
    if money_decision is null then
        raise exception 'demo: 2021-03-19 § 6 not found';
    end if;
    update annual_result set decision_id = money_decision where year = 2020;
    insert into decision_link (decision_id, record_id, note)
    select money_decision, record_id, 'Årsredovisning 2020' from annual_result where year = 2020;
end;
$do$;

-- == discharge ==
-- Every member gets a row per annual result (as EquityService does). 2019: Försäkringskassan, Arbetsförmedlingen
-- and Region Skåne granted discharge in spring 2020; Lunds kommun is still outstanding in March 2021. 2020: none yet.
insert into discharge (annual_result_id, member_id)
select r.id, m.id from annual_result r cross join member m;

update discharge d
   set granted_on = v.granted_on::date, reference = v.reference
  from (values ('Försäkringskassan', '2020-04-20', 'Försäkringskassans beslut 2020-04-20'),
               ('Arbetsförmedlingen', '2020-05-05', 'Arbetsförmedlingens beslut 2020-05-05'),
               ('Region Skåne', '2020-06-15', 'Regionfullmäktige 2020-06-15 § 98')) v(member_name, granted_on, reference),
       member m, annual_result r
 where m.name = v.member_name and d.member_id = m.id and d.annual_result_id = r.id and r.year = 2019;

update discharge d
   set reference = 'Ärendet har ännu inte behandlats av kommunfullmäktige'
  from member m, annual_result r
 where m.name = 'Lunds kommun' and d.member_id = m.id and d.annual_result_id = r.id and r.year = 2019;
