import { useState } from 'react';
import { Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useNames } from '../../../lib/reference-data';
import {
  KINDS, usePortalServiceEntries, usePortalServiceLists, usePortalServiceVersions, type Kind, type PortalServiceEntry, type PortalServiceList,
} from '../../../features/servicelist/api/servicelist';

/** 政务服务清单 (R35): the three lists at their newest published version, every earlier version readable, each entry its own page. */
export function ServiceListsPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const [params, setParams] = useSearchParams();
  const kind = (KINDS as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as Kind) : 'GUIDE';
  const lists = usePortalServiceLists();
  usePageMeta(t('serviceList.portalTitle'), [], bureau);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <h1 className="gk-card-title" style={{ margin: 0 }}>{t('serviceList.portalTitle')}</h1>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('serviceList.portalNote')}</Typography.Paragraph>
      </Card>
      <Card loading={lists.isLoading}>
        {/* buttons, not tabs: at phone width Ant's tabs fold into a menu button that a tab list may not hold (axe) */}
        <div role="group" aria-label={t('serviceList.portalTitle')} style={{ marginBottom: 16 }}>
          <Space wrap>
            {KINDS.map((k) => (
              <Button key={k} type={k === kind ? 'primary' : 'default'} aria-pressed={k === kind} data-testid={`service-kind-${k}`}
                onClick={() => setParams({ kind: k })}>
                {t(`serviceList.kinds.${k}`)}
              </Button>
            ))}
          </Space>
        </div>
        <h2 className="gk-card-heading">{t(`serviceList.kinds.${kind}`)}</h2>
        <KindTab key={kind} kind={kind} list={(lists.data ?? []).find((l) => l.kind === kind)} />
      </Card>
    </Space>
  );
}

function KindTab({ kind, list }: { kind: Kind; list?: PortalServiceList }) {
  const { t } = useTranslation();
  const names = useNames();
  const [version, setVersion] = useState<number>();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(0);
  const versions = usePortalServiceVersions(kind, !!list);
  const entries = usePortalServiceEntries(kind, { version, q, page }, !!list);
  if (!list) return <Empty description={t('serviceList.notPublished')} />;
  const shown = (versions.data ?? []).find((v) => v.version === (version ?? list.version));
  const row = (e: PortalServiceEntry) => (
    <List.Item>
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Link to={`/service-lists/${kind}/${encodeURIComponent(e.code ?? '')}${version ? `?version=${version}` : ''}`} lang="zh-CN">{e.name}</Link>
        <Typography.Text type="secondary">
          {e.code} · <span lang="zh-CN">{e.category}</span> · {t('serviceList.department')}：{names.department(e.departmentCode)}
        </Typography.Text>
        {kind === 'GUIDE' && (
          <Space wrap size={4}>
            <Tag>{t('serviceList.statutoryShort')}：{t('serviceList.days', { days: e.statutoryDays })}</Tag>
            {e.promisedDays != null && <Tag color="green">{t('serviceList.promisedShort')}：{t('serviceList.days', { days: e.promisedDays })}</Tag>}
            <Tag lang="zh-CN">{e.fee}</Tag>
          </Space>
        )}
      </Space>
    </List.Item>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select aria-label={t('serviceList.version')} style={{ width: 240 }} value={version ?? list.version} data-testid={`service-version-${kind}`}
          onChange={(v) => { setVersion(v === list.version ? undefined : (v as number)); setPage(0); }}
          options={(versions.data ?? []).map((v) => ({
            value: v.version,
            label: t('serviceList.versionLabel', { version: v.version, date: v.publishedOn }) + (v.version === list.version ? ` · ${t('serviceList.latest')}` : ''),
          }))} />
        <Input.Search allowClear aria-label={t('serviceList.search')} placeholder={t('serviceList.search')} style={{ maxWidth: 320 }}
          onSearch={(v) => { setQ(v.trim() || undefined); setPage(0); }} />
        {shown && <Link to={`/items/${shown.itemId}`}>{t('serviceList.original')}</Link>}
      </Space>
      {shown?.reason && <Typography.Text type="secondary" lang="zh-CN">{t('serviceList.versionReason', { reason: shown.reason })}</Typography.Text>}
      <div data-testid={`service-entries-${kind}`}>
        {(entries.data?.items ?? []).length === 0 && !entries.isLoading ? <Empty description={t('serviceList.none')} /> : (
          <List loading={entries.isLoading} dataSource={entries.data?.items ?? []} renderItem={row}
            header={<Typography.Text type="secondary">{t('serviceList.entries', { count: entries.data?.total ?? 0 })}</Typography.Text>}
            pagination={(entries.data?.total ?? 0) > 10 ? { current: page + 1, pageSize: 10, total: entries.data?.total, onChange: (p) => setPage(p - 1) } : false} />
        )}
      </div>
    </Space>
  );
}
