-- The tamper-evident chain over the event store: one link per event, in the order they were sealed.
create table audit_chain (
    position     bigint      not null primary key,
    global_index bigint      not null unique,
    hash         varchar(64) not null
);

create table audit_chain_head (
    id       integer     not null primary key,
    position bigint      not null,
    hash     varchar(64) not null
);
insert into audit_chain_head (id, position, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
