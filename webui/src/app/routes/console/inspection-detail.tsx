import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useNames } from '../../../lib/reference-data';
import { RuleName } from '../../../components/rule-name';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { useTextPrompt } from '../../../features/press/components/text-prompt';
import { useInspectionAction, useInspectionTask, useReplay, type InspectionAssignment } from '../../../features/inspection/api/inspection';

/** One inspection: the draw (its seed, and a replay anyone can run), each target's result, the results clock. */
export function InspectionDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const names = useNames();
  const task = useInspectionTask(id);
  const action = useInspectionAction();
  const prompt = useTextPrompt();
  const [replaying, setReplaying] = useState(false);
  const replay = useReplay(id, replaying);
  const x = task.data;
  const err = action.error instanceof ApiError ? action.error : undefined;
  const record = (a: InspectionAssignment) => prompt.open(t('inspection.finding'), (finding) =>
    prompt.open(t('inspection.handling'), (handling) => action.mutate({ path: `/tasks/${id}/assignments/${a.id}/result`, body: { finding, handling } })));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{x?.matter?.name} {x?.refNo}</Typography.Title>
      {err && <Alert type="error" showIcon message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Card loading={task.isLoading}>
        {x && (
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('inspection.matter')}>{x.matter?.code} {x.matter?.name}</Descriptions.Item>
            <Descriptions.Item label={t('opinion.department')}>{names.department(x.departmentCode ?? '')}</Descriptions.Item>
            <Descriptions.Item label={t('inspection.category')}>{x.category}</Descriptions.Item>
            <Descriptions.Item label={t('inspection.period')}>{x.startsOn} — {x.endsOn}</Descriptions.Item>
            <Descriptions.Item label={t('inspection.seed')}><code>{x.seed}</code></Descriptions.Item>
            <Descriptions.Item label={t('inspection.replay')}>
              {!replaying ? <Button size="small" onClick={() => setReplaying(true)} data-testid="replay">{t('inspection.replay')}</Button>
                : replay.data && <Tag color={replay.data.same ? 'green' : 'red'} data-testid="replay-result">{replay.data.same ? t('inspection.same') : t('inspection.different')}</Tag>}
            </Descriptions.Item>
            {x.resultsItemId && <Descriptions.Item label={t('inspection.resultsItem')}><Link to={`/console/items/${x.resultsItemId}`}>{x.resultsItemId}</Link></Descriptions.Item>}
          </Descriptions>
        )}
      </Card>
      <Card title={t('inspection.assignments')}>
        <Table<InspectionAssignment> rowKey="id" size="small" pagination={false} dataSource={x?.assignments ?? []} scroll={{ x: 800 }}
          columns={[
            { title: t('inspection.targetName'), render: (_, a) => a.target?.name },
            { title: t('publicity.creditCode'), render: (_, a) => a.target?.creditCode },
            { title: t('inspection.inspectors'), render: (_, a) => (a.inspectors ?? []).map((p) => `${p.name}（${p.certificateNo}）`).join('、') },
            { title: t('inspection.finding'), dataIndex: 'finding' },
            { title: t('inspection.handling'), dataIndex: 'handling' },
            { title: '', render: (_, a) => !x?.resultsItemId && <Button size="small" onClick={() => record(a)}>{t('inspection.recordResult')}</Button> },
          ]} />
        {x && !x.resultsItemId && (x.assignments ?? []).length > 0 && (x.assignments ?? []).every((a) => a.finding) && (
          <Button type="primary" style={{ marginTop: 16 }} onClick={() => action.mutate({ path: `/tasks/${id}/results-item` })}>{t('inspection.draftResults')}</Button>
        )}
      </Card>
      <Card title={t('ruleName.R34-RES')}>
        <Table rowKey="id" size="small" pagination={false} dataSource={x?.obligations ?? []}
          columns={[
            { title: t('obligations.col.rule'), dataIndex: 'ruleId', render: (v: string) => <RuleName id={v} /> },
            { title: t('obligations.col.due'), dataIndex: 'dueDate' },
            { title: t('obligations.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
          ]} />
      </Card>
      {prompt.modal}
    </Space>
  );
}
