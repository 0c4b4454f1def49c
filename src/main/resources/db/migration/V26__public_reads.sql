-- Issue 17: public reads that cost what they show.

-- A column's list and its total from one partial index: ordered by publication, with the list's filters included so
-- that the count is an index-only scan (no heap pages, no body or search text read for a list of titles).
create index info_item_version_portal_list_idx on info_item_version (column_code, published_at desc, id)
    include (created_date, issuing_department, validity) where current and kind = 'ITEM';
create index info_item_version_portal_all_idx on info_item_version (published_at desc, id)
    include (column_code, created_date, issuing_department, validity) where current and kind = 'ITEM';
drop index if exists info_item_version_column_idx;

-- The public epoch: it changes whenever anything the portal shows may have changed (a publication, a withdrawal, a
-- link, the search index, the catalogue). Its number is the ETag of every public read and its time their
-- Last-Modified; every application copy learns of a change by LISTEN/NOTIFY and, failing that, within a second by
-- reading this row.
create table public_epoch (
    id         int         primary key check (id = 1),
    n          bigint      not null,
    changed_at timestamptz not null
);
insert into public_epoch values (1, 1, now());

-- A deferred trigger: the row is locked only while the transaction commits (no writer waits on another's
-- publication mid-transaction, so no deadlock with the audit chain's lock), once per transaction.
create function public_epoch_changed() returns trigger language plpgsql as $$
begin
    if current_setting('gongkai.public_changed', true) = 'y' then return null; end if;
    perform set_config('gongkai.public_changed', 'y', true);
    update public_epoch set n = n + 1, changed_at = clock_timestamp() where id = 1;
    perform pg_notify('gongkai_public', '');
    return null;
end $$;

create constraint trigger info_item_version_public after insert or update or delete on info_item_version
    deferrable initially deferred for each row execute function public_epoch_changed();
create constraint trigger info_item_link_public after insert or update or delete on info_item_link
    deferrable initially deferred for each row execute function public_epoch_changed();
create constraint trigger search_document_public after insert or update or delete on search_document
    deferrable initially deferred for each row execute function public_epoch_changed();
create constraint trigger catalogue_version_public after insert or update or delete on catalogue_version
    deferrable initially deferred for each row execute function public_epoch_changed();
create constraint trigger catalogue_column_public after insert or update or delete on catalogue_column
    deferrable initially deferred for each row execute function public_epoch_changed();
