import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useNames } from '../../../lib/reference-data';
import { usePortalDataResource, type DataResourceField } from '../../../features/dataresource/api/dataresource';

/** One resource's metadata (R38): what it holds, who provides it, how it is shared and opened, and each field's sensitivity. */
export function DataResourcePage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const names = useNames();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const version = params.get('version') ? Number(params.get('version')) : undefined;
  const q = usePortalDataResource(code, version);
  const r = q.data;
  usePageMeta(r?.name ?? t('dataResource.portalTitle'), [{ to: '/data-resources', label: t('dataResource.portalTitle') }], bureau);
  const back = <Link to="/data-resources">{t('dataResource.back')}</Link>;
  if (q.isError) return <Card><Typography.Paragraph>{t('dataResource.none')}</Typography.Paragraph>{back}</Card>;
  if (!r) return <Card loading />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <h1 className="gk-card-title" style={{ margin: '0 0 16px' }} lang="zh-CN">{r.name}</h1>
        <div lang="zh-CN">
          <Descriptions bordered size="small" column={1} data-testid="data-resource">
            <Descriptions.Item label={t('dataResource.code')}>{r.code}</Descriptions.Item>
            <Descriptions.Item label={t('dataResource.classification')}>{r.classification}</Descriptions.Item>
            <Descriptions.Item label={t('dataResource.provider')}>{names.department(r.providerDepartmentCode ?? '')}</Descriptions.Item>
            <Descriptions.Item label={t('dataResource.summary')}>{r.summary}</Descriptions.Item>
            <Descriptions.Item label={t('dataResource.format')}>{t(`dataResource.formats.${r.format}`)}</Descriptions.Item>
            <Descriptions.Item label={t('dataResource.shareType')}>{t(`dataResource.shareTypes.${r.shareType}`)}{r.shareCondition && `（${r.shareCondition}）`}</Descriptions.Item>
            <Descriptions.Item label={t('dataResource.openType')}>{t(`dataResource.openTypes.${r.openType}`)}{r.openCondition && `（${r.openCondition}）`}</Descriptions.Item>
            <Descriptions.Item label={t('dataResource.updateCycle')}>{t(`dataResource.cycles.${r.updateCycle}`)}</Descriptions.Item>
            {r.systemName && <Descriptions.Item label={t('dataResource.systemName')}>{r.systemName}</Descriptions.Item>}
          </Descriptions>
        </div>
      </Card>
      <Card title={<h2 className="gk-card-heading">{t('dataResource.fields')}</h2>}>
        <Table<DataResourceField> rowKey="name" size="small" pagination={false} dataSource={r.fields ?? []} scroll={{ x: 480 }} data-testid="data-fields"
          columns={[
            { title: t('dataResource.fieldName'), dataIndex: 'name', render: (v: string) => <span lang="zh-CN">{v}</span> },
            { title: t('dataResource.fieldType'), dataIndex: 'type' },
            { title: t('dataResource.sensitivity'), dataIndex: 'sensitivity', render: (v: string) => <Tag>{t(`dataResource.sensitivities.${v}`)}</Tag> },
            { title: t('dataResource.mask'), dataIndex: 'mask', render: (v?: string) => v ?? '—' },
          ]} />
        {r.openType === 'OPEN' && (
          <Space wrap style={{ marginTop: 16 }}>
            <a href={`/api/v1/portal/data-resources/${encodeURIComponent(r.code ?? '')}/data`} data-testid="download-csv">{t('dataResource.downloadCsv')}</a>
            <a href={`/api/v1/portal/data-resources/${encodeURIComponent(r.code ?? '')}/data?format=json`}>{t('dataResource.downloadJson')}</a>
            <a href={`/api/v1/portal/data-resources/${encodeURIComponent(r.code ?? '')}/data?format=xlsx`} data-testid="download-xlsx">{t('dataResource.downloadXlsx')}</a>
            <Typography.Text type="secondary">{t('dataResource.downloadNote')}</Typography.Text>
          </Space>
        )}
        <div style={{ marginTop: 16 }}>{back}</div>
      </Card>
    </Space>
  );
}
