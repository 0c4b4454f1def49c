import { Card, Descriptions, Result, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { meetingTime, usePortalMeeting } from '../../../features/meeting/api/meeting';
import { useNames } from '../../../lib/reference-data';

type Attendee = { category?: string; name?: string; affiliation?: string; remarks?: string };

/** One meeting on the portal: time, place, live stream or replay, agenda, notice and materials, who attended (names masked). */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const bureau = useBureauName();
  const names = useNames();
  const q = usePortalMeeting(id);
  const m = q.data?.meeting;
  usePageMeta(q.isError ? t('portal.item.notFound') : m?.title, [{ label: t('meeting.portalTitle'), to: '/meetings' }], bureau);
  if (q.isError) return <Result status="404" title={t('portal.item.notFound')} extra={<Link to="/meetings">{t('meeting.portalTitle')}</Link>} />;
  const attendees = (rows: Attendee[], testId: string) => (
    <Table<Attendee> rowKey={(a) => `${a.name}-${a.affiliation}`} size="small" pagination={false} dataSource={rows} data-testid={testId} scroll={{ x: 600 }}
      columns={[
        { title: t('meeting.category'), dataIndex: 'category', render: (v: string) => t(`meeting.attendeeCategories.${v}`) },
        { title: t('meeting.attendeeName'), dataIndex: 'name' },
        { title: t('meeting.affiliation'), dataIndex: 'affiliation' },
        { title: t('meeting.remarks'), dataIndex: 'remarks' },
      ]} />
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card loading={q.isLoading} className="gk-article">
        {m && (<>
          <Typography.Title level={1} className="gk-article-title" lang="zh-CN" data-testid="meeting-title">{m.title}</Typography.Title>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('meeting.time')}>{meetingTime(m.startsAt, m.endsAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('meeting.category')}>{t(`meeting.categories.${m.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('meeting.format')}>{t(`meeting.formats.${m.format}`)}</Descriptions.Item>
            {m.venue && <Descriptions.Item label={t('meeting.venue')}><span lang="zh-CN">{m.venue}</span></Descriptions.Item>}
            <Descriptions.Item label={t('meeting.organiser')}>{names.department(m.departmentCode ?? '')}</Descriptions.Item>
          </Descriptions>
          <Space wrap style={{ marginTop: 16 }}>
            {m.liveUrl && <a href={m.liveUrl} rel="noopener noreferrer" data-testid="meeting-live">{t('meeting.live')}</a>}
            {m.replayUrl && <a href={m.replayUrl} rel="noopener noreferrer">{t('meeting.replay')}</a>}
            {m.noticeItemId && <Link to={`/items/${m.noticeItemId}`}>{t('meeting.notice')}</Link>}
            {m.materialsItemId && <Link to={`/items/${m.materialsItemId}`} data-testid="meeting-materials-link">{t('meeting.materials')}</Link>}
          </Space>
          {q.data?.agenda && (<>
            <h2 className="gk-card-heading" style={{ marginTop: 24 }}>{t('meeting.agenda')}</h2>
            <Typography.Paragraph style={{ whiteSpace: 'pre-line' }} lang="zh-CN">{q.data.agenda}</Typography.Paragraph>
          </>)}
        </>)}
      </Card>
      {(q.data?.topics ?? []).length > 0 && (
        <Card title={<h2 className="gk-card-heading">{t('meeting.topics')}</h2>}>
          {(q.data?.topics ?? []).map((x) => (
            <div key={x.seq} style={{ marginBottom: 16 }}>
              <h3 className="gk-card-heading">{x.seq}. {x.title}</h3>
              {m?.materialsItemId && attendees(x.attendees ?? [], `topic-${x.seq}-attendees`)}
            </div>
          ))}
        </Card>
      )}
      {(q.data?.attendees ?? []).length > 0 && (
        <Card title={<h2 className="gk-card-heading">{t('meeting.attendees')}</h2>}>{attendees(q.data?.attendees ?? [], 'meeting-attendees')}</Card>
      )}
    </Space>
  );
}
