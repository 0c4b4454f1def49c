import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Rate, Space, Steps, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useNames } from '../../../lib/reference-data';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { FocusHere } from '../../../components/focus-here';
import { ENQUIRY_STATES, useRate, useTrack } from '../../../features/enquiries/api/enquiries';

/** 查询办理进度: by tracking number and query code; never shows personal data. */
export function EnquiryTrackPage() {
  const { t } = useTranslation();
  const names = useNames();
  const [params] = useSearchParams();
  const [query, setQuery] = useState<{ trackingNo?: string; code?: string }>({});
  const track = useTrack(query.trackingNo, query.code);
  const rate = useRate();
  const [stars, setStars] = useState(0);
  const p = track.data;
  return (
    <Card>
      <PageTitle title={t('enquiry.track')} trail={[{ label: t('portal.nav.enquiries'), to: '/enquiries' }]} />
      <Form layout="inline" initialValues={{ trackingNo: params.get('trackingNo') ?? '' }} onFinish={(v: { trackingNo: string; code: string }) => setQuery({ trackingNo: v.trackingNo.trim(), code: v.code.trim() })} style={{ marginBottom: 24, rowGap: 8 }}>
        <Form.Item name="trackingNo" label={t('enquiry.trackingNo')} rules={[{ required: true, message: t('form.required') }]}>
          <Input data-testid="track-no" />
        </Form.Item>
        <Form.Item name="code" label={t('enquiry.queryCode')} rules={[{ required: true, message: t('form.required') }]}>
          <Input data-testid="track-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="track-submit">{t('enquiry.query')}</Button>
      </Form>
      {track.isError && <Alert type="warning" showIcon message={t('enquiry.notFound')} />}
      {p && (
        <FocusHere announce={false} key={JSON.stringify(p.trackingNo)}>
        <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="track-result">
          <Steps current={ENQUIRY_STATES.indexOf(p.state ?? 'REGISTERED')} items={ENQUIRY_STATES.map((s) => ({ title: t(`enquiryState.${s}`) }))} responsive />
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('enquiry.title')}>{p.title}</Descriptions.Item>
            <Descriptions.Item label={t('enquiry.receivedOn')}>{p.receivedOn}</Descriptions.Item>
            {p.dueDate && (
              <Descriptions.Item label={t('enquiry.dueDate')}>
                <span data-testid="enquiry-due">{p.dueDate}{p.dueDateProvisional ? `（${t('application.provisional')}）` : ''}</span>
              </Descriptions.Item>
            )}
            {p.departmentCode && <Descriptions.Item label={t('enquiry.department')}>{names.department(p.departmentCode)}</Descriptions.Item>}
            {p.closedOn && <Descriptions.Item label={t('enquiry.closedOn')}>{p.closedOn}</Descriptions.Item>}
            {p.answer && <Descriptions.Item label={t('enquiry.answer')}><span data-testid="track-answer">{p.answer}</span></Descriptions.Item>}
            {p.referTo && <Descriptions.Item label={t('enquiry.referTo')}>{p.referTo}</Descriptions.Item>}
          </Descriptions>
          {p.state === 'CLOSED' && (p.rating ? (
            <Typography.Text>{t('enquiry.rated')} <Rate disabled value={p.rating} /></Typography.Text>
          ) : (
            <Space>
              <span>{t('enquiry.rateIt')}</span>
              <Rate value={stars} onChange={setStars} />
              <Button disabled={!stars} loading={rate.isPending} onClick={() => rate.mutate({ trackingNo: query.trackingNo!, code: query.code!, rating: stars })}>{t('enquiry.sendRating')}</Button>
            </Space>
          ))}
        </Space>
        </FocusHere>
      )}
    </Card>
  );
}
