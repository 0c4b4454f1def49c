-- Issue 9: the audit chain no longer serialises every audited transaction behind one advisory lock.
-- A writer inserts its event with the change it describes (same transaction, no lock); a single appender
-- (AuditChainer, under a try-lock so only one copy of the application runs it at a time) seals committed
-- events afterwards: it gives each its place in the chain (chain_no, in commit-visible order), the previous
-- event's hash and its own SM3 hash. Verification walks chain_no.
alter table audit_event add column chain_no bigint;
-- events chained before this migration were chained in id order
update audit_event set chain_no = n.rn from (select id, row_number() over (order by id) as rn from audit_event) n
    where n.id = audit_event.id;
alter table audit_event add constraint audit_event_chain_no_key unique (chain_no);
alter table audit_event alter column prev_hash drop not null;
alter table audit_event alter column hash drop not null;
alter table audit_event add constraint audit_event_sealed_whole
    check ((chain_no is null and prev_hash is null and hash is null)
        or (chain_no is not null and prev_hash is not null and hash is not null));
create index audit_event_unsealed_idx on audit_event (id) where chain_no is null;
-- audit_head.last_id now holds the chain_no of the newest sealed event
update audit_head set last_id = (select max(chain_no) from audit_event) where exists (select 1 from audit_event);

-- Still append-only: the one update allowed is the appender's sealing of an unsealed event, which may set the
-- three chain columns and nothing else. Deletes are never allowed.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_no is null and new.chain_no is not null
       and new.id = old.id and new.occurred_at = old.occurred_at and new.actor = old.actor and new.roles = old.roles
       and new.department is not distinct from old.department and new.action = old.action
       and new.subject_type = old.subject_type and new.subject_id = old.subject_id
       and new.before_state is not distinct from old.before_state
       and new.after_state is not distinct from old.after_state then
        return new;
    end if;
    raise exception 'audit_event is append-only';
end $$;
