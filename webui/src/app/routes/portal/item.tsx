import { Button, Card, Result, Space, Timeline, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useItemHistory, usePortalItem } from '../../../features/portal/api/portal';
import { ItemMetadata } from '../../../features/portal/components/item-metadata';
import { Attachments } from '../../../components/attachments';
import { InterpretationView } from '../../../features/interpretation/components/interpretation-view';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { findColumn, useCatalogue } from '../../../lib/reference-data';

/** One published item: metadata table, body, its interpretation or document (issue 10), change history; printable; a stable URL. */
export function ItemPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const item = usePortalItem(id);
  const history = useItemHistory(id);
  const bureau = useBureauName();
  const { i18n } = useTranslation();
  const catalogue = useCatalogue();
  const en = i18n.language === 'en';
  const col = findColumn(catalogue.data?.columns, item.data?.columnCode);
  usePageMeta(item.isError ? t('portal.item.notFound') : item.data?.title, [
    { label: t('portal.nav.catalogue'), to: '/catalogue' },
    ...(col ? [{ label: (en ? col.nameEn : col.nameZh) ?? '', to: `/catalogue/${col.code}` }] : []),
  ], bureau);
  if (item.isError) {
    return <Result status="404" title={t('portal.item.notFound')} extra={<Link to="/catalogue">{t('portal.nav.catalogue')}</Link>} />;
  }
  const i = item.data;
  return (
    <Card loading={item.isLoading} className="gk-article">
      {i && (
        <>
          <ItemMetadata item={i} />
          <Typography.Title level={1} className="gk-article-title" data-testid="item-title" lang="zh-CN">
            {i.title}
          </Typography.Title>
          {i.docNumber && <div className="gk-article-docno" lang="zh-CN">{i.docNumber}</div>}
          {i.type === 'CONSULTATION_DRAFT' && (
            <Typography.Paragraph><Link to="/consultations" data-testid="consultation-column-link">{t('consultation.portalTitle')}：{t('consultation.form.title')}</Link></Typography.Paragraph>
          )}
          {/* the body was sanitised by the server when it was saved (no scripts, no event handlers) */}
          {i.interpretation && <InterpretationView itemId={i.id!} details={i.interpretation} forms={i.forms} />}
          <div className="gk-article-body" lang="zh-CN" dangerouslySetInnerHTML={{ __html: i.body ?? '' }} />
          {(i.attachments ?? []).length > 0 && (
            <div style={{ marginTop: 24 }}>
              <Typography.Title level={2} className="gk-h2">{t('files.title')}</Typography.Title>
              <Attachments files={i.attachments} base={`/api/v1/portal/items/${i.id}/attachments`} publicLinks />
            </div>
          )}
          {(i.links ?? []).length > 0 && (
            <div style={{ marginTop: 24 }} data-testid="item-links">
              <Typography.Title level={2} className="gk-h2">{t('portal.item.links')}</Typography.Title>
              <ul>
                {(i.links ?? []).map((l) => (
                  <li key={l.id}>
                    <Typography.Text type="secondary">{t(`portal.item.direction.${l.direction}`)}</Typography.Text>{' '}
                    <Link to={`/items/${l.id}`}>{l.title}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Space className="gk-noprint" style={{ marginTop: 24 }}>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('portal.item.print')}
            </Button>
            {/* 纠错: an error report, as an enquiry about this item */}
            <Link to={`/enquiries/new?about=${i.id}&title=${encodeURIComponent(t('portal.item.errorTitle', { title: i.title }))}`} data-testid="report-error">
              {t('portal.item.reportError')}
            </Link>
          </Space>
          {(history.data?.length ?? 0) > 1 && (
            <div className="gk-noprint" style={{ marginTop: 24 }}>
              <Typography.Title level={2} className="gk-h2">{t('portal.item.history')}</Typography.Title>
              <Timeline
                items={(history.data ?? []).map((h) => ({
                  children: `${t('portal.item.version', { n: h.versionNo })} · ${h.publishedAt?.slice(0, 10)} · ${h.changeNote ?? ''}`,
                }))}
              />
            </div>
          )}
        </>
      )}
    </Card>
  );
}
