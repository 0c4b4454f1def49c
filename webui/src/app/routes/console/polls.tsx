import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import { usePollAction, usePollTopics, usePolls, type Poll, type PollTopic } from '../../../features/poll/api/poll';
import { PollBuilder } from '../../../features/poll/components/poll-builder';
import { PhaseTag } from '../../../features/consultation/components/phase-tag';
import { useTextPrompt } from '../../../features/press/components/text-prompt';

/** 民意调查 (R36): the year's topics (departments propose, the office selects one or two), and the polls with their phase. */
export function PollsConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const navigate = useNavigate();
  const year = new Date().getFullYear();
  const topics = usePollTopics(year);
  const [page, setPage] = useState(0);
  const polls = usePolls(page);
  const action = usePollAction();
  const prompt = useTextPrompt();
  const [proposing, setProposing] = useState(false);
  const [building, setBuilding] = useState<number>();
  const office = !!me?.roles?.some((r) => r === 'office' || r === 'office-head');
  const err = action.error instanceof ApiError ? action.error : undefined;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('console.menu.polls')}</Typography.Title>
        <Button onClick={() => setProposing(true)} data-testid="propose-topic">{t('poll.propose')}</Button>
      </Space>
      {err && <Alert type="error" showIcon message={err.message} style={{ marginBottom: 12 }} />}
      <Card title={t('poll.topics', { year })}>
        <Table<PollTopic> rowKey="id" size="small" pagination={false} dataSource={topics.data ?? []} loading={topics.isFetching} data-testid="poll-topics"
          columns={[
            { title: t('poll.title'), dataIndex: 'title' },
            { title: t('poll.policy'), dataIndex: 'policy' },
            { title: t('opinion.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
            { title: t('item.state'), dataIndex: 'state', render: (v: string) => <Tag>{t(`poll.topicStates.${v}`)}</Tag> },
            { title: '', render: (_, x) => (
              <Space>
                {office && x.state === 'PROPOSED' && <>
                  <Button size="small" type="primary" onClick={() => action.mutate({ path: `/topics/${x.id}/decision`, body: { select: true } })}>{t('poll.select')}</Button>
                  <Button size="small" onClick={() => prompt.open(t('poll.declineNote'), (note) => action.mutate({ path: `/topics/${x.id}/decision`, body: { select: false, note } }))}>{t('poll.decline')}</Button>
                </>}
                {x.state === 'SELECTED' && (x.departmentCode === me?.department || office) && <Button size="small" onClick={() => setBuilding(x.id)} data-testid={`build-${x.id}`}>{t('poll.build')}</Button>}
              </Space>
            ) },
          ]} />
      </Card>
      <Card title={t('poll.polls')} style={{ marginTop: 16 }}>
        <Table<Poll> rowKey="id" dataSource={polls.data?.items ?? []} loading={polls.isFetching}
          pagination={{ current: page + 1, pageSize: 20, total: polls.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
          columns={[
            { title: t('opinion.refNo'), dataIndex: 'refNo' },
            { title: t('poll.title'), dataIndex: 'title', render: (v: string, p) => <Link to={`/console/polls/${p.id}`}>{v}</Link> },
            { title: t('poll.period'), render: (_, p) => `${p.opensOn} — ${p.closesOn}` },
            { title: t('item.state'), render: (_, p) => <PhaseTag phase={p.phase} of="poll" /> },
          ]} />
      </Card>
      <Modal open={proposing} title={t('poll.propose')} footer={null} onCancel={() => setProposing(false)} destroyOnClose>
        <Form layout="vertical" preserve={false} onFinish={(v) => action.mutate({ path: '/topics', body: { ...v, year } }, { onSuccess: () => setProposing(false) })}>
          {(['title', 'policy', 'targetGroups', 'method'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(`poll.topicFields.${k}`)} rules={[{ required: true, message: t('form.required') }]}><Input maxLength={k === 'title' ? 200 : 500} /></Form.Item>
          ))}
          <Button type="primary" htmlType="submit">{t('review.confirm')}</Button>
        </Form>
      </Modal>
      <PollBuilder topicId={building} open={building != null} onClose={() => setBuilding(undefined)} onCreated={(id) => { setBuilding(undefined); navigate(`/console/polls/${id}`); }} />
      {prompt.modal}
    </>
  );
}
