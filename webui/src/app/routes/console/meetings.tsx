import { useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useDepartments, useNames } from '../../../lib/reference-data';
import { CATEGORIES, CHANNELS, FORMATS, meetingTime, useMeetingAction, useMeetings, type Meeting, type MeetingDetail } from '../../../features/meeting/api/meeting';

interface SetUp {
  title: string; category: string; format: string; startsAt: Dayjs; endsAt: Dayjs; venue?: string; liveUrl?: string; agenda: string;
  channels?: string[]; topics?: { title: string; departmentCode: string; opennessReport?: boolean }[];
}

/** 会议公开 (R31, R32): the department's meetings, their state and the materials clock; setting one up. */
export function MeetingsConsolePage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const departments = useDepartments();
  const navigate = useNavigate();
  const [f, setF] = useState<{ category?: string; state?: string; page: number }>({ page: 0 });
  const list = useMeetings(f);
  const action = useMeetingAction();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SetUp>();
  const category = Form.useWatch('category', form);
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const err = action.error instanceof ApiError ? action.error : undefined;
  const required = [{ required: true, message: t('form.required') }];
  const submit = (v: SetUp) => action.mutate({
    path: '', body: {
      title: v.title, category: v.category, format: v.format, startsAt: v.startsAt?.toISOString(), endsAt: v.endsAt?.toISOString(), venue: v.venue,
      liveUrl: v.liveUrl || undefined, agenda: v.agenda, channels: v.channels ?? [], topics: v.category === 'DIRECTORS' ? v.topics ?? [] : [],
    },
  }, {
    onSuccess: (d) => { setOpen(false); navigate(`/console/meetings/${(d as MeetingDetail).meeting?.id}`); },
    onError: (e) => {
      if (e instanceof ApiError) form.setFields(Object.entries(e.fieldErrors()).filter(([n]) => !n.includes('[')).map(([name, m]) => ({ name: name as never, errors: [m] })));
    },
  });
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.meetings')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('meeting.handOverNote')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => { form.resetFields(); setOpen(true); }} data-testid="new-meeting">{t('meeting.new')}</Button>
          <Select allowClear aria-label={t('meeting.category')} placeholder={t('meeting.category')} style={{ width: 200 }} value={f.category}
            onChange={(v) => setF({ ...f, category: v, page: 0 })} options={CATEGORIES.map((c) => ({ value: c, label: t(`meeting.categories.${c}`) }))} />
          <Select allowClear aria-label={t('item.state')} placeholder={t('item.state')} style={{ width: 140 }} value={f.state}
            onChange={(v) => setF({ ...f, state: v, page: 0 })} options={['PLANNED', 'HELD', 'CANCELLED'].map((s) => ({ value: s, label: t(`meeting.state.${s}`) }))} />
        </Space>
        <Table<Meeting> rowKey="id" loading={list.isFetching} dataSource={list.data?.items ?? []} scroll={{ x: 900 }} data-testid="meetings-table"
          pagination={{ current: (list.data?.page ?? 0) + 1, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => setF({ ...f, page: p - 1 }) }}
          columns={[
            { title: t('opinion.refNo'), dataIndex: 'refNo' },
            { title: t('meeting.title'), dataIndex: 'title', render: (v: string, m) => <Link to={`/console/meetings/${m.id}`}>{v}</Link> },
            { title: t('meeting.category'), dataIndex: 'category', render: (v: string) => t(`meeting.categories.${v}`) },
            { title: t('meeting.organiser'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
            { title: t('meeting.time'), render: (_, m) => meetingTime(m.startsAt, m.endsAt, i18n.language) },
            { title: t('item.state'), dataIndex: 'state', render: (v: string) => <Tag>{t(`meeting.state.${v}`)}</Tag> },
          ]} />
      </Card>
      <Modal open={open} title={t('meeting.new')} footer={null} onCancel={() => setOpen(false)} width={720} destroyOnClose>
        {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.message} />}
        <Form<SetUp> form={form} layout="vertical" onFinish={submit} initialValues={{ category: office ? 'DIRECTORS' : 'PUBLIC_INTEREST', format: 'IN_PERSON', channels: [] }}>
          <Form.Item name="title" label={t('meeting.title')} rules={required}><Input maxLength={200} /></Form.Item>
          <Space wrap>
            <Form.Item name="category" label={t('meeting.category')} rules={required}>
              <Select style={{ width: 220 }} options={CATEGORIES.map((c) => ({ value: c, label: t(`meeting.categories.${c}`) }))} />
            </Form.Item>
            <Form.Item name="format" label={t('meeting.format')} rules={required}>
              <Select style={{ width: 180 }} options={FORMATS.map((c) => ({ value: c, label: t(`meeting.formats.${c}`) }))} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="startsAt" label={t('meeting.startsAt')} rules={required}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
            <Form.Item name="endsAt" label={t('meeting.endsAt')} rules={required}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
          </Space>
          <Form.Item name="venue" label={t('meeting.venue')}><Input maxLength={200} /></Form.Item>
          <Form.Item name="liveUrl" label={t('meeting.liveUrl')}><Input maxLength={500} placeholder="https://" /></Form.Item>
          <Form.Item name="agenda" label={t('meeting.agenda')} rules={required}><Input.TextArea rows={4} maxLength={20000} /></Form.Item>
          <Form.Item name="channels" label={t('meeting.channels')}>
            <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: t(`meeting.channelNames.${c}`) }))} />
          </Form.Item>
          {category === 'DIRECTORS' && (
            <Form.List name="topics" initialValue={[{}]}>
              {(fields, { add, remove }) => (<>
                {fields.map((fd, i) => (
                  <Space key={fd.key} wrap align="start">
                    <Form.Item name={[fd.name, 'title']} label={`${t('meeting.topicTitle')} ${i + 1}`} rules={required}><Input style={{ width: 320 }} maxLength={200} /></Form.Item>
                    <Form.Item name={[fd.name, 'departmentCode']} label={t('meeting.topicDepartment')} rules={required}>
                      <Select style={{ width: 180 }} options={(departments.data ?? []).map((d) => ({ value: d.code, label: names.department(d.code) }))} />
                    </Form.Item>
                    <Form.Item name={[fd.name, 'opennessReport']} valuePropName="checked" label=" "><Checkbox>{t('meeting.opennessReport')}</Checkbox></Form.Item>
                    <Form.Item label=" "><Button onClick={() => remove(fd.name)}>{t('meeting.removeTopic')}</Button></Form.Item>
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({})} style={{ marginBottom: 16 }}>{t('meeting.addTopic')}</Button>
              </>)}
            </Form.List>
          )}
          <div><Button type="primary" htmlType="submit" loading={action.isPending} data-testid="save-meeting">{t('review.confirm')}</Button></div>
        </Form>
      </Modal>
    </>
  );
}
