-- Issue 15, R11: the annual report's table III counts an application in the year it was concluded (答复 delivered, or
-- closed without a reply: not corrected, fee not paid) and carries the others over. The day is kept where it happens;
-- the applications concluded before this column existed take their delivery day, or the day they were last changed.
alter table disclosure_application add column concluded_on date;
update disclosure_application set concluded_on = delivered_on where state = 'DELIVERED' and delivered_on is not null;
update disclosure_application set concluded_on = (updated_at at time zone 'Asia/Shanghai')::date where state = 'CLOSED';
alter table disclosure_application add constraint disclosure_application_concluded_check
    check (concluded_on is null or (outcome is not null and concluded_on >= received_on));
create index disclosure_application_year_idx on disclosure_application (received_on, concluded_on);

-- The report itself (R11): the office's text sections; drafted with the year's figures as the ANNUAL_REPORT item (column
-- 政府信息公开年报, NDBG) for the review; its publication is the R11 event; the filing with the city government's office
-- (报备) recorded. A published report revised is a corrected report: a new version of the item, with its reason.
create table annual_report (
    year              int            primary key check (year between 2008 and 2100),
    overview          text,
    proactive         text,
    applications      text,
    reviews           text,
    problems          text,
    other             text,
    item_id           bigint         references info_item (id),
    drafted_figures   text,
    -- the figures of the version last published: what the portal's JSON gives
    published_figures text,
    filed_on          date,
    filed_ref         varchar(200),
    filed_by          varchar(128),
    updated_by        varchar(128)   not null,
    updated_at        timestamptz    not null
);

insert into catalogue_column (version_id, code, parent_code, name_zh, name_en, sort_order, department_code, responsible_person, update_days, description)
select v.id, 'NDBG', null, '政府信息公开年报', 'Annual reports', 96, 'BGS', '陈静', null, '政府信息公开工作年度报告（每年1月31日前公布上一年度报告）'
from catalogue_version v
where v.state in ('PUBLISHED', 'DRAFT')
on conflict (version_id, code) do nothing;

-- R45: the violations are derived from the ledger (a clock of one of the seven kinds not kept: overdue, met late, a
-- minimum period cut short) and never stored; the office's decision on each — confirmed or dismissed with a reason, the
-- follow-up (通报批评, the written self-examination, escalation) — is.
create table violation_decision (
    obligation_id   bigint         primary key references obligation (id),
    decision        varchar(16)    not null check (decision in ('CONFIRMED', 'DISMISSED')),
    reason          varchar(1000)  not null,
    follow_up       varchar(2000),
    escalated       boolean        not null default false,
    decided_by      varchar(128)   not null,
    decided_at      timestamptz    not null
);
