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
import { useApplication } from '../../../features/applications/api/applications';
import { ApplicationActions } from '../../../features/applications/components/application-actions';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { Attachments } from '../../../components/attachments';
import { ApplicationLetters, ApplicationMeetings } from '../../../features/applications/components/application-letters';
import { ApplicationReviews } from '../../../features/applications/components/application-reviews';

type Personal = components['schemas']['ApplicantData'];

export function ApplicationDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const names = useNames();
  const detail = useApplication(id);
  const reveal = useMutation({ mutationFn: () => api.post<Personal>(`/api/v1/applications/${id}/personal-data`) });
  const a = detail.data?.application;
  const roles = me?.roles ?? [];
  const office = roles.includes('office') || roles.includes('office-head');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} data-testid="application-heading">{a?.trackingNo}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={detail.isLoading}>
            {a && (
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <Descriptions bordered size="small" column={1}>
                  <Descriptions.Item label={t('item.state')}><span data-testid="application-state">{t(`applicationState.${a.state}`)}</span></Descriptions.Item>
                  <Descriptions.Item label={t('application.channel')}>{t(`applicationChannel.${a.channel}`)} · {t(`receiptRule.${a.receiptRule}`)}</Descriptions.Item>
                  <Descriptions.Item label={t('application.receivedOn')}>{a.receivedOn}</Descriptions.Item>
                  <Descriptions.Item label={t('application.applicantType')}>{t(`applicantType.${a.applicantType}`)}{a.organisation ? ` · ${a.organisation}` : ''}</Descriptions.Item>
                  <Descriptions.Item label={t('application.applicant')}>
                    {reveal.data ? (
                      <span>{[reveal.data.name, reveal.data.idNumber, reveal.data.phone, reveal.data.email, reveal.data.address].filter(Boolean).join(' · ')}</span>
                    ) : (
                      <Space wrap>
                        <span>{[a.name, a.idNumber, a.phone, a.email].filter(Boolean).join(' · ')}</span>
                        {office && <Button size="small" onClick={() => reveal.mutate()}>{t('enquiry.showContact')}</Button>}
                      </Space>
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('application.deliveryForm')}>{t(`deliveryForm.${a.deliveryForm}`)}</Descriptions.Item>
                  {a.outcome && <Descriptions.Item label={t('application.outcome')}>{t(`outcome.${a.outcome}`)}：{a.outcomeNote}</Descriptions.Item>}
                  {a.deliveredOn && <Descriptions.Item label={t('application.deliveredOn')}>{a.deliveredOn} {a.deliveryRef}</Descriptions.Item>}
                </Descriptions>
                <div><b>{t('application.description')}</b><Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.description}</Typography.Paragraph></div>
                {(detail.data?.assignments ?? []).map((x) => (
                  <div key={x.id}><b>{names.department(x.department)}</b>（{x.assignedOn}）：{x.answer ?? t('application.waiting')}</div>
                ))}
                {detail.data && <ApplicationActions detail={detail.data} roles={roles} department={me?.department} />}
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
                { title: t('obligations.col.start'), dataIndex: 'startDate' },
                { title: t('obligations.col.due'), dataIndex: 'dueDate' },
                { title: t('obligations.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
              ]}
              data-testid="application-clocks"
            />
          </Card>
          <Card title={t('application.pauses')} style={{ marginTop: 16 }}>
            <Table rowKey={(p) => `${p.pausedOn}-${p.reason}`} size="small" pagination={false} dataSource={detail.data?.pauses ?? []} locale={{ emptyText: t('application.noPauses') }}
              columns={[
                { title: t('application.pausedOn'), dataIndex: 'pausedOn' },
                { title: t('application.resumedOn'), dataIndex: 'resumedOn', render: (v?: string) => v ?? '—' },
                { title: t('enquiry.reason'), dataIndex: 'reason' },
                { title: t('application.addedDays'), dataIndex: 'addedDays', render: (v?: number) => (v == null ? '—' : v) },
              ]}
            />
          </Card>
          <Card title={t('application.applicantFiles')} style={{ marginTop: 16 }}>
            <Attachments files={detail.data?.applicantFiles} base={`/api/v1/applications/${id}/applicant-files`} testId="applicant-files" editable={office && a?.state !== 'DELIVERED' && a?.state !== 'CLOSED'} removable={false} invalidate={['applications', 'detail', id]} />
          </Card>
          <Card title={t('application.reviews')} style={{ marginTop: 16 }}>
            <ApplicationReviews applicationId={id} reviews={detail.data?.reviews ?? []} canRecord={office || roles.includes('legal')} />
          </Card>
          <Card title={t('letters.title')} style={{ marginTop: 16 }}>
            <ApplicationLetters applicationId={id} roles={roles} />
          </Card>
          <Card title={t('meetings.title')} style={{ marginTop: 16 }}>
            <ApplicationMeetings applicationId={id} roles={roles} />
          </Card>
          <Card title={t('application.deliveryFiles')} style={{ marginTop: 16 }}>
            <Attachments files={detail.data?.files} base={`/api/v1/applications/${id}/files`} editable={office && a?.state !== 'DELIVERED' && a?.state !== 'CLOSED'} removable={false} invalidate={['applications', 'detail', id]} />
          </Card>
          <Card title={t('enquiry.history')} style={{ marginTop: 16 }}>
            <TimelineSentences entries={detail.data?.timeline} testId="app-timeline" />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
