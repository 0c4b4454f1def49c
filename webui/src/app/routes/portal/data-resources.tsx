import { useState } from 'react';
import { Card, Checkbox, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useNames } from '../../../lib/reference-data';
import { usePortalDataResources, usePortalDataVersions, type DataResource } from '../../../features/dataresource/api/dataresource';

/**
 * 信息数据资源目录 (R38): every resource of the published catalogue with its metadata — restricted ones too, never
 * their data —, the newest version by default and every earlier one on request; open data on its own at a tick.
 */
export function DataResourcesPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const names = useNames();
  const [version, setVersion] = useState<number>();
  const [q, setQ] = useState<string>();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(0);
  const versions = usePortalDataVersions();
  const latest = versions.data?.[0];
  const list = usePortalDataResources({ version, q, openType: open ? 'OPEN' : undefined, page });
  usePageMeta(t('dataResource.portalTitle'), [], bureau);
  const shown = (versions.data ?? []).find((v) => v.version === (version ?? latest?.version));
  const row = (r: DataResource) => (
    <List.Item>
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Link to={`/data-resources/${encodeURIComponent(r.code ?? '')}${version ? `?version=${version}` : ''}`} lang="zh-CN">{r.name}</Link>
        <Typography.Text type="secondary">{r.code} · {t('dataResource.provider')}：{names.department(r.providerDepartmentCode ?? '')}</Typography.Text>
        <Space wrap size={4}>
          <Tag>{t(`dataResource.formats.${r.format}`)}</Tag>
          <Tag color={r.shareType === 'NOT_SHARED' ? 'default' : 'blue'}>{t(`dataResource.shareTypes.${r.shareType}`)}</Tag>
          <Tag color={r.openType === 'OPEN' ? 'green' : 'default'}>{t(`dataResource.openTypes.${r.openType}`)}</Tag>
          <Tag>{t(`dataResource.cycles.${r.updateCycle}`)}</Tag>
        </Space>
      </Space>
    </List.Item>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <h1 className="gk-card-title" style={{ margin: 0 }}>{t('dataResource.portalTitle')}</h1>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('dataResource.portalNote')}</Typography.Paragraph>
      </Card>
      <Card loading={versions.isLoading}>
        {!latest ? <Empty description={t('dataResource.notPublished')} /> : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Select aria-label={t('dataResource.version')} style={{ width: 240 }} value={version ?? latest.version} data-testid="data-version"
                onChange={(v) => { setVersion(v === latest.version ? undefined : (v as number)); setPage(0); }}
                options={(versions.data ?? []).map((v) => ({
                  value: v.version,
                  label: t('dataResource.versionLabel', { version: v.version, date: v.publishedOn }) + (v.version === latest.version ? ` · ${t('dataResource.latest')}` : ''),
                }))} />
              <Input.Search allowClear aria-label={t('dataResource.search')} placeholder={t('dataResource.search')} style={{ maxWidth: 320 }}
                onSearch={(v) => { setQ(v.trim() || undefined); setPage(0); }} />
              <Checkbox checked={open} onChange={(e) => { setOpen(e.target.checked); setPage(0); }}>{t('dataResource.openOnly')}</Checkbox>
            </Space>
            {shown && (
              <Space wrap>
                <Link to={`/items/${shown.itemId}`}>{t('dataResource.original')}</Link>
                <a href="/api/v1/portal/data-resources/dcat">{t('dataResource.dcat')}</a>
              </Space>
            )}
            {shown?.reason && <Typography.Text type="secondary" lang="zh-CN">{t('dataResource.versionReason', { reason: shown.reason })}</Typography.Text>}
            <div data-testid="data-resources">
              {(list.data?.items ?? []).length === 0 && !list.isLoading ? <Empty description={t('dataResource.none')} /> : (
                <List loading={list.isLoading} dataSource={list.data?.items ?? []} renderItem={row}
                  header={<Typography.Text type="secondary">{t('dataResource.count', { count: list.data?.total ?? 0 })}</Typography.Text>}
                  pagination={(list.data?.total ?? 0) > 10 ? { current: page + 1, pageSize: 10, total: list.data?.total, onChange: (p) => setPage(p - 1) } : false} />
              )}
            </div>
          </Space>
        )}
      </Card>
    </Space>
  );
}
