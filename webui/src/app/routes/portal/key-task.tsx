import { Card, Descriptions, Progress, Space, Table, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useNames } from '../../../lib/reference-data';
import { usePortalKeyTask } from '../../../features/keytask/api/keytask';

/** One key task (R33): its measures, milestones, sub-tasks and the progress of every published inspection. */
export function KeyTaskPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const names = useNames();
  const id = Number(useParams().id);
  const q = usePortalKeyTask(id);
  const x = q.data?.task;
  usePageMeta(x?.title ?? t('keyTask.portalTitle'), [{ to: '/key-tasks', label: t('keyTask.portalTitle') }], bureau);
  if (q.isError) return <Card><Typography.Paragraph>{t('keyTask.notFound')}</Typography.Paragraph></Card>;
  if (!x) return <Card loading />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <h1 className="gk-card-title" style={{ margin: 0 }} lang="zh-CN">{x.title}</h1>
        <Progress percent={x.percent ?? 0} aria-label={t('keyTask.progressOf', { title: x.title })} format={(p) => (x.percent == null ? t('keyTask.notYet') : `${p}%`)} />
        <div lang="zh-CN">
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('keyTask.refNo')}>{x.refNo}</Descriptions.Item>
            <Descriptions.Item label={t('keyTask.source')}>{t(`keyTask.sources.${x.source}`)}</Descriptions.Item>
            <Descriptions.Item label={t('keyTask.lead')}>{names.department(x.leadDepartmentCode)}</Descriptions.Item>
            <Descriptions.Item label={t('keyTask.supporting')}>{(x.supportingDepartmentCodes ?? []).map((c) => names.department(c)).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('keyTask.leader')}>{x.leader}</Descriptions.Item>
            <Descriptions.Item label={t('keyTask.measures')} span={2}>{x.measures}</Descriptions.Item>
          </Descriptions>
        </div>
        {x.parentId && <Link to={`/key-tasks/${x.parentId}`}>{t('keyTask.parent')}</Link>}
      </Card>
      {(x.milestones ?? []).length > 0 && (
        <Card title={<h2 className="gk-card-title" style={{ margin: 0 }}>{t('keyTask.milestones')}</h2>}>
          <Timeline items={(x.milestones ?? []).map((m) => ({ children: <span lang="zh-CN">{m.dueOn} {m.title}</span> }))} />
        </Card>
      )}
      {(x.children ?? []).length > 0 && (
        <Card title={<h2 className="gk-card-title" style={{ margin: 0 }}>{t('keyTask.children')}</h2>}>
          <Table rowKey="id" size="small" pagination={false} dataSource={x.children ?? []} scroll={{ x: 400 }}
            columns={[
              { title: t('keyTask.title'), dataIndex: 'title', render: (v: string, c) => <Link to={`/key-tasks/${c.id}`} lang="zh-CN">{v}</Link> },
              { title: t('keyTask.lead'), dataIndex: 'leadDepartmentCode', render: (v: string) => names.department(v) },
              { title: t('keyTask.progress'), dataIndex: 'percent', render: (v?: number) => (v == null ? t('keyTask.notYet') : `${v}%`) },
            ]} />
        </Card>
      )}
      <Card title={<h2 className="gk-card-title" style={{ margin: 0 }}>{t('keyTask.history')}</h2>}>
        {(q.data?.history ?? []).length === 0 ? <Typography.Paragraph>{t('keyTask.noHistory')}</Typography.Paragraph> : (
          <Table rowKey={(h) => `${h.year}-${h.half}`} size="small" pagination={false} dataSource={q.data?.history ?? []} scroll={{ x: 600 }} data-testid="key-task-history"
            columns={[
              { title: t('keyTask.round'), render: (_, h) => (h.itemId ? <Link to={`/items/${h.itemId}`}>{t('keyTask.roundLabel', { year: h.year, half: t(`keyTask.halves.${h.half}`) })}</Link> : null) },
              { title: t('keyTask.progress'), dataIndex: 'percent', render: (v: number) => `${v}%` },
              { title: t('keyTask.progressText'), dataIndex: 'progress', render: (v: string) => <span lang="zh-CN">{v}</span> },
              { title: t('keyTask.problems'), render: (_, h) => <span lang="zh-CN">{h.problems ?? '—'}{(h.rectifications ?? []).map((r) => `；${t('keyTask.rectifyBy', { date: r.dueOn })}${r.measure}`).join('')}</span> },
            ]} />
        )}
      </Card>
    </Space>
  );
}
