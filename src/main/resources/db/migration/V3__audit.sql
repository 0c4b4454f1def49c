-- The audit trail: append-only, each event chained to the previous one by an SM3 hash.
create table audit_event (
    id           bigint       primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(128) not null,
    roles        varchar(500) not null,
    department   varchar(32),
    action       varchar(64)  not null,
    subject_type varchar(64)  not null,
    subject_id   varchar(64)  not null,
    before_state text,
    after_state  text,
    prev_hash    varchar(64)     not null,
    hash         varchar(64)     not null unique
);
create sequence audit_event_seq start 1 increment 1;
create index audit_event_subject_idx on audit_event (subject_type, subject_id, id);
create index audit_event_actor_idx on audit_event (actor, id);
create index audit_event_time_idx on audit_event (occurred_at);

-- The head of the chain: detects the removal of the newest events too.
create table audit_head (
    singleton boolean primary key default true check (singleton),
    last_id   bigint   not null,
    last_hash varchar(64) not null
);

-- Append-only: the application never updates or deletes an event. (A DBA can still disable this trigger;
-- the hash chain is what detects that.)
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
