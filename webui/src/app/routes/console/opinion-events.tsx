import { useState } from 'react';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { useAuth } from '../../../lib/auth';
import { access } from '../../../lib/authorization';
import { useDepartments, useNames } from '../../../lib/reference-data';
import { CATEGORIES, LEVELS, STATES, useOpinionEvents, type OpinionEvent, type OpinionFilters } from '../../../features/opinion/api/opinion';
import { OpinionLogForm } from '../../../features/opinion/components/log-form';
import { ClockCell } from '../../../features/opinion/components/clock-cell';

/** 舆情: the office's log (a unit its own), with hours left and what is overdue, by unit, category and level (R27). */
export function OpinionEventsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const can = access(me?.roles ?? []);
  const names = useNames();
  const navigate = useNavigate();
  const departments = useDepartments();
  const [f, setF] = useState<OpinionFilters>({ page: 0, size: 20 });
  const [logging, setLogging] = useState(false);
  const list = useOpinionEvents(f);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('console.menu.opinion')}</Typography.Title>
        {can.logOpinion && <Button type="primary" onClick={() => setLogging(true)} data-testid="log-opinion">{t('opinion.log')}</Button>}
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select allowClear aria-label={t('item.state')} placeholder={t('item.state')} style={{ width: 120 }} value={f.state} onChange={(v) => setF({ ...f, state: v, page: 0 })}
            options={STATES.map((s) => ({ value: s, label: t(`opinion.states.${s}`) }))} />
          <Select allowClear aria-label={t('opinion.category')} placeholder={t('opinion.category')} style={{ width: 180 }} value={f.category} onChange={(v) => setF({ ...f, category: v, page: 0 })}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`opinion.categories.${c}`) }))} />
          <Select allowClear aria-label={t('opinion.level')} placeholder={t('opinion.level')} style={{ width: 120 }} value={f.level} onChange={(v) => setF({ ...f, level: v, page: 0 })}
            options={LEVELS.map((l) => ({ value: l, label: t(`opinion.levels.${l}`) }))} />
          {can.allDepartments && (
            <Select allowClear showSearch optionFilterProp="label" aria-label={t('opinion.department')} placeholder={t('opinion.department')} style={{ width: 180 }} value={f.department}
              onChange={(v) => setF({ ...f, department: v, page: 0 })} options={(departments.data ?? []).map((d) => ({ value: d.code, label: names.department(d.code) }))} />
          )}
          <Select allowClear aria-label={t('enquiry.due')} placeholder={t('enquiry.due')} style={{ width: 140 }} value={f.due} onChange={(v) => setF({ ...f, due: v, page: 0 })}
            options={['DUE_SOON', 'OVERDUE'].map((s) => ({ value: s, label: t(`obligations.status.${s}`) }))} />
        </Space>
        <Table<OpinionEvent>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1000 }}
          pagination={{ current: (list.data?.page ?? 0) + 1, pageSize: list.data?.size ?? 20, total: list.data?.total ?? 0, onChange: (p, s) => setF({ ...f, page: p - 1, size: s }) }}
          columns={[
            { title: t('opinion.refNo'), dataIndex: 'refNo' },
            { title: t('opinion.title'), dataIndex: 'title', render: (v: string, e) => <Link to={`/console/opinion-events/${e.id}`}>{v}</Link> },
            { title: t('opinion.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
            { title: t('opinion.category'), dataIndex: 'category', render: (v: string) => t(`opinion.categories.${v}`) },
            { title: t('opinion.level'), dataIndex: 'level', render: (v: string) => <Tag color={v === 'MAJOR' || v === 'EXTRA_MAJOR' ? 'red' : undefined}>{t(`opinion.levels.${v}`)}</Tag> },
            { title: t('item.state'), dataIndex: 'state', render: (v: string) => t(`opinion.states.${v}`) },
            { title: t('opinion.responseClock'), render: (_, e) => <ClockCell clock={e.response} /> },
            { title: t('opinion.pressClock'), render: (_, e) => <ClockCell clock={e.press} /> },
          ]}
          data-testid="opinion-table"
        />
      </Card>
      <OpinionLogForm open={logging} onClose={() => setLogging(false)} onLogged={(e) => { setLogging(false); navigate(`/console/opinion-events/${e.id}`); }} />
    </>
  );
}
