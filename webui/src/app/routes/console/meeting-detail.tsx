import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, Row, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useDepartments, useNames } from '../../../lib/reference-data';
import type { Dayjs } from 'dayjs';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { RuleName } from '../../../components/rule-name';
import { useTextPrompt } from '../../../features/press/components/text-prompt';
import { MeetingEditDialog } from '../../../features/meeting/components/meeting-edit';
import { ATTENDEE_CATEGORIES, MATERIAL_KINDS, meetingTime, useMeeting, useMeetingAction, type MeetingAttendee, type MeetingDecision, type MeetingTopic } from '../../../features/meeting/api/meeting';

/**
 * One meeting: its notice, the materials handed to the office against the R31 clock (late shows as late), and for a
 * director's meeting the topics open to attendance, the departments' answers and the attendees; the office drafts the
 * materials for publication.
 */
export function MeetingDetailPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const names = useNames();
  const detail = useMeeting(id);
  const action = useMeetingAction();
  const prompt = useTextPrompt();
  const [materialForm] = Form.useForm();
  const [inviteForm] = Form.useForm();
  const [decisionForm] = Form.useForm();
  const departments = useDepartments();
  const [materialsItem, setMaterialsItem] = useState<number>();
  const [editing, setEditing] = useState(false);
  const m = detail.data?.meeting;
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const organiser = office || (m?.departmentCode === me?.department);
  const err = action.error instanceof ApiError ? action.error : undefined;
  const ended = m ? new Date(m.endsAt ?? '').getTime() <= Date.now() : false;
  const planned = m?.state === 'PLANNED';
  const topics = detail.data?.topics ?? [];
  const required = [{ required: true, message: t('form.required') }];
  const fieldErrors = (f: ReturnType<typeof Form.useForm>[0]) => (e: unknown) => {
    if (e instanceof ApiError) f.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => ({ name: name as never, errors: [msg] })));
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{m?.title}</Typography.Title>
      {err && <Alert type="error" showIcon message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card loading={detail.isLoading}>
            {m && (
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label={t('opinion.refNo')}>{m.refNo}</Descriptions.Item>
                <Descriptions.Item label={t('meeting.category')}>{t(`meeting.categories.${m.category}`)}</Descriptions.Item>
                <Descriptions.Item label={t('item.state')}><Tag data-testid="meeting-state">{t(`meeting.state.${m.state}`)}</Tag>{m.cancelReason}</Descriptions.Item>
                <Descriptions.Item label={t('meeting.organiser')}>{names.department(m.departmentCode ?? '')}</Descriptions.Item>
                <Descriptions.Item label={t('meeting.time')}>{meetingTime(m.startsAt, m.endsAt, i18n.language)}</Descriptions.Item>
                <Descriptions.Item label={t('meeting.format')}>{t(`meeting.formats.${m.format}`)}</Descriptions.Item>
                {m.venue && <Descriptions.Item label={t('meeting.venue')}>{m.venue}</Descriptions.Item>}
                {m.liveUrl && <Descriptions.Item label={t('meeting.liveUrl')}>{m.liveUrl}</Descriptions.Item>}
                {m.replayUrl && <Descriptions.Item label={t('meeting.replayUrl')}>{m.replayUrl}</Descriptions.Item>}
                <Descriptions.Item label={t('meeting.agenda')}><span style={{ whiteSpace: 'pre-line' }}>{m.agenda}</span></Descriptions.Item>
                {(m.channels ?? []).length > 0 && <Descriptions.Item label={t('meeting.channels')}>{(m.channels ?? []).map((c) => t(`meeting.channelNames.${c}`)).join('、')}</Descriptions.Item>}
                {m.noticeItemId && <Descriptions.Item label={t('meeting.noticeItem')}><Link to={`/console/items/${m.noticeItemId}`}>{m.noticeItemId}</Link></Descriptions.Item>}
                {(m.materialsItemId ?? materialsItem) && <Descriptions.Item label={t('meeting.materialsItem')}>
                  <Link to={`/console/items/${m.materialsItemId ?? materialsItem}`} data-testid="materials-item-link">{m.materialsItemId ?? materialsItem}</Link></Descriptions.Item>}
              </Descriptions>
            )}
            {m && organiser && planned && (
              <Space wrap style={{ marginTop: 16 }}>
                <Button onClick={() => setEditing(true)} data-testid="edit-meeting">{t('meeting.edit')}</Button>
                <Button onClick={() => action.mutate({ path: `/${id}/notice` })} data-testid="draft-notice">{t('meeting.draftNotice')}</Button>
                {new Date(m.startsAt ?? '').getTime() <= Date.now() && (
                  <Button onClick={() => prompt.open(t('meeting.replayUrl'), (replayUrl) => action.mutate({ path: `/${id}/held`, body: { replayUrl } }))}>{t('meeting.held')}</Button>
                )}
                <Button danger onClick={() => prompt.open(t('meeting.cancelReason'), (reason) => action.mutate({ path: `/${id}/cancellation`, body: { reason } }))}>{t('meeting.cancel')}</Button>
              </Space>
            )}
            {m && editing && <MeetingEditDialog meeting={m} onClose={() => setEditing(false)} />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('meeting.clock')}>
            <Table rowKey="id" size="small" pagination={false} dataSource={detail.data?.obligations ?? []} data-testid="meeting-clock"
              columns={[
                { title: t('obligations.col.rule'), dataIndex: 'ruleId', render: (v: string) => <RuleName id={v} /> },
                { title: t('obligations.col.due'), dataIndex: 'dueDate' },
                { title: t('obligations.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
              ]} />
            {m?.materialsHandedInAt && <Typography.Paragraph style={{ marginTop: 12 }}>{t('meeting.handedOver', { at: new Date(m.materialsHandedInAt).toLocaleString('zh-CN') })}</Typography.Paragraph>}
          </Card>
          <Card title={t('meeting.materials')} style={{ marginTop: 16 }}>
            <Table rowKey="id" size="small" pagination={false} dataSource={detail.data?.materials ?? []} data-testid="meeting-materials"
              columns={[
                { title: t('meeting.materialKind'), dataIndex: 'kind', render: (v: string) => t(`meeting.kinds.${v}`) },
                { title: t('meeting.materialTitle'), dataIndex: 'title' },
              ]} />
            {m && organiser && m.state !== 'CANCELLED' && !m.materialsItemId && (
              <Form form={materialForm} layout="vertical" style={{ marginTop: 16 }} initialValues={{ kind: 'MINUTES' }}
                onFinish={(v) => action.mutate({ path: `/${id}/materials`, body: v }, { onSuccess: () => materialForm.resetFields(), onError: fieldErrors(materialForm) })}>
                <Space wrap align="start">
                  <Form.Item name="kind" label={t('meeting.materialKind')} rules={required}>
                    <Select style={{ width: 140 }} options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`meeting.kinds.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name="title" label={t('meeting.materialTitle')} rules={required}><Input style={{ width: 260 }} maxLength={200} data-testid="material-title" /></Form.Item>
                </Space>
                <Form.Item name="content" label={t('meeting.materialContent')} rules={required}><Input.TextArea rows={4} data-testid="material-content" /></Form.Item>
                <Space wrap>
                  <Button htmlType="submit" data-testid="add-material">{t('meeting.addMaterial')}</Button>
                  {ended && !m.materialsHandedInAt && (detail.data?.materials ?? []).length > 0 && (
                    <Button type="primary" onClick={() => action.mutate({ path: `/${id}/handover` })} data-testid="hand-over">{t('meeting.handOver')}</Button>
                  )}
                </Space>
              </Form>
            )}
            {m && office && m.materialsHandedInAt && (
              <Button type="primary" style={{ marginTop: 16 }} data-testid="draft-materials"
                onClick={() => action.mutate({ path: `/${id}/materials-item` }, { onSuccess: (i) => setMaterialsItem((i as { id: number }).id) })}>{t('meeting.draftMaterials')}</Button>
            )}
          </Card>
        </Col>
      </Row>
      {topics.length > 0 && (
        <Card title={t('meeting.topics')}>
          <Table<MeetingTopic> rowKey="id" size="small" pagination={false} dataSource={topics} scroll={{ x: 800 }}
            columns={[
              { title: '#', dataIndex: 'seq', width: 48 },
              { title: t('meeting.topicTitle'), dataIndex: 'title', render: (v: string, x) => <span>{v}{x.opennessReport && <Tag style={{ marginLeft: 8 }}>{t('meeting.opennessReport')}</Tag>}</span> },
              { title: t('meeting.topicDepartment'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
              { title: t('meeting.answer'), render: (_, x) => x.openToAttendance
                ? (x.answer ? <span><Tag>{t(`meeting.answers.${x.answer}`)}</Tag>{x.answerReason}</span> : <Tag color="orange">{t('meeting.openTopic')}</Tag>) : '—' },
              { title: '', render: (_, x) => planned && (
                <Space wrap>
                  {office && <Button size="small" onClick={() => action.mutate({ path: `/${id}/topics/${x.id}/attendance`, body: { open: !x.openToAttendance } })}>
                    {x.openToAttendance ? t('meeting.closeTopic') : t('meeting.openTopic')}</Button>}
                  {x.openToAttendance && !x.answer && (office || x.departmentCode === me?.department) && <>
                    <Button size="small" type="primary" onClick={() => action.mutate({ path: `/${id}/topics/${x.id}/answer`, body: { agree: true } })}>{t('meeting.agree')}</Button>
                    <Button size="small" onClick={() => prompt.open(t('meeting.declineReason'), (reason) => action.mutate({ path: `/${id}/topics/${x.id}/answer`, body: { agree: false, reason } }))}>{t('meeting.decline')}</Button>
                  </>}
                </Space>
              ) },
            ]} />
        </Card>
      )}
      {m && (m.category !== 'DIRECTORS' || topics.some((x) => x.openToAttendance && x.answer === 'AGREED')) && (
        <Card title={t('meeting.attendees')}>
          <Table<MeetingAttendee> rowKey="id" size="small" pagination={false} dataSource={detail.data?.attendees ?? []} scroll={{ x: 800 }}
            columns={[
              { title: t('meeting.category'), dataIndex: 'category', render: (v: string) => t(`meeting.attendeeCategories.${v}`) },
              { title: t('meeting.attendeeName'), dataIndex: 'name' },
              { title: t('meeting.affiliation'), dataIndex: 'affiliation' },
              { title: t('item.state'), dataIndex: 'state', render: (v: string) => <Tag>{t(`meeting.attendeeStates.${v}`)}</Tag> },
              { title: t('meeting.remarks'), dataIndex: 'remarks' },
              { title: '', render: (_, a) => office && !m.materialsItemId && new Date(m.startsAt ?? '').getTime() <= Date.now() && (
                <Space>
                  <Button size="small" onClick={() => prompt.open(t('meeting.remarks'), (remarks) => action.mutate({ path: `/${id}/attendees/${a.id}`, body: { attended: true, remarks } }))}>{t('meeting.attended')}</Button>
                  <Button size="small" onClick={() => action.mutate({ path: `/${id}/attendees/${a.id}`, body: { attended: false } })}>{t('meeting.absent')}</Button>
                </Space>
              ) },
            ]} />
          {office && planned && (
            <Form form={inviteForm} layout="vertical" style={{ marginTop: 16 }} initialValues={{ category: 'PUBLIC' }}
              onFinish={(v) => action.mutate({ path: `/${id}/attendees`, body: v }, { onSuccess: () => inviteForm.resetFields(), onError: fieldErrors(inviteForm) })}>
              <Space wrap align="start">
                {m.category === 'DIRECTORS' && (
                  <Form.Item name="topicId" label={t('meeting.topicTitle')} rules={required}>
                    <Select style={{ width: 260 }} options={topics.filter((x) => x.openToAttendance && x.answer === 'AGREED').map((x) => ({ value: x.id, label: `${x.seq}. ${x.title}` }))} />
                  </Form.Item>
                )}
                <Form.Item name="category" label={t('meeting.category')} rules={required}>
                  <Select style={{ width: 160 }} options={ATTENDEE_CATEGORIES.map((c) => ({ value: c, label: t(`meeting.attendeeCategories.${c}`) }))} />
                </Form.Item>
                <Form.Item name="name" label={t('meeting.attendeeName')} rules={required}><Input style={{ width: 140 }} maxLength={50} autoComplete="off" /></Form.Item>
                <Form.Item name="affiliation" label={t('meeting.affiliation')}><Input style={{ width: 240 }} maxLength={200} /></Form.Item>
                <Form.Item label=" "><Button htmlType="submit">{t('meeting.invite')}</Button></Form.Item>
              </Space>
            </Form>
          )}
        </Card>
      )}
      {m && m.category !== 'PUBLIC_INTEREST' && (
        <Card title={t('meeting.decisions')}>
          <Table<MeetingDecision> rowKey="id" size="small" pagination={false} dataSource={detail.data?.decisions ?? []} scroll={{ x: 800 }} data-testid="meeting-decisions"
            columns={[
              { title: '#', dataIndex: 'seq', width: 48 },
              { title: t('meeting.decisionText'), dataIndex: 'text' },
              { title: t('meeting.decisionDepartment'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
              { title: t('obligations.col.due'), dataIndex: 'dueOn' },
              { title: t('obligations.col.status'), render: (_, d) => <StatusTag status={d.obligation?.status} /> },
              { title: t('meeting.evidence'), dataIndex: 'evidence' },
              { title: '', render: (_, d) => d.state === 'OPEN' && (office || d.departmentCode === me?.department) && (
                <Button size="small" onClick={() => prompt.open(t('meeting.evidence'), (evidence) => action.mutate({ path: `/${id}/decisions/${d.id}/completion`, body: { evidence } }))}>
                  {t('meeting.done')}</Button>
              ) },
            ]} />
          {office && m.state !== 'CANCELLED' && new Date(m.startsAt ?? '').getTime() <= Date.now() && (
            <Form form={decisionForm} layout="vertical" style={{ marginTop: 16 }}
              onFinish={(v: { text: string; departmentCode: string; dueOn: Dayjs }) => action.mutate({ path: `/${id}/decisions`, body: { ...v, dueOn: v.dueOn?.format('YYYY-MM-DD') } },
                { onSuccess: () => decisionForm.resetFields(), onError: fieldErrors(decisionForm) })}>
              <Form.Item name="text" label={t('meeting.decisionText')} rules={required}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
              <Space wrap align="start">
                <Form.Item name="departmentCode" label={t('meeting.decisionDepartment')} rules={required}>
                  <Select style={{ width: 180 }} options={(departments.data ?? []).map((x) => ({ value: x.code, label: names.department(x.code) }))} />
                </Form.Item>
                <Form.Item name="dueOn" label={t('obligations.col.due')} rules={required}><DatePicker /></Form.Item>
                <Form.Item label=" "><Button htmlType="submit">{t('meeting.addDecision')}</Button></Form.Item>
              </Space>
            </Form>
          )}
        </Card>
      )}
      {prompt.modal}
    </Space>
  );
}
