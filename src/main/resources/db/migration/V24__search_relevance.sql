-- Issue 16: search that finds what people type.
--   phrase_vector: character bigrams of the title (weight A) and summary (B), built in Java (SearchText), so that a
--     phrase matches whatever the segmenter made of it; the words in search_vector now carry weights too
--     (title A, summary B, text C, subjects D).
--   doc_number_norm: the document number without brackets, spaces, 年, 第 — matched only for queries that look like one.
--   index_version: rows written before this migration (version 1) are rebuilt from their stored text at start-up.
alter table search_document
    add column phrase_vector   tsvector     not null default ''::tsvector,
    add column doc_number      varchar(100),
    add column doc_number_norm varchar(100),
    add column summary         text,
    add column index_version   smallint     not null default 1;
create index search_document_phrase_idx on search_document using gin (phrase_vector);
create index search_document_doc_number_idx on search_document (doc_number_norm) where doc_number_norm is not null;
create index search_document_department_idx on search_document (department_code);
create index search_document_version_idx on search_document (index_version) where index_version < 2;

update search_document d set doc_number = v.doc_number, summary = v.summary
from info_item_version v where d.kind = 'ITEM' and v.current and v.kind = 'ITEM' and cast(v.item_id as text) = d.ref_id;

-- the kind's own public state, for its filter (an item's validity: 现行有效, 已修改, 已废止…)
alter table search_document add column status varchar(32);
update search_document d set status = v.validity
from info_item_version v where d.kind = 'ITEM' and v.current and v.kind = 'ITEM' and cast(v.item_id as text) = d.ref_id;
