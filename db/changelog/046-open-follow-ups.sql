--liquibase formatted sql

--changeset samordnaren:046-open-follow-ups splitStatements:false
-- Performance of the start page and the dashboard (docs/performance.md, issue 12): their follow-up regions show the
-- first open follow-ups (overdue first, then by due date) and how many there are. FollowUpService now orders the open
-- follow-ups by what follow_up itself and the due meeting hold (follow_up_overdue, the due day) and looks up the
-- decision, its § and its meeting for the rows it shows only, not for every open follow-up (through follow_up_status
-- the planner read every decision to join them). This index holds the open follow-ups only, with every column that
-- ordering and counting reads, so both are an index-only scan whose size follows the number of OPEN follow-ups, not
-- every follow-up the association ever set. It replaces follow_up_open_idx (status, due_date): the status is the same
-- in every entry of either, so the new one serves the reads of open follow-ups by due date (reminders) as well.
create index follow_up_open_list_idx on follow_up (due_date, due_meeting_id, id) include (status, responsible_person_id)
    where status = 'OPEN';
drop index follow_up_open_idx;
