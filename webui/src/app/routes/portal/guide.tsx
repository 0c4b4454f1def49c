import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 信息公开指南 (R10). The versioned guide published through the review pipeline replaces this text with the proactive-disclosure feature. */
export function GuidePage() {
  const { t } = useTranslation();
  const sections = ['scope', 'proactive', 'apply', 'deadlines', 'remedy'] as const;
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0 }}>{t('guide.title')}</Typography.Title>}>
      {sections.map((s) => (
        <section key={s}>
          <Typography.Title level={4}>{t(`guide.${s}.title`)}</Typography.Title>
          <Typography.Paragraph>{t(`guide.${s}.body`)}</Typography.Paragraph>
        </section>
      ))}
    </Card>
  );
}
