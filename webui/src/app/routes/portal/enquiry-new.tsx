import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnquiryForm } from '../../../features/enquiries/components/enquiry-form';

export function EnquiryNewPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Title level={2}>{t('enquiry.new')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('enquiry.intro')}</Typography.Paragraph>
      <EnquiryForm />
    </Card>
  );
}
