-- Issue 9: every uploaded file is SM4-GCM encrypted at rest (streamed, on a worker); rows from before are not.
alter table attachment add column encrypted boolean not null default false;
