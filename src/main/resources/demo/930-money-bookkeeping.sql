-- Demo (Lund): the account mapping that places the bookkeeping of demo/lund-2021.se on the budget items of
-- 910-money-budget.sql. The items are found by name; a rule whose item does not exist is left out, so this file also
-- runs where 910 has not (the import of lund-2021.se is then left out, see demo.DemoBookkeeping). Running it again
-- adds only what is missing.
-- Accounts follow BAS; the insatser are projects (dimension 6), the kansli and the board cost centres (dimension 1).

insert into account_mapping (account, dimension, object, budget_item_id, ignored)
select r.account, r.dimension, r.object, bi.id, false
  from (values
        -- the members' allocation, one income account each
        ('3011', null::integer, null::text, 'Tilldelning Försäkringskassan'),
        ('3012', null, null, 'Tilldelning Region Skåne'),
        ('3013', null, null, 'Tilldelning Lunds kommun'),
        -- ESF reimbursements are booked on 3990 with the project: account and object before the project alone
        ('3990', 6, 'IRIS', 'ESF-ersättning IRIS'),
        -- cost centres
        (null, 1, '10', 'Kansli'),
        (null, 1, '20', 'Styrelse och revision'),
        -- one project per insats
        (null, 6, 'EVI', 'En väg in'),
        (null, 6, 'IRIS', 'IRIS'),
        (null, 6, 'INSAM', 'Insam'),
        (null, 6, 'USB', 'USB'),
        (null, 6, 'KOMP', 'Kompenstrappan'),
        (null, 6, 'SAS', 'Strategisk arbetsmarknadssamordning'),
        (null, 6, 'AMA', 'Arbetsmarknadsanalys för Lunds kommun'),
        -- accounts without a cost centre
        ('5010', null, null, 'Kansli'),
        ('7610', null, null, 'Utbildning och konferenser'),
        ('5800', null, null, 'Utbildning och konferenser'),
        ('6570', null, null, 'Övriga kostnader'),
        ('6990', null, null, 'Övriga kostnader')
       ) as r(account, dimension, object, item)
  join budget_item bi on bi.name = r.item
    on conflict on constraint account_mapping_unique do nothing;

-- Interest income is no part of the budget: not actuals.
insert into account_mapping (account, ignored) values ('8310', true)
    on conflict on constraint account_mapping_unique do nothing;
