import { useState } from 'react';
import { Card, Descriptions, Empty, Input, List, Space, Tabs } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { KINDS, usePortalDecisions, type PortalAdminDecision } from '../../../features/publicity/api/publicity';

/** 双公示 (R35): licensing and penalty decisions in their national fields, searchable by party or document number. */
export function DoublePublicityPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const [kind, setKind] = useState<string>('LICENSING');
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(0);
  const list = usePortalDecisions(kind, q, page);
  usePageMeta(t('publicity.portalTitle'), [], bureau);
  const row = (d: PortalAdminDecision) => (
    <List.Item>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Link to={d.itemId ? `/items/${d.itemId}` : '#'} lang="zh-CN">{d.partyName}（{d.documentNumber}）</Link>
        {/* the national standard's field names and the decision's text: Chinese data */}
        <div lang="zh-CN">
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
            {Object.entries(d.fields ?? {}).map(([k, v]) => <Descriptions.Item key={k} label={k}>{v}</Descriptions.Item>)}
          </Descriptions>
        </div>
      </Space>
    </List.Item>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card><h1 className="gk-card-title" style={{ margin: 0 }}>{t('publicity.portalTitle')}</h1></Card>
      <Card>
        <Input.Search allowClear aria-label={t('publicity.search')} placeholder={t('publicity.search')} style={{ maxWidth: 420, marginBottom: 16 }}
          onSearch={(v) => { setQ(v.trim() || undefined); setPage(0); }} data-testid="publicity-search" />
        <Tabs activeKey={kind} onChange={(k) => { setKind(k); setPage(0); }}
          items={KINDS.map((k) => ({ key: k, label: t(`publicity.kinds.${k}`) }))} />
        <div data-testid="publicity-list">
          {(list.data?.items ?? []).length === 0 && !list.isLoading ? <Empty description={t('publicity.none')} /> : (
            <List loading={list.isLoading} dataSource={list.data?.items ?? []} renderItem={row}
              pagination={(list.data?.total ?? 0) > 10 ? { current: page + 1, pageSize: 10, total: list.data?.total, onChange: (p) => setPage(p - 1) } : false} />
          )}
        </div>
      </Card>
    </Space>
  );
}
