import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGuide } from '../../../features/portal/api/portal';
import { ItemMetadata } from '../../../features/portal/components/item-metadata';
import { PageTitle, usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';

/** 信息公开指南 (R10): the published guide (reviewed like every item); a short default until the office publishes one. */
export function GuidePage() {
  const { t } = useTranslation();
  const guide = useGuide();
  const bureau = useBureauName();
  usePageMeta(guide.data?.title, [], bureau);
  const sections = ['scope', 'proactive', 'apply', 'deadlines', 'remedy'] as const;
  if (guide.data) {
    return (
      <Card className="gk-article">
        <ItemMetadata item={guide.data} guide />
        <Typography.Title level={1} className="gk-article-title" data-testid="guide-title" lang="zh-CN">
          {guide.data.title}
        </Typography.Title>
        <div className="gk-article-body" lang="zh-CN" dangerouslySetInnerHTML={{ __html: guide.data.body ?? '' }} />
      </Card>
    );
  }
  return (
    <Card loading={guide.isLoading} title={<PageTitle title={t('guide.title')} testId="guide-title" className="gk-card-title" />}>
      {sections.map((s) => (
        <section key={s}>
          <Typography.Title level={2} className="gk-h2">{t(`guide.${s}.title`)}</Typography.Title>
          <Typography.Paragraph>{t(`guide.${s}.body`)}</Typography.Paragraph>
        </section>
      ))}
    </Card>
  );
}
