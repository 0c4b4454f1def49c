import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { EnquiryForm } from '../../../features/enquiries/components/enquiry-form';

export function EnquiryNewPage() {
  const { t } = useTranslation();
  // 纠错 from an item page: the title names the item
  const title = useSearchParams()[0].get('title') ?? undefined;
  return (
    <Card>
      <PageTitle title={t('enquiry.new')} trail={[{ label: t('portal.nav.enquiries'), to: '/enquiries' }]} />
      <Typography.Paragraph type="secondary">{t('enquiry.intro')}</Typography.Paragraph>
      <EnquiryForm initialTitle={title?.slice(0, 200)} />
    </Card>
  );
}
