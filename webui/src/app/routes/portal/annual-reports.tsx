import { Card, Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';

type Published = components['schemas']['PublishedAnnualReport'];

/** 政府信息公开工作年度报告 (R11): every published year, as the page (the template's tables, printable), PDF, Word and data. */
export function AnnualReportsPage() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  usePageMeta(t('annualReport.portalTitle'), [], bureau);
  const reports = useQuery({ queryKey: ['portal', 'annual-reports'], queryFn: () => api.get<Published[]>('/api/v1/portal/annual-reports') });
  return (
    <Card title={<h1 className="gk-card-title" style={{ margin: 0 }}>{t('annualReport.portalTitle')}</h1>} loading={reports.isLoading}>
      <Typography.Paragraph type="secondary">{t('annualReport.portalNote')}</Typography.Paragraph>
      {(reports.data ?? []).length === 0 ? <Empty description={t('annualReport.noneYet')} /> : (
        <List data-testid="annual-reports" dataSource={reports.data ?? []} renderItem={(r) => (
          <List.Item>
            <Space direction="vertical" size={4}>
              <Link to={`/items/${r.itemId}`} lang="zh-CN">{r.title}</Link>
              <Space wrap>
                <a href={`/api/v1/portal/annual-reports/${r.year}/report.pdf`}>{t('annualReport.pdf', { year: r.year })}</a>
                <a href={`/api/v1/portal/annual-reports/${r.year}/report.docx`}>{t('annualReport.docx', { year: r.year })}</a>
                <a href={`/api/v1/portal/annual-reports/${r.year}`}>{t('annualReport.json', { year: r.year })}</a>
              </Space>
            </Space>
          </List.Item>
        )} />
      )}
    </Card>
  );
}
