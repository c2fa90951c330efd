-- Demo data, loaded by se.samordnaren.demo.DemoDataLoader LAST of all demo files: the justering (approval) and
-- anslag of the demo minutes. The approval lock refuses new §, decisions and decision links on approved minutes,
-- so every demo file that adds children to these meetings (901 initiatives: links from § 5 to "En väg in" ...;
-- 910 budgets: the board meeting of 2020-03-13 and the links "Budget: …") runs before this one. A later demo
-- file that must link an approved decision goes before 990 too.

-- == approve-minutes ==
do $do$
declare
    v record;
    n integer;
begin
    for v in
        select * from (values
            ('Styrelsen',       '2020-03-13', '2020-03-20', 'Kommunhuset Kristallen', '2020-03-20 15:00+01', '2020-03-23', '2020-04-14'),
            ('Arbetsutskottet', '2020-09-11', '2020-09-14', 'Kommunhuset Kristallen', '2020-09-14 14:00+02', '2020-09-15', '2020-10-07'),
            ('Styrelsen',       '2020-09-25', '2020-10-05', 'Kommunhuset Kristallen', '2020-10-05 15:00+02', '2020-10-06', '2020-10-28'),
            ('Styrelsen',       '2020-11-27', '2020-12-04', 'Kommunhuset Kristallen', '2020-12-04 11:00+01', '2020-12-07', '2020-12-29'),
            ('Styrelsen',       '2021-03-19', '2021-03-29', 'Kommunhuset Kristallen', '2021-03-29 15:00+02', '2021-03-30', '2021-04-21'),
            ('Arbetsutskottet', '2021-05-28', '2021-06-01', 'Kommunhuset Kristallen', '2021-06-01 10:00+02', '2021-06-02', '2021-06-23')
        ) t(body_name, meeting_date, approval_date, approval_place, approved_at, posted_on, removed_on)
    loop
        update meeting m
           set status = 'HELD', approval_date = v.approval_date::date, approval_place = v.approval_place,
               approved_at = v.approved_at::timestamptz
          from body b
         where b.id = m.body_id and b.name = v.body_name and m.meeting_date = v.meeting_date::date
           and m.approved_at is null;
        get diagnostics n = row_count;
        -- The AU meeting of 2021-05-28 comes from 901; without it (900 alone) there is nothing to approve. The board
        -- minutes of 2021-03-19 are signed in the application by demo.DemoSigning just before this file (when the demo
        -- runs with its Java steps) and so already approved, as of the day the demo was loaded.
        if n <> 1 and v.meeting_date <> '2021-05-28'
           and not exists (select 1 from meeting m join body b on b.id = m.body_id
                            where b.name = v.body_name and m.meeting_date = v.meeting_date::date and m.approved_at is not null) then
            raise exception 'demo: could not approve % %', v.body_name, v.meeting_date;
        end if;
        update meeting m
           set notice_posted_on = v.posted_on::date, notice_removed_on = v.removed_on::date
          from body b
         where b.id = m.body_id and b.name = v.body_name and m.meeting_date = v.meeting_date::date
           and m.approval_date <= v.posted_on::date;
    end loop;
end;
$do$;
