import { Card, Descriptions, Space, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useNames } from '../../../lib/reference-data';
import { usePortalServiceEntry } from '../../../features/servicelist/api/servicelist';

/** One entry of a service list (R35): a service guide's page — conditions, materials, procedure, time limits — or a power or a service. */
export function ServiceEntryPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const names = useNames();
  const { kind = 'GUIDE', code = '' } = useParams();
  const [params] = useSearchParams();
  const version = params.get('version') ? Number(params.get('version')) : undefined;
  const q = usePortalServiceEntry(kind, code, version);
  const e = q.data;
  const kindName = t(`serviceList.kinds.${kind}`, { defaultValue: kind });
  usePageMeta(e?.name ?? kindName, [{ to: '/service-lists', label: t('serviceList.portalTitle') }, { to: `/service-lists?kind=${kind}`, label: kindName }], bureau);
  const back = <Link to={`/service-lists?kind=${kind}`}>{t('serviceList.back')}</Link>;
  if (q.isError) return <Card><Typography.Paragraph>{t('serviceList.none')}</Typography.Paragraph>{back}</Card>;
  if (!e) return <Card loading />;
  const items: { label: string; value?: React.ReactNode }[] = [
    { label: t('serviceList.code'), value: e.code },
    { label: t('serviceList.category'), value: e.category },
    { label: t('serviceList.department'), value: names.department(e.departmentCode) },
    { label: t('serviceList.legalBasis'), value: e.legalBasis },
    { label: t('serviceList.responsibility'), value: e.responsibility },
    { label: t('serviceList.accountability'), value: e.accountability },
    { label: t('serviceList.supervisionPhone'), value: e.supervisionPhone },
    { label: t('serviceList.serviceObject'), value: e.serviceObject },
    { label: t('serviceList.channel'), value: e.channel },
    { label: t('serviceList.conditions'), value: e.conditions },
    { label: t('serviceList.materials'), value: e.materials && <ol style={{ margin: 0, paddingInlineStart: 20 }}>{e.materials.map((m, i) => <li key={i}>{m}</li>)}</ol> },
    { label: t('serviceList.procedure'), value: e.procedure },
    { label: t('serviceList.statutoryDays'), value: e.statutoryDays != null ? t('serviceList.days', { days: e.statutoryDays }) : undefined },
    { label: t('serviceList.promisedDays'), value: e.promisedDays != null ? t('serviceList.days', { days: e.promisedDays }) : undefined },
    { label: t('serviceList.fee'), value: e.fee },
    { label: t('serviceList.venue'), value: e.venue },
    { label: t('serviceList.hours'), value: e.hours },
    { label: t('serviceList.phone'), value: e.phone && <a href={`tel:${e.phone.replace(/[^0-9+]/g, '')}`}>{e.phone}</a> },
    { label: t('serviceList.onlineUrl'), value: e.onlineUrl && <a href={e.onlineUrl} rel="noopener noreferrer">{e.onlineUrl}</a> },
  ].filter((x) => x.value != null && x.value !== '');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Text type="secondary">{kindName}</Typography.Text>
        <h1 className="gk-card-title" style={{ margin: '4px 0 16px' }} lang="zh-CN">{e.name}</h1>
        <div lang="zh-CN">
          <Descriptions bordered size="small" column={1} data-testid="service-entry">
            {items.map((x) => <Descriptions.Item key={x.label} label={x.label}>{x.value}</Descriptions.Item>)}
          </Descriptions>
        </div>
        <div style={{ marginTop: 16 }}>{back}</div>
      </Card>
    </Space>
  );
}
