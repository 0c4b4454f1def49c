import { Alert, Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApplicationForm } from '../../../features/applications/components/application-form';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { MyApplications } from '../../../features/applications/components/my-applications';

export function ApplyPage() {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Card>
          <PageTitle title={t('application.title')} />
          <ApplicationForm />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card title={t('application.howTitle')}>
          {(['1', '2', '3', '4', '5'] as const).map((k) => <Typography.Paragraph key={k}>{t(`application.how.${k}`)}</Typography.Paragraph>)}
          <Alert type="info" showIcon message={t('application.noFee')} />
          <Typography.Paragraph style={{ marginTop: 12 }}><Link to="/apply/track">{t('application.track')}</Link></Typography.Paragraph>
        </Card>
        <MyApplications />
      </Col>
    </Row>
  );
}
