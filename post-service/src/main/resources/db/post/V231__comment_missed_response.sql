-- Comments left unanswered past their deadline, counted against their account (002:142-144); rebuilding the
-- comment views fills it for comments missed before this column.
alter table comment_view add column missed_response boolean default false not null;
