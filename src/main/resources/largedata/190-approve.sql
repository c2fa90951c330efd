-- Last: the justering and anslag of every generated meeting held more than three weeks ago (the approval lock refuses
-- new §, decisions and links afterwards, so this runs after everything that adds to the minutes).
update meeting m
   set approval_date = m.meeting_date + 7, approval_place = 'Förbundets kansli',
       approved_at = (m.meeting_date + 7)::timestamp + time '15:00'
  from gen_meeting g
 where g.id = m.id and m.meeting_date < current_date - 21;
update meeting m
   set notice_posted_on = m.approval_date + 1, notice_removed_on = m.approval_date + 22
  from gen_meeting g
 where g.id = m.id and m.approved_at is not null;
