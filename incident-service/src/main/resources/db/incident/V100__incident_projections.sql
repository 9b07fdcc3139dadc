-- The projections of incident-service. Each can be rebuilt from the event store.
create table incident_view (
    id          varchar(64)              not null primary key,
    status      varchar(16)              not null,
    level       varchar(32)              not null,
    form        varchar(32)              not null,
    category    varchar(64)              not null,
    reported_by varchar(100)             not null,
    e_safety    boolean                  not null,
    reported_at timestamp with time zone not null,
    version     bigint                   not null,
    document    text                     not null
);
create index incident_view_status_level on incident_view (status, level);
create index incident_view_reported_by on incident_view (reported_by);

create table timeline_entry (
    incident_id    varchar(64)              not null,
    seq            bigint                   not null,
    at             timestamp with time zone not null,
    type           varchar(100)             not null,
    actor_username varchar(100),
    actor_role     varchar(32),
    reason         text,
    summary        text                     not null,
    primary key (incident_id, seq)
);

create table staff_availability (
    username  varchar(100) not null primary key,
    available boolean      not null,
    until_at  timestamp with time zone
);
