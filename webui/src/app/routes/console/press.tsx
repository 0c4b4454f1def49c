import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import { useTextPrompt } from '../../../features/press/components/text-prompt';
import { CONFERENCE_KINDS, useConferences, usePressAction, usePressPlan, usePressTopics, type PressConferenceDetail, type PressTopic } from '../../../features/press/api/press';

/** 新闻发布: departments propose topics; the office plans the year, schedules conferences and publishes their records (R28–R29). */
export function PressPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const names = useNames();
  const navigate = useNavigate();
  const year = new Date().getFullYear();
  const topics = usePressTopics(year);
  const plan = usePressPlan(year);
  const conferences = useConferences();
  const action = usePressAction();
  const prompt = useTextPrompt();
  const [proposing, setProposing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [propose] = Form.useForm();
  const [schedule] = Form.useForm<{ title: string; kind: string; planEntryId?: number; startsAt: Dayjs; venue: string; host: string; speakerName: string; speakerPost: string; head?: boolean; liveUrl?: string }>();
  const err = action.error instanceof ApiError ? action.error : undefined;
  const required = [{ required: true, message: t('form.required') }];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const fieldErrors = (f: { setFields: (fields: any[]) => void }) => (x: unknown) => {
    if (x instanceof ApiError) f.setFields(Object.entries(x.fieldErrors()).map(([name, msg]) => ({ name: name as never, errors: [msg] })));
  };
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.press')}</Typography.Title>
      {err && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Card>
        <Tabs items={[
          {
            key: 'topics', label: t('press.topics'), children: (
              <>
                <Button type="primary" onClick={() => setProposing(true)} style={{ marginBottom: 16 }} data-testid="propose-topic">{t('press.propose')}</Button>
                <Table<PressTopic> rowKey="id" loading={topics.isFetching} dataSource={topics.data?.items ?? []} scroll={{ x: 800 }} pagination={false}
                  columns={[
                    { title: t('press.topicTitle'), dataIndex: 'title' },
                    { title: t('item.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
                    { title: t('press.month'), dataIndex: 'preferredMonth', render: (v?: number) => (v ? `${v}月` : '—') },
                    { title: t('item.state'), dataIndex: 'state', render: (v: string) => <Tag>{t(`press.topicStates.${v}`)}</Tag> },
                    ...(office ? [{
                      title: '', key: 'actions', render: (_: unknown, r: PressTopic) => r.state === 'PROPOSED' && (
                        <Space>
                          <Button size="small" onClick={() => action.mutate({ path: `/topics/${r.id}/selection`, body: { month: r.preferredMonth ?? new Date().getMonth() + 1 } })}>{t('press.select')}</Button>
                          <Button size="small" onClick={() => prompt.open(t('press.declineReason'), (note) => action.mutate({ path: `/topics/${r.id}/decline`, body: { note } }))}>{t('press.decline')}</Button>
                        </Space>
                      ),
                    }] : []),
                  ]} />
              </>
            ),
          },
          {
            key: 'plan', label: t('press.plan', { year }), children: (
              <>
                <Space style={{ marginBottom: 16 }} wrap>
                  {plan.data?.itemId && <Link to={`/console/items/${plan.data.itemId}`}>{t('press.planItem')}</Link>}
                  {office && (
                    <Button onClick={() => {
                      const draft = (reason: string) => action.mutate({ path: `/plans/${year}/draft`, body: { reason } },
                        { onSuccess: (i) => navigate(`/console/items/${(i as { id: number }).id}`) });
                      if (plan.data?.itemId) prompt.open(t('press.adjustReason'), draft);
                      else draft('');
                    }} data-testid="draft-plan">{plan.data?.itemId ? t('press.adjust') : t('press.draftPlan')}</Button>
                  )}
                </Space>
                <Table rowKey="id" dataSource={plan.data?.entries ?? []} pagination={false}
                  columns={[
                    { title: t('press.month'), dataIndex: 'month', render: (v: number) => `${v}月` },
                    { title: t('press.topicTitle'), dataIndex: 'title', render: (v: string, e) => (e.removed ? <Typography.Text delete>{v}</Typography.Text> : v) },
                    { title: t('item.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
                    { title: t('press.removedReason'), dataIndex: 'removedReason' },
                  ]} />
              </>
            ),
          },
          {
            key: 'conferences', label: t('press.conferences'), children: (
              <>
                {office && <Button type="primary" onClick={() => setScheduling(true)} style={{ marginBottom: 16 }} data-testid="schedule-conference">{t('press.schedule')}</Button>}
                <Table rowKey="id" loading={conferences.isFetching} dataSource={conferences.data?.items ?? []} scroll={{ x: 800 }} pagination={false}
                  columns={[
                    { title: t('press.conferenceTitle'), dataIndex: 'title', render: (v: string, c) => <Link to={`/console/press/conferences/${c.id}`}>{v}</Link> },
                    { title: t('press.kind'), dataIndex: 'kind', render: (v: string) => <Tag>{t(`press.kinds.${v}`)}</Tag> },
                    { title: t('press.startsAt'), dataIndex: 'startsAt', render: (v: string) => v.replace('T', ' ').slice(0, 16) },
                    { title: t('item.state'), dataIndex: 'state', render: (v: string) => t(`press.states.${v}`) },
                  ]} />
              </>
            ),
          },
        ]} />
      </Card>
      {prompt.modal}
      <Modal open={proposing} title={t('press.propose')} onCancel={() => setProposing(false)} onOk={() => propose.submit()} okButtonProps={{ loading: action.isPending }} destroyOnClose>
        <Form form={propose} layout="vertical" initialValues={{ year }} onFinish={(v) => action.mutate({ path: '/topics', body: v }, { onSuccess: () => { setProposing(false); propose.resetFields(); }, onError: fieldErrors(propose) })}>
          <Form.Item name="year" label={t('press.year')} rules={required}><InputNumber min={year} max={year + 1} /></Form.Item>
          <Form.Item name="title" label={t('press.topicTitle')} rules={required}><Input maxLength={200} data-testid="topic-title" /></Form.Item>
          <Form.Item name="reason" label={t('press.reason')} rules={required}><Input.TextArea rows={2} data-testid="topic-reason" /></Form.Item>
          <Form.Item name="speakers" label={t('press.speakersProposed')}><Input /></Form.Item>
          <Form.Item name="materials" label={t('press.materialsNeeded')}><Input /></Form.Item>
          <Form.Item name="preferredMonth" label={t('press.month')}><InputNumber min={1} max={12} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={scheduling} title={t('press.schedule')} onCancel={() => setScheduling(false)} onOk={() => schedule.submit()} okButtonProps={{ loading: action.isPending }} width={640} destroyOnClose>
        <Form form={schedule} layout="vertical" initialValues={{ kind: 'REGULAR' }}
          onFinish={(v) => action.mutate({
            path: '/conferences', body: {
              title: v.title, kind: v.kind, planEntryId: v.planEntryId, startsAt: v.startsAt?.format(), venue: v.venue, host: v.host, liveUrl: v.liveUrl,
              speakers: [{ name: v.speakerName, post: v.speakerPost, head: !!v.head }],
            },
          }, { onSuccess: (d) => { setScheduling(false); navigate(`/console/press/conferences/${(d as PressConferenceDetail).conference?.id}`); }, onError: fieldErrors(schedule) })}>
          <Form.Item name="title" label={t('press.conferenceTitle')} rules={required}><Input maxLength={200} /></Form.Item>
          <Form.Item name="kind" label={t('press.kind')} rules={required}><Select options={CONFERENCE_KINDS.map((k) => ({ value: k, label: t(`press.kinds.${k}`) }))} /></Form.Item>
          <Form.Item name="planEntryId" label={t('press.planEntry')}>
            <Select allowClear options={(plan.data?.entries ?? []).filter((e) => !e.removed).map((e) => ({ value: e.id, label: `${e.month}月 ${e.title}` }))} />
          </Form.Item>
          <Form.Item name="startsAt" label={t('press.startsAt')} rules={required}><DatePicker showTime style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="venue" label={t('press.venue')} rules={required}><Input /></Form.Item>
          <Form.Item name="host" label={t('press.host')} rules={required}><Input /></Form.Item>
          <Space wrap>
            <Form.Item name="speakerName" label={t('press.speakerName')} rules={required}><Input /></Form.Item>
            <Form.Item name="speakerPost" label={t('press.speakerPost')} rules={required}><Input /></Form.Item>
          </Space>
          <Form.Item name="liveUrl" label={t('press.liveUrl')}><Input placeholder="https://" /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
