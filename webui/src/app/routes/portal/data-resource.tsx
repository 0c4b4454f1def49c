import { useState } from 'react';
import { Card, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useNames } from '../../../lib/reference-data';
import { useOpenDataRows, usePortalDataResource, type DataResourceField } from '../../../features/dataresource/api/dataresource';

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
      {r.openType === 'OPEN' && <OpenData code={r.code ?? ''} />}
    </Space>
  );
}

/** The open data itself, desensitised as the download is: searchable, paged, readable at phone width. */
function OpenData({ code }: { code: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(0);
  const rows = useOpenDataRows(code, { q, page }, true);
  const columns = rows.data?.columns ?? [];
  if (rows.isError) return <Card title={<h2 className="gk-card-heading">{t('dataResource.openData')}</h2>}><Typography.Paragraph type="secondary">{t('dataResource.noRelease')}</Typography.Paragraph></Card>;
  return (
    <Card title={<h2 className="gk-card-heading">{t('dataResource.openData')}</h2>}>
      {rows.data?.licence && (
        <Typography.Paragraph type="secondary">
          {t('dataResource.licence')}：<a href={rows.data.licenceUrl} rel="license noopener noreferrer" target="_blank">{rows.data.licence}</a>
        </Typography.Paragraph>
      )}
      <Input.Search allowClear aria-label={t('dataResource.searchRows')} placeholder={t('dataResource.searchRows')} style={{ maxWidth: 320, marginBottom: 12 }}
        onSearch={(v) => { setQ(v.trim() || undefined); setPage(0); }} />
      <div lang="zh-CN">
        <Table<{ key: string; cells: string[] }> size="small" loading={rows.isFetching} scroll={{ x: 120 * Math.max(1, columns.length) }} data-testid="open-data"
          dataSource={(rows.data?.rows ?? []).map((cells, i) => ({ key: `${page}-${i}`, cells }))}
          pagination={{ current: page + 1, pageSize: 10, total: rows.data?.total ?? 0, onChange: (p) => setPage(p - 1), showSizeChanger: false }}
          columns={columns.map((c, i) => ({ title: c, key: c, render: (_: unknown, row: { cells: string[] }) => row.cells[i] }))} />
      </div>
    </Card>
  );
}
