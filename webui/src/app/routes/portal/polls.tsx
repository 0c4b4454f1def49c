import { useState } from 'react';
import { Card, Empty, List, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { usePortalPolls, type PortalPoll } from '../../../features/poll/api/poll';
import { PhaseTag } from '../../../features/consultation/components/phase-tag';

/** 民意调查 (R36): open polls to answer; closed ones with their reports and charts. */
export function PollsPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const [openPage, setOpenPage] = useState(0);
  const [closedPage, setClosedPage] = useState(0);
  const open = usePortalPolls('open', openPage);
  const closed = usePortalPolls('closed', closedPage);
  usePageMeta(t('poll.portalTitle'), [], bureau);
  const row = (p: PortalPoll) => (
    <List.Item>
      <List.Item.Meta title={<Link to={`/polls/${p.id}`} lang="zh-CN">{p.title}</Link>}
        description={<Space wrap><PhaseTag phase={p.phase} of="poll" /><span>{p.opensOn} — {p.closesOn}</span><span>{t('poll.targets')}：{p.targetGroups}</span>
          {p.reportItemId && <Tag color="blue">{t('poll.reported')}</Tag>}</Space>} />
    </List.Item>
  );
  const list = (q: typeof open, page: number, setPage: (n: number) => void, testId: string, title: string) => (
    <Card title={<h2 className="gk-card-heading">{title}</h2>} data-testid={testId} loading={q.isLoading}>
      {(q.data?.items ?? []).length === 0 ? <Empty description={t('consultation.none')} /> : (
        <List dataSource={q.data?.items ?? []} renderItem={row}
          pagination={(q.data?.total ?? 0) > 10 ? { current: page + 1, pageSize: 10, total: q.data?.total, onChange: (p) => setPage(p - 1) } : false} />
      )}
    </Card>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card><h1 className="gk-card-title" style={{ margin: 0 }}>{t('poll.portalTitle')}</h1></Card>
      {list(open, openPage, setOpenPage, 'polls-open', t('poll.open'))}
      {list(closed, closedPage, setClosedPage, 'polls-closed', t('poll.closed'))}
    </Space>
  );
}
