--liquibase formatted sql

-- Budgets (issue 9 part 2): what 016-money.sql leaves open for the budget feature.

--changeset samordnaren:017-budget-item-direction splitStatements:false
-- A budget item's direction (income or cost) is part of every decided budget the item appears in: turning a cost
-- into an income would silently change a decided result. Once the item has an amount in a decided version, its
-- direction stays (its name, position and links may still change: they are labels, not figures).
create function lock_budget_item_direction() returns trigger language plpgsql as $$
begin
    if new.direction is distinct from old.direction and exists (
            select 1
              from budget_amount a
              join budget_version v on v.id = a.budget_version_id
             where a.budget_item_id = old.id and v.decision_id is not null) then
        raise exception 'Budgetposten ingår i en beslutad budget och kan inte byta mellan intäkt och kostnad'
            using errcode = 'P0001', constraint = 'budget_item_direction_decided';
    end if;
    return new;
end;
$$;
create trigger budget_item_direction_decided before update of direction on budget_item
    for each row execute function lock_budget_item_direction();
