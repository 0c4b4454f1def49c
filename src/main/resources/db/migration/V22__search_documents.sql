-- Issue 10: one search across everything public. Each public thing of every kind (a published item, an answered
-- enquiry its author let be shown; later consultations, press conferences, polls, data resources) is one row here,
-- written when it becomes public and removed when it leaves; the words are segmented in Java (smartcn) like the query.
create table search_document (
    kind            varchar(32)  not null,
    ref_id          varchar(64)  not null,
    title           varchar(300) not null,
    -- plain text for the highlighted snippet (no HTML: parsed once, when it was published)
    body_text       text         not null,
    search_vector   tsvector     not null,
    column_code     varchar(64),
    department_code varchar(32),
    year            int          not null,
    published_at    timestamptz  not null,
    link            varchar(300) not null,
    primary key (kind, ref_id)
);
create index search_document_vector_idx on search_document using gin (search_vector);
create index search_document_title_trgm_idx on search_document using gin (title gin_trgm_ops);
create index search_document_recent_idx on search_document (published_at desc);

-- what is public already
insert into search_document (kind, ref_id, title, body_text, search_vector, column_code, department_code, year, published_at, link)
select 'ITEM', cast(v.item_id as text), v.title, coalesce(v.plain_text, coalesce(v.summary, '')),
       coalesce(v.search_vector, to_tsvector('simple', '')), v.column_code, v.issuing_department,
       cast(extract(year from v.created_date) as int), v.published_at, '/items/' || v.item_id
from info_item_version v where v.current and v.kind = 'ITEM';
insert into search_document (kind, ref_id, title, body_text, search_vector, column_code, department_code, year, published_at, link)
select 'ENQUIRY', e.tracking_no, e.title, e.question || ' ' || coalesce(e.answer, ''),
       coalesce(e.search_vector, to_tsvector('simple', '')), null, e.department_code,
       cast(extract(year from e.closed_on) as int), cast(e.closed_on as timestamp) at time zone 'Asia/Shanghai', '/enquiries#' || e.tracking_no
from enquiry e where e.state = 'CLOSED' and e.publishable;
