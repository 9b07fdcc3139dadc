-- Each proposed disposal of posts or comments, its second pair of eyes and its outcome (content-disposals projection).
create table content_disposal (
    disposal_id  varchar(64)              not null primary key,
    rule         varchar(32)              not null,
    content_ids  text                     not null,
    proposed_by  varchar(100)             not null,
    proposed_at  timestamp with time zone not null,
    status       varchar(16)              not null,
    decided_by   varchar(100),
    decided_at   timestamp with time zone,
    reason       text,
    disposed_at  timestamp with time zone,
    disposed     integer
);

-- A disposed post keeps no author.
alter table post_view alter column author drop not null;
