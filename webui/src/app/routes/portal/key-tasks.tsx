import { useMemo, useState } from 'react';
import { Card, Empty, Input, List, Progress, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { Chart, type ChartOption } from '../../../components/chart';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useNames } from '../../../lib/reference-data';
import { usePortalKeyTaskSummary, usePortalKeyTasks, type PortalKeyTask } from '../../../features/keytask/api/keytask';

/** 重点工作 (R33): the year's tasks with their published progress, each lead department's share as a chart and as a table. */
export function KeyTasksPage() {
  const { t, i18n } = useTranslation();
  const bureau = useBureauName();
  const names = useNames();
  const [year, setYear] = useState<number>();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(0);
  const summary = usePortalKeyTaskSummary(year);
  const shown = year ?? summary.data?.year ?? undefined;
  const list = usePortalKeyTasks({ year: shown, q, page });
  usePageMeta(t('keyTask.portalTitle'), [], bureau);
  const en = i18n.language === 'en';
  const deps = summary.data?.departments ?? [];
  const option = useMemo<ChartOption>(() => ({
    tooltip: {}, grid: { left: 110, right: 40, top: 8, bottom: 24 }, xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', data: deps.map((d) => (en ? d.nameEn : d.nameZh)) },
    series: [{ type: 'bar', data: deps.map((d) => d.percent), label: { show: true, position: 'right', formatter: '{c}%' } }],
  }), [deps, en]);
  const row = (x: PortalKeyTask) => (
    <List.Item>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Link to={`/key-tasks/${x.id}`} lang="zh-CN">{x.title}</Link>
        <Typography.Text type="secondary">{x.refNo} · {t('keyTask.lead')}：{names.department(x.leadDepartmentCode)} · {t('keyTask.leader')}：<span lang="zh-CN">{x.leader}</span></Typography.Text>
        <Progress percent={x.percent ?? 0} aria-label={t('keyTask.progressOf', { title: x.title })} format={(p) => (x.percent == null ? t('keyTask.notYet') : `${p}%`)} />
        {(x.children ?? []).length > 0 && (
          <ul style={{ margin: 0 }}>
            {(x.children ?? []).map((c) => (
              <li key={c.id}><Link to={`/key-tasks/${c.id}`} lang="zh-CN">{c.title}</Link> <Tag>{c.percent == null ? t('keyTask.notYet') : `${c.percent}%`}</Tag></li>
            ))}
          </ul>
        )}
      </Space>
    </List.Item>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <h1 className="gk-card-title" style={{ margin: 0 }}>{t('keyTask.portalTitle')}</h1>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('keyTask.portalNote')}</Typography.Paragraph>
      </Card>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select aria-label={t('keyTask.year')} style={{ width: 140 }} value={shown} onChange={(v) => { setYear(v as number); setPage(0); }}
            options={(summary.data?.years ?? []).map((y) => ({ value: y, label: t('keyTask.yearLabel', { year: y }) }))} data-testid="key-task-year" />
          <Input.Search allowClear aria-label={t('keyTask.search')} placeholder={t('keyTask.search')} style={{ maxWidth: 320 }}
            onSearch={(v) => { setQ(v.trim() || undefined); setPage(0); }} />
        </Space>
        <div data-testid="key-task-list">
          {(list.data?.items ?? []).length === 0 && !list.isLoading ? <Empty description={t('keyTask.none')} /> : (
            <List loading={list.isLoading} dataSource={list.data?.items ?? []} renderItem={row}
              pagination={(list.data?.total ?? 0) > 10 ? { current: page + 1, pageSize: 10, total: list.data?.total, onChange: (p) => setPage(p - 1) } : false} />
          )}
        </div>
      </Card>
      {deps.length > 0 && (
        <Card title={<h2 className="gk-card-title" style={{ margin: 0 }}>{t('keyTask.byDepartment')}</h2>}>
          <Chart option={option} label={t('keyTask.chartLabel')} height={Math.max(160, deps.length * 40)} />
          <Table rowKey="departmentCode" size="small" pagination={false} dataSource={deps} data-testid="key-task-table" scroll={{ x: 400 }}
            columns={[
              { title: t('keyTask.lead'), render: (_, d) => (en ? d.nameEn : d.nameZh) },
              { title: t('keyTask.tasks'), dataIndex: 'tasks' },
              { title: t('keyTask.progress'), dataIndex: 'percent', render: (v: number) => `${v}%` },
              { title: t('keyTask.done'), dataIndex: 'done' },
            ]} />
        </Card>
      )}
    </Space>
  );
}
