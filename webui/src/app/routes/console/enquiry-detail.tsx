import { Button, Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import { TimelineSentences } from '../../../components/timeline-sentences';
import { RuleName } from '../../../components/rule-name';
import { useMutation } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import type { components } from '../../../types/api';
import { useEnquiry } from '../../../features/enquiries/api/enquiries';
import { EnquiryActions } from '../../../features/enquiries/components/enquiry-actions';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { Attachments } from '../../../components/attachments';

type Contact = components['schemas']['EnquiryContact'];

export function EnquiryDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const names = useNames();
  const detail = useEnquiry(id);
  const contact = useMutation({ mutationFn: () => api.post<Contact>(`/api/v1/enquiries/${id}/contact`) });
  const e = detail.data?.enquiry;
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} data-testid="enquiry-heading">{e?.title}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={detail.isLoading}>
            {e && (
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <Descriptions bordered size="small" column={1}>
                  <Descriptions.Item label={t('enquiry.trackingNo')}>{e.trackingNo} {e.ticketNo && `（12345：${e.ticketNo}，${t(`ticketType.${e.ticketType}`)}）`}</Descriptions.Item>
                  <Descriptions.Item label={t('item.state')}><span data-testid="enquiry-state">{t(`enquiryState.${e.state}`)}</span></Descriptions.Item>
                  <Descriptions.Item label={t('enquiry.category')}>{t(`enquiryCategory.${e.category}`)}</Descriptions.Item>
                  <Descriptions.Item label={t('enquiry.receivedOn')}>{e.receivedOn}</Descriptions.Item>
                  {e.platformDueDate && <Descriptions.Item label={t('enquiry.platformDueDate')}>{e.platformDueDate}</Descriptions.Item>}
                  <Descriptions.Item label={t('enquiry.department')}>{e.departmentCode ? names.department(e.departmentCode) : '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('enquiry.contact')}>
                    {contact.data ? (
                      <span data-testid="contact-open">{[contact.data.name, contact.data.phone, contact.data.email].filter(Boolean).join(' · ')}</span>
                    ) : (
                      <Space>
                        <span>{[e.contactName, e.contactPhone, e.contactEmail].filter(Boolean).join(' · ') || '—'}</span>
                        {(e.contactName || e.contactPhone || e.contactEmail) && <Button size="small" onClick={() => contact.mutate()}>{t('enquiry.showContact')}</Button>}
                      </Space>
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('enquiry.publishableShort')}>{e.publishable ? t('common.yes') : t('common.no')}</Descriptions.Item>
                </Descriptions>
                <div><b>{t('enquiry.question')}</b><Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{e.question}</Typography.Paragraph></div>
                {e.instructions && <div><b>{t('enquiry.instructions')}</b><Typography.Paragraph>{e.instructions}</Typography.Paragraph></div>}
                {e.draftAnswer && <div><b>{t('enquiry.draftAnswer')}</b><Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{e.draftAnswer}</Typography.Paragraph></div>}
                {e.answer && <div><b>{t('enquiry.answer')}（{t(`closing.${e.closingCategory}`)}）</b><Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="enquiry-answer">{e.answer}</Typography.Paragraph></div>}
                {detail.data && <EnquiryActions detail={detail.data} office={office} ownDepartment={!!e.departmentCode && e.departmentCode === me?.department} />}
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('console.menu.obligations')}>
            <Table rowKey="id" size="small" pagination={false} dataSource={detail.data?.obligations ?? []}
              columns={[
                { title: t('obligations.col.rule'), dataIndex: 'ruleId', render: (v: string) => <RuleName id={v} /> },
                { title: t('obligations.col.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
                { title: t('obligations.col.due'), dataIndex: 'dueDate' },
                { title: t('obligations.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
              ]}
            />
          </Card>
          <Card title={t('files.title')} style={{ marginTop: 16 }}>
            <Attachments files={detail.data?.attachments} base={`/api/v1/enquiries/${id}/attachments`} editable={office && e?.state !== 'CLOSED'} invalidate={['enquiries', 'detail', id]} />
          </Card>
          <Card title={t('enquiry.history')} style={{ marginTop: 16 }}>
            <TimelineSentences entries={detail.data?.history} testId="enquiry-timeline" />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
