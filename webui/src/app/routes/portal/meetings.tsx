import { useState } from 'react';
import { Card, Empty, List, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { meetingTime, usePortalMeetings, type PortalMeeting } from '../../../features/meeting/api/meeting';

/** 会议公开 (R31, R32): meetings to come with their live stream; past ones with their materials and who attended. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const bureau = useBureauName();
  const [upcomingPage, setUpcomingPage] = useState(0);
  const [pastPage, setPastPage] = useState(0);
  const upcoming = usePortalMeetings(true, upcomingPage);
  const past = usePortalMeetings(false, pastPage);
  usePageMeta(t('meeting.portalTitle'), [], bureau);
  const row = (m: PortalMeeting) => (
    <List.Item>
      <List.Item.Meta title={<Link to={`/meetings/${m.id}`} lang="zh-CN">{m.title}</Link>}
        description={<Space wrap><span>{meetingTime(m.startsAt, m.endsAt, i18n.language)}</span>{m.venue && <span lang="zh-CN">{m.venue}</span>}
          <Tag>{t(`meeting.categories.${m.category}`)}</Tag>{m.materialsItemId && <Tag color="blue">{t('meeting.materials')}</Tag>}</Space>} />
    </List.Item>
  );
  const list = (q: typeof upcoming, page: number, setPage: (n: number) => void, testId: string, title: string) => (
    <Card title={<h2 className="gk-card-heading">{title}</h2>} data-testid={testId} loading={q.isLoading}>
      {(q.data?.items ?? []).length === 0 ? <Empty description={t('meeting.none')} /> : (
        <List dataSource={q.data?.items ?? []} renderItem={row}
          pagination={(q.data?.total ?? 0) > 10 ? { current: page + 1, pageSize: 10, total: q.data?.total, onChange: (p) => setPage(p - 1) } : false} />
      )}
    </Card>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card><h1 className="gk-card-title" style={{ margin: 0 }}>{t('meeting.portalTitle')}</h1></Card>
      {list(upcoming, upcomingPage, setUpcomingPage, 'meetings-upcoming', t('meeting.upcoming'))}
      {list(past, pastPage, setPastPage, 'meetings-past', t('meeting.past'))}
    </Space>
  );
}
