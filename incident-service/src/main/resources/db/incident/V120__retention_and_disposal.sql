-- What decides how long each incident is kept (retention projection): the retain-until date is computed from these
-- with the periods configured now, so changing a period needs no migration.
create table retention (
    incident_id         varchar(64)              not null primary key,
    form                varchar(32)              not null,
    category            varchar(64)              not null,
    allegation          boolean                  not null,
    reported_at         timestamp with time zone not null,
    pupils              integer                  not null,
    latest_pupil_birth  date,
    pupil_birth_missing boolean                  not null,
    adults              integer                  not null,
    latest_adult_birth  date,
    adult_birth_missing boolean                  not null,
    closed_at           timestamp with time zone,
    outcome             varchar(32),
    legal_hold          boolean                  not null,
    legal_hold_reason   text,
    disposed_at         timestamp with time zone
);

-- Each proposed disposal, its second pair of eyes and its outcome (kept by the retention projection too).
create table disposal (
    disposal_id  varchar(64)              not null primary key,
    rule         varchar(32)              not null,
    incident_ids text                     not null,
    proposed_by  varchar(100)             not null,
    proposed_at  timestamp with time zone not null,
    status       varchar(16)              not null,
    decided_by   varchar(100),
    decided_at   timestamp with time zone,
    reason       text,
    disposed_at  timestamp with time zone,
    disposed     integer
);

insert into projection_rebuild_due (name) values ('retention');
