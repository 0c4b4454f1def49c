import { useState } from 'react';
import { Badge, Calendar, Card, Input, Segmented, Space, Table, Typography } from 'antd';
import { Select } from '../../../components/select';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATES, useApplications, type StaffApplication } from '../../../features/applications/api/applications';
import { StatusTag } from '../../../features/obligations/components/status-tag';

export function ApplicationsQueuePage() {
  const { t } = useTranslation();
  const [f, setF] = useState<{ state?: string; q?: string; page: number; size: number }>({ page: 0, size: 20 });
  const list = useApplications(f);
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const dueOn = (d: Dayjs) => (list.data?.items ?? []).filter((a) => a.reply?.dueDate === d.format('YYYY-MM-DD') && a.state !== 'DELIVERED' && a.state !== 'CLOSED');
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.applications')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select allowClear placeholder={t('item.state')} style={{ width: 160 }} value={f.state} onChange={(v) => setF({ ...f, state: v, page: 0 })} options={APPLICATION_STATES.map((s) => ({ value: s, label: t(`applicationState.${s}`) }))} />
          <Input.Search allowClear placeholder={t('application.searchStaff')} style={{ width: 260 }} onSearch={(v) => setF({ ...f, q: v || undefined, page: 0 })} />
          <Segmented value={view} onChange={(v) => { setView(v as 'list' | 'calendar'); if (v === 'calendar') setF({ ...f, size: 100, page: 0 }); }}
            options={[{ value: 'list', label: t('application.listView') }, { value: 'calendar', label: t('application.calendarView') }]} />
        </Space>
        {view === 'calendar' && (
          <Calendar
            data-testid="due-calendar"
            cellRender={(d, info) => info.type !== 'date' ? info.originNode : (
              <Space direction="vertical" size={0}>
                {dueOn(d as Dayjs).map((a) => (
                  <Link key={a.id} to={`/console/applications/${a.id}`}>
                    <Badge status={a.reply?.status === 'OVERDUE' ? 'error' : a.reply?.status === 'DUE_SOON' ? 'warning' : 'processing'} text={a.trackingNo} />
                  </Link>
                ))}
              </Space>
            )}
          />
        )}
        {view === 'list' && <Table<StaffApplication>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          pagination={{ current: (list.data?.page ?? 0) + 1, pageSize: list.data?.size ?? 20, total: list.data?.total ?? 0, onChange: (p, s) => setF({ ...f, page: p - 1, size: s }) }}
          columns={[
            { title: t('application.trackingNo'), dataIndex: 'trackingNo', render: (v: string, a) => <Link to={`/console/applications/${a.id}`}>{v}</Link> },
            { title: t('application.description'), dataIndex: 'description', ellipsis: true },
            { title: t('application.applicantType'), dataIndex: 'applicantType', render: (v: string) => t(`applicantType.${v}`) },
            { title: t('item.state'), dataIndex: 'state', render: (v: string) => t(`applicationState.${v}`) },
            { title: t('application.dueDate'), render: (_, a) => (a.reply ? <Space size={4}>{a.reply.dueDate}<StatusTag status={a.reply.status} /></Space> : '—') },
            { title: t('application.receivedOn'), dataIndex: 'receivedOn' },
          ]}
          data-testid="applications-table"
        />}
      </Card>
    </>
  );
}
