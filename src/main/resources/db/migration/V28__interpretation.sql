-- Issue 11, policy interpretation (R24–R26).

-- R24: besides normative documents, an item flagged as a major decision (涉及群众切身利益或社会关注度较高) is routed
-- only with its interpretation.
alter table info_item add column major_decision boolean not null default false;
alter table info_item_version add column major_decision boolean not null default false;

-- What an item of a kind carries besides the common fields (an interpretation's elements, forms, interpreters and
-- media), as JSON validated by its kind; published with the version, so that every version keeps its own.
alter table info_item add column details text;
alter table info_item_version add column details text;
-- An interpretation's forms (文字, 图解, 问答, 音频, 视频 …), comma-separated: the portal filters by them and the
-- yearly share of interpretations in more than text form is counted from them.
alter table info_item_version add column forms text;

create index info_item_version_interpretation_idx on info_item_version (published_at desc, id)
    include (forms) where current and kind = 'ITEM' and item_type = 'INTERPRETATION';
