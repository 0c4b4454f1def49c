import { useState } from 'react';
import { Button, Card, Col, Row, Space, Table, Typography } from 'antd';
import { RuleName } from '../../../components/rule-name';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useItem } from '../../../features/items/api/items';
import { ItemForm } from '../../../features/items/components/item-form';
import { ItemReview } from '../../../features/items/components/item-review';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { Attachments } from '../../../components/attachments';
import { StateTag } from '../../../features/items/components/state-tag';
import { InterpretationView } from '../../../features/interpretation/components/interpretation-view';
import { ConsultationCard } from '../../../features/consultation/components/consultation-card';

export function ItemDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const detail = useItem(id);
  const [editing, setEditing] = useState(false);
  const item = detail.data?.item;
  const editable = item && (item.state === 'DRAFT' || item.state === 'RETURNED') && me?.department === item.departmentCode;
  const isGuide = item?.kind === 'GUIDE';
  // R24: a normative document or a major decision without its interpretation yet
  const needsInterpretation = !!item && item.type === 'DOCUMENT' && (item.normative || item.majorDecision) && me?.department === item.departmentCode
    && !(detail.data?.links ?? []).some((l) => l.direction === 'INTERPRETED_BY' && l.state !== 'WITHDRAWN');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} data-testid="item-heading">{item?.title}</Typography.Title>
        <Space>
          {item?.live && <Link to={`/items/${item.id}`}>{t('item.viewOnPortal')}</Link>}
          {editable && <Button onClick={() => setEditing(!editing)} data-testid="edit-item">{editing ? t('item.stopEditing') : t('item.edit')}</Button>}
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={detail.isLoading}>
            {item && editing ? (
              <ItemForm item={item} attachments={detail.data?.attachments} onSaved={() => setEditing(false)} />
            ) : (
              item && (
                <>
                  <Typography.Paragraph type="secondary">{item.summary}</Typography.Paragraph>
                  {item.interpretation && <InterpretationView itemId={item.id!} details={item.interpretation} consoleFiles />}
                  <div className="gk-article-body" dangerouslySetInnerHTML={{ __html: item.body ?? '' }} />
                </>
              )
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('review.title')} loading={detail.isLoading}>
            {detail.data && me && <ItemReview detail={detail.data} me={me} />}
          </Card>
          {!isGuide && (
            <Card title={t('portal.item.links')} style={{ marginTop: 16 }} data-testid="console-links">
              {(detail.data?.links ?? []).length === 0 && <Typography.Text type="secondary">{t('review.none')}</Typography.Text>}
              <ul style={{ paddingLeft: 20 }}>
                {(detail.data?.links ?? []).map((l) => (
                  <li key={l.itemId}>
                    <Typography.Text type="secondary">{t(`portal.item.direction.${l.direction}`)}</Typography.Text>{' '}
                    <Link to={`/console/items/${l.itemId}`}>{l.title}</Link> <StateTag state={l.state} />
                    {l.together && <Typography.Text type="secondary"> · {t('interpretation.together')}</Typography.Text>}
                  </li>
                ))}
              </ul>
              {needsInterpretation && (
                <Link to={`/console/items/new?interprets=${id}`} data-testid="draft-interpretation">
                  <Button type="dashed">{t('interpretation.draftFor')}</Button>
                </Link>
              )}
            </Card>
          )}
          {/* R30: a draft normative document or major decision is consulted on (or exempted) before it is routed */}
          {item && item.type === 'DOCUMENT' && (item.normative || item.majorDecision) && !item.live && (
            <ConsultationCard documentId={id} mayAct={me?.department === item.departmentCode || !!me?.roles?.some((r) => r === 'office' || r === 'office-head')} />
          )}
          <Card title={t('files.title')} style={{ marginTop: 16 }}>
            <Attachments files={detail.data?.attachments} base={`/api/v1/items/${id}/attachments`} editable={!!editable} invalidate={['items', 'detail', id]} />
          </Card>
          <Card title={t('console.menu.obligations')} style={{ marginTop: 16 }}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={detail.data?.obligations ?? []}
              columns={[
                { title: t('obligations.col.rule'), dataIndex: 'ruleId', render: (v: string) => <RuleName id={v} /> },
                { title: t('obligations.col.due'), dataIndex: 'dueDate' },
                { title: t('obligations.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
