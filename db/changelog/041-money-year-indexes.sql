--liquibase formatted sql

--changeset samordnaren:041-money-year-indexes splitStatements:false
-- Performance (docs/performance.md, the dashboard): every reader of actual_monthly asks for one year (the dashboard's
-- budget and insatser regions and its PDF report, the actuals grid). PostgreSQL already pushes the year
-- through the view's group by and union into both branches, but then had nothing to find a year's rows with and read
-- all of bookkeeping_row (94 000 rows on 15 years, more every year) and actual_entry to keep one year's. The first
-- index is on the view's own expression, so the pushed-down filter is an index condition with the view unchanged
-- (same rows, same figures, same generated jOOQ classes); budget_item_id second serves "this line in this year"
-- (the actuals grid's exists per line).
create index bookkeeping_row_year_idx on bookkeeping_row ((extract(year from booked_on)::integer), budget_item_id);
create index actual_entry_year_idx on actual_entry (year, budget_item_id);
