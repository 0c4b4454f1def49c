-- Issue 11, press conferences (R28, R29): a conference is announced on the portal through the review, like everything
-- public — its notice (新闻发布会预告: time, venue, host, speakers, live stream) is an item of type PRESS_NOTICE, and
-- its publication is the announcement. A cancelled conference's notice is withdrawn with it. Conferences announced
-- before (directly, by the head of the office) stay announced.
alter table press_conference add column notice_item_id bigint references info_item (id);

alter table info_item drop constraint info_item_item_type_check;
alter table info_item add constraint info_item_item_type_check check (item_type in ('DOCUMENT', 'INTERPRETATION',
    'CONSULTATION_DRAFT', 'ADOPTION_REPORT', 'MEETING_MATERIALS', 'PRESS_RECORD', 'PRESS_PLAN', 'INSPECTION_RESULTS', 'DOUBLE_PUBLICITY',
    'POLL_REPORT', 'ANNUAL_REPORT', 'KEY_TASK_PROGRESS', 'SERVICE_LIST', 'POLL', 'MEETING_NOTICE', 'KEY_TASK_PLAN', 'INSPECTION_LIST', 'PRESS_NOTICE'));

-- the 新闻发布 column of the catalogue (issue 11): conferences' notices and records (the year's plan stays in 规划计划)
insert into catalogue_column (version_id, code, parent_code, name_zh, name_en, sort_order, department_code, responsible_person, update_days, description)
select v.id, 'XWFB', null, '新闻发布', 'Press conferences', 89, 'BGS', '王芳', null, '新闻发布会预告、实录（含图文、视频回放）'
from catalogue_version v
where v.state in ('PUBLISHED', 'DRAFT')
on conflict (version_id, code) do nothing;
