import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Form, Input, List, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useUrlParams } from '../../../lib/url-params';
import { useCommentStatus, usePortalConsultations, type PortalConsultation } from '../../../features/consultation/api/consultation';
import { PhaseTag } from '../../../features/consultation/components/phase-tag';

/** 意见征集 (R30): open consultations with the days left, closed ones with their adoption reports; look up a comment's fate. */
export function ConsultationsPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const { params, set } = useUrlParams();
  const q = params.get('q') ?? undefined;
  const [openPage, setOpenPage] = useState(0);
  const closedPage = Number(params.get('page') ?? 0);
  const open = usePortalConsultations('open', q, openPage);
  const closed = usePortalConsultations('closed', q, closedPage);
  usePageMeta(t('consultation.portalTitle'), [], bureau);
  const row = (k: PortalConsultation) => (
    <List.Item>
      <List.Item.Meta
        title={<Link to={`/consultations/${k.id}`} lang="zh-CN">{k.title}</Link>}
        description={
          <Space wrap size={[8, 4]}>
            <PhaseTag phase={k.phase} />
            <span>{t('consultation.period')}：{k.opensOn} — {k.closesOn}</span>
            {k.phase === 'OPEN' && <Tag color="green">{t('consultation.daysLeft', { n: k.daysLeft })}</Tag>}
            {k.phase === 'UPCOMING' && <span>{t('consultation.opensOn', { date: k.opensOn })}</span>}
            <span>{t('consultation.receivedCount', { n: k.comments })}</span>
            {k.reportItemId && <Link to={`/items/${k.reportItemId}`}>{t('consultation.readReport')}</Link>}
          </Space>
        }
      />
    </List.Item>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<h1 className="gk-card-title" style={{ margin: 0 }}>{t('consultation.portalTitle')}</h1>}>
        <Input.Search allowClear defaultValue={q} aria-label={t('consultation.search')} placeholder={t('consultation.search')} style={{ maxWidth: 420 }}
          onSearch={(v) => { setOpenPage(0); set('q', v.trim() || undefined); }} data-testid="consultation-search" />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={<h2 className="gk-card-heading">{t('consultation.open')}</h2>} data-testid="consultations-open" loading={open.isLoading}>
            {(open.data?.items ?? []).length === 0 ? <Empty description={t('consultation.none')} /> : (
              <List dataSource={open.data?.items ?? []} renderItem={row}
                pagination={(open.data?.total ?? 0) > 10 ? { current: openPage + 1, pageSize: 10, total: open.data?.total, onChange: (p) => setOpenPage(p - 1) } : false} />
            )}
          </Card>
          <Card title={<h2 className="gk-card-heading">{t('consultation.closed')}</h2>} data-testid="consultations-closed" loading={closed.isLoading} style={{ marginTop: 16 }}>
            {(closed.data?.items ?? []).length === 0 ? <Empty description={t('consultation.none')} /> : (
              <List dataSource={closed.data?.items ?? []} renderItem={row}
                pagination={(closed.data?.total ?? 0) > 10 ? { current: closedPage + 1, pageSize: 10, total: closed.data?.total, onChange: (p) => set('page', String(p - 1)) } : false} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <CommentLookup />
        </Col>
      </Row>
    </Space>
  );
}

/** 查询意见处理结果: by the comment's number; the fate once the adoption report is published. */
function CommentLookup() {
  const { t } = useTranslation();
  const { params, set } = useUrlParams();
  const ref = params.get('comment') ?? undefined;
  const status = useCommentStatus(ref);
  const s = status.data;
  return (
    <Card title={<h2 className="gk-card-heading">{t('consultation.lookup')}</h2>} data-testid="comment-lookup">
      <Form layout="inline" onFinish={(v: { refNo: string }) => set('comment', v.refNo?.trim() || undefined)} initialValues={{ refNo: ref }}>
        <Form.Item name="refNo" label={t('consultation.refNo')}>
          <Input placeholder={t('consultation.lookupPlaceholder')} style={{ width: 220 }} data-testid="lookup-input" />
        </Form.Item>
        <Button htmlType="submit" type="primary" data-testid="lookup-button">{t('consultation.lookupButton')}</Button>
      </Form>
      {status.isError && <Alert type="warning" showIcon message={t('consultation.notFound')} style={{ marginTop: 16 }} />}
      {s && (
        <Descriptions column={1} bordered size="small" style={{ marginTop: 16 }} data-testid="lookup-result">
          <Descriptions.Item label={t('consultation.refNo')}>{s.refNo}</Descriptions.Item>
          <Descriptions.Item label={t('consultation.portalTitle')}><Link to={`/consultations/${s.consultationId}`} lang="zh-CN">{s.title}</Link></Descriptions.Item>
          <Descriptions.Item label={t('consultation.receivedOn')}>{s.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={t('item.state')}>{t(`consultation.status.${s.status}`)}</Descriptions.Item>
          <Descriptions.Item label={t('consultation.fateLabel')}>
            {s.fate ? <Tag color="blue" data-testid="lookup-fate">{t(`consultation.fate.${s.fate}`)}</Tag> : <Typography.Text type="secondary">{t('consultation.fatePending')}</Typography.Text>}
          </Descriptions.Item>
          {s.reason && <Descriptions.Item label={t('consultation.reason')}>{s.reason}</Descriptions.Item>}
          {s.reportItemId && <Descriptions.Item label={t('consultation.report')}><Link to={`/items/${s.reportItemId}`}>{t('consultation.readReport')}</Link></Descriptions.Item>}
        </Descriptions>
      )}
    </Card>
  );
}
