import { Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useUrlParams } from '../../../lib/url-params';
import { usePortalPress } from '../../../features/press/api/press';

/** 新闻发布: the year's press plan, upcoming conferences with their live link, past ones with their records (R28). */
export function PressPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const { params, set } = useUrlParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year') ?? thisYear);
  const press = usePortalPress(year);
  usePageMeta(t('press.portalTitle'), [], bureau);
  const when = (s?: string) => (s ? dayjs(s).format('YYYY-MM-DD HH:mm') : '');
  const speakers = (c: { speakers?: { name?: string; post?: string }[] }) => (c.speakers ?? []).map((s) => `${s.post}${s.name}`).join('、');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<h1 className="gk-card-title" style={{ margin: 0 }}>{t('press.portalTitle')}</h1>}
        extra={<Select aria-label={t('portal.items.yearFilter')} value={year} style={{ width: 110 }} onChange={(v) => set('year', String(v))}
          options={Array.from({ length: 5 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))} />}
        loading={press.isLoading}
      >
        {press.data?.plan ? (
          <Link to={`/items/${press.data.plan.itemId}`} data-testid="press-plan">{press.data.plan.title}</Link>
        ) : (
          <Typography.Text type="secondary">{t('press.noPlan', { year })}</Typography.Text>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card title={<h2 className="gk-card-heading">{t('press.upcoming')}</h2>} data-testid="press-upcoming">
            {(press.data?.upcoming ?? []).length === 0 ? <Empty description={t('press.none')} /> : (
              <List dataSource={press.data?.upcoming ?? []} renderItem={(c) => (
                <List.Item>
                  <List.Item.Meta title={<>{c.title} <Tag>{t(`press.kinds.${c.kind}`)}</Tag></>}
                    description={<>{when(c.startsAt)} · {c.venue} · {t('press.host')}：{c.host}<br />{t('press.speakers')}：{speakers(c)}</>} />
                  {c.liveUrl && <a href={c.liveUrl} target="_blank" rel="noreferrer">{t('press.live')}</a>}
                </List.Item>
              )} />
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={<h2 className="gk-card-heading">{t('press.past')}</h2>} data-testid="press-past">
            {(press.data?.past ?? []).length === 0 ? <Empty description={t('press.none')} /> : (
              <List dataSource={press.data?.past ?? []} renderItem={(c) => (
                <List.Item>
                  <List.Item.Meta title={<Link to={`/items/${c.recordItemId}`}>{c.title}</Link>} description={<>{when(c.startsAt)} · {speakers(c)}</>} />
                  {c.replayUrl && <a href={c.replayUrl} target="_blank" rel="noreferrer">{t('press.replay')}</a>}
                </List.Item>
              )} />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
