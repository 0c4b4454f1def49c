import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useDepartments, useNames } from '../../../lib/reference-data';
import { ENQUIRY_STATES, useStaffEnquiries, type StaffEnquiry, type StaffFilters } from '../../../features/enquiries/api/enquiries';
import { TicketForm } from '../../../features/enquiries/components/ticket-form';
import { StatusTag } from '../../../features/obligations/components/status-tag';

export function EnquiriesQueuePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const [f, setF] = useState<StaffFilters>({ page: 0, size: 20 });
  const [ticket, setTicket] = useState(false);
  const list = useStaffEnquiries(f);
  const departments = useDepartments();
  const seesAll = (me?.roles ?? []).some((r) => ['office', 'office-head', 'leader', 'admin'].includes(r));
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('console.menu.enquiries')}</Typography.Title>
        {office && <Button type="primary" onClick={() => setTicket(true)}>{t('enquiry.registerTicket')}</Button>}
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select allowClear placeholder={t('enquiry.channel')} style={{ width: 140 }} value={f.channel} onChange={(v) => setF({ ...f, channel: v, page: 0 })} options={['ONLINE', 'HOTLINE'].map((c) => ({ value: c, label: t(`channel2.${c}`) }))} />
          <Select allowClear placeholder={t('item.state')} style={{ width: 140 }} value={f.state} onChange={(v) => setF({ ...f, state: v, page: 0 })} options={ENQUIRY_STATES.map((s) => ({ value: s, label: t(`enquiryState.${s}`) }))} />
          {seesAll && (
            <Select allowClear showSearch optionFilterProp="label" placeholder={t('enquiry.department')} style={{ width: 180 }} value={f.department} onChange={(v) => setF({ ...f, department: v, page: 0 })} options={(departments.data ?? []).map((d) => ({ value: d.code, label: names.department(d.code) }))} />
          )}
          <Select allowClear placeholder={t('enquiry.due')} style={{ width: 140 }} value={f.due} onChange={(v) => setF({ ...f, due: v, page: 0 })} options={['DUE_SOON', 'OVERDUE'].map((s) => ({ value: s, label: t(`obligations.status.${s}`) }))} />
          <Input.Search allowClear placeholder={t('enquiry.searchStaff')} style={{ width: 240 }} onSearch={(v) => setF({ ...f, q: v || undefined, page: 0 })} />
        </Space>
        <Table<StaffEnquiry>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          pagination={{ current: (list.data?.page ?? 0) + 1, pageSize: list.data?.size ?? 20, total: list.data?.total ?? 0, onChange: (p, s) => setF({ ...f, page: p - 1, size: s }) }}
          columns={[
            { title: t('enquiry.trackingNo'), dataIndex: 'trackingNo' },
            { title: t('enquiry.title'), dataIndex: 'title', render: (v: string, e) => <Link to={`/console/enquiries/${e.id}`}>{v}</Link> },
            { title: t('enquiry.channel'), dataIndex: 'channel', render: (v: string) => <Tag>{t(`channel2.${v}`)}</Tag> },
            { title: t('enquiry.department'), dataIndex: 'departmentCode', render: (v?: string) => (v ? names.department(v) : '—') },
            { title: t('item.state'), dataIndex: 'state', render: (v: string) => t(`enquiryState.${v}`) },
            { title: t('obligations.col.due'), render: (_, e) => (e.clock ? <Space size={4}>{e.clock.dueDate}<StatusTag status={e.clock.status} /></Space> : '—') },
            { title: t('enquiry.receivedOn'), dataIndex: 'receivedOn' },
          ]}
          data-testid="enquiries-table"
        />
      </Card>
      <TicketForm open={ticket} onClose={() => setTicket(false)} />
    </>
  );
}
