import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Space, Table, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import { Attachments } from '../../../components/attachments';
import { RuleName } from '../../../components/rule-name';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { useConference, usePressAction } from '../../../features/press/api/press';
import { useTextPrompt } from '../../../features/press/components/text-prompt';

/** One conference: speakers, materials due and handed in, announcement, held, and its record for the review. */
export function PressConferencePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const roles = me?.roles ?? [];
  const office = roles.includes('office') || roles.includes('office-head');
  const names = useNames();
  const detail = useConference(id);
  const action = usePressAction();
  const navigate = useNavigate();
  const prompt = useTextPrompt();
  const [text, setText] = useState('');
  const c = detail.data?.conference;
  const err = action.error instanceof ApiError ? action.error : undefined;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {prompt.modal}
      <Typography.Title level={3}>{c?.title}</Typography.Title>
      {err && <Alert type="error" showIcon message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Card loading={detail.isLoading}>
        {c && (
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('press.kind')}>{t(`press.kinds.${c.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('item.state')}>{t(`press.states.${c.state}`)}{c.announced ? ` · ${t('press.announced')}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('press.startsAt')}>{c.startsAt?.replace('T', ' ').slice(0, 16)}</Descriptions.Item>
            <Descriptions.Item label={t('press.venue')}>{c.venue}</Descriptions.Item>
            <Descriptions.Item label={t('press.host')}>{c.host}</Descriptions.Item>
            <Descriptions.Item label={t('press.speakers')}>{(c.speakers ?? []).map((s) => `${s.post}${s.name}`).join('、')}</Descriptions.Item>
            {c.liveUrl && <Descriptions.Item label={t('press.liveUrl')}>{c.liveUrl}</Descriptions.Item>}
            {c.noticeItemId && <Descriptions.Item label={t('press.notice')}><Link to={`/console/items/${c.noticeItemId}`}>{t('press.noticeItem')}</Link></Descriptions.Item>}
            {c.recordItemId && <Descriptions.Item label={t('press.record')}><Link to={`/console/items/${c.recordItemId}`}>{t('press.recordItem')}</Link></Descriptions.Item>}
          </Descriptions>
        )}
      </Card>
      <Card title={t('press.materials')}>
        <Table rowKey="id" pagination={false} dataSource={detail.data?.materials ?? []} scroll={{ x: 700 }}
          columns={[
            { title: t('item.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
            { title: t('press.materialKind'), dataIndex: 'kind', render: (v: string) => t(`press.materialKinds.${v}`) },
            { title: t('obligations.col.due'), dataIndex: 'dueDate' },
            { title: t('item.state'), dataIndex: 'submitted', render: (v: boolean) => (v ? t('press.handedIn') : t('press.notYet')) },
            { title: t('files.title'), key: 'files', render: (_, m) => (
              <Attachments files={m.files} base={`/api/v1/press/conferences/${id}/materials/${m.id}/attachments`} removable={false} testId={`material-files-${m.id}`}
                editable={c?.state === 'PLANNED' && (office || me?.department === m.departmentCode)} invalidate={['press', 'conference', id]} />
            ) },
            { title: '', key: 'x', render: (_, m) => c?.state === 'PLANNED' && (office || me?.department === m.departmentCode) && (
              <Button size="small" onClick={() => prompt.open(t('press.materialPrompt'), (content) => action.mutate({ path: `/conferences/${id}/materials/${m.id}/submission`, body: { content } }), 8)}>
                {t('press.handIn')}
              </Button>
            ) },
          ]} />
        <Table rowKey="id" size="small" pagination={false} style={{ marginTop: 16 }} dataSource={detail.data?.obligations ?? []}
          columns={[
            { title: t('obligations.col.rule'), dataIndex: 'ruleId', render: (v: string) => <RuleName id={v} /> },
            { title: t('obligations.col.due'), dataIndex: 'dueDate' },
            { title: t('obligations.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
          ]} />
      </Card>
      {office && c && (
        <Card title={t('press.actions')}>
          <Space wrap>
            {c.state === 'PLANNED' && !c.announced && (
              <Button data-testid="draft-press-notice" onClick={() => action.mutate({ path: `/conferences/${id}/announcement` },
                { onSuccess: (d) => navigate(`/console/items/${(d as { id: number }).id}`) })}>{t('press.announce')}</Button>
            )}
            {c.state === 'PLANNED' && <Button onClick={() => action.mutate({ path: `/conferences/${id}/held`, body: { replayUrl: text || undefined } })}>{t('press.markHeld')}</Button>}
            {c.state === 'PLANNED' && <Button danger onClick={() => prompt.open(t('press.cancelReason'), (reason) => action.mutate({ path: `/conferences/${id}/cancellation`, body: { reason } }))}>{t('press.cancel')}</Button>}
          </Space>
          {(c.state === 'PLANNED' || (c.state === 'HELD' && !c.recordItemId)) && (
            <div style={{ marginTop: 16 }}>
              <Input.TextArea rows={4} value={text} onChange={(e) => setText(e.target.value)}
                aria-label={c.state === 'PLANNED' ? t('press.replayUrl') : t('press.transcript')} placeholder={c.state === 'PLANNED' ? t('press.replayUrl') : t('press.transcript')} />
              {c.state === 'HELD' && <Button type="primary" style={{ marginTop: 8 }} disabled={!text.trim()} onClick={() => action.mutate({ path: `/conferences/${id}/record`, body: { transcript: text } })}>{t('press.draftRecord')}</Button>}
            </div>
          )}
        </Card>
      )}
    </Space>
  );
}
