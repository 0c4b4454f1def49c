import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useDepartments, useNames } from '../../../lib/reference-data';
import {
  useInspectionAction, useInspectionTasks, useInspectors, useMatters, useTargets, type InspectionMatter, type InspectionTarget, type InspectionTask,
  type InspectionTaskSummary, type Inspector,
} from '../../../features/inspection/api/inspection';

/**
 * 双随机一公开 (R34): the list of matters and the directories (kept by the legal section), the department's draws
 * and their results.
 */
export function InspectionsConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const departments = useDepartments();
  const navigate = useNavigate();
  const matters = useMatters();
  const [page, setPage] = useState(0);
  const tasks = useInspectionTasks(page);
  const action = useInspectionAction();
  const [matterForm] = Form.useForm();
  const [targetForm] = Form.useForm();
  const [inspectorForm] = Form.useForm();
  const [conflictForm] = Form.useForm();
  const [drawForm] = Form.useForm();
  const [listReason, setListReason] = useState('');
  const [editingMatter, setEditingMatter] = useState<InspectionMatter>();
  const [retiring, setRetiring] = useState<InspectionMatter>();
  const [retireReason, setRetireReason] = useState('');
  const [targetQ, setTargetQ] = useState<string>();
  const [targetPage, setTargetPage] = useState(0);
  const [inspectorQ, setInspectorQ] = useState<string>();
  const [inspectorPage, setInspectorPage] = useState(0);
  const targets = useTargets(targetQ, targetPage);
  const inspectors = useInspectors(inspectorQ, inspectorPage);
  const legal = (me?.roles ?? []).some((r) => r === 'legal' || r === 'office' || r === 'office-head');
  const err = action.error instanceof ApiError ? action.error : undefined;
  const required = [{ required: true, message: t('form.required') }];
  const fieldErrors = (f: ReturnType<typeof Form.useForm>[0]) => (e: unknown) => {
    if (e instanceof ApiError) f.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => ({ name: name as never, errors: [msg] })));
  };
  const send = (f: ReturnType<typeof Form.useForm>[0], path: string, body: object) => action.mutate({ path, body }, { onSuccess: () => f.resetFields(), onError: fieldErrors(f) });
  const deptOptions = (departments.data ?? []).map((d) => ({ value: d.code, label: names.department(d.code) }));
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.inspections')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('inspection.note')}</Typography.Paragraph>
      {err && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Card>
        <Tabs items={[
          { key: 'tasks', label: t('inspection.tasks'), children: (<>
            <Form form={drawForm} layout="vertical" onFinish={(v: { matterId: number; category: string; startsOn: Dayjs; endsOn: Dayjs; inspectorsPerTarget?: number; seed?: string }) =>
              action.mutate({ path: '/tasks', body: { ...v, startsOn: v.startsOn?.format('YYYY-MM-DD'), endsOn: v.endsOn?.format('YYYY-MM-DD'), seed: v.seed ? Number(v.seed) : undefined } },
                { onSuccess: (d) => navigate(`/console/inspections/${(d as InspectionTask).id}`), onError: fieldErrors(drawForm) })}>
              <Space wrap align="start">
                <Form.Item name="matterId" label={t('inspection.matter')} rules={required}>
                  <Select style={{ width: 260 }} options={(matters.data ?? []).map((m) => ({ value: m.id, label: `${m.code} ${m.name}` }))} />
                </Form.Item>
                <Form.Item name="category" label={t('inspection.category')} rules={required}><Input style={{ width: 160 }} /></Form.Item>
                <Form.Item name="startsOn" label={t('inspection.startsOn')} rules={required}><DatePicker /></Form.Item>
                <Form.Item name="endsOn" label={t('inspection.endsOn')} rules={required}><DatePicker /></Form.Item>
                <Form.Item name="inspectorsPerTarget" label={t('inspection.perTarget')} initialValue={2}><InputNumber min={2} max={10} /></Form.Item>
                <Form.Item name="seed" label={t('inspection.seed')} extra={t('inspection.seedHelp')}><Input style={{ width: 200 }} /></Form.Item>
                <Form.Item label=" "><Button type="primary" htmlType="submit" data-testid="draw">{t('inspection.draw')}</Button></Form.Item>
              </Space>
            </Form>
            <Table<InspectionTaskSummary> rowKey="id" dataSource={tasks.data?.items ?? []} loading={tasks.isFetching} scroll={{ x: 800 }}
              pagination={{ current: page + 1, pageSize: 20, total: tasks.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
              columns={[
                { title: t('opinion.refNo'), dataIndex: 'refNo', render: (v: string, x) => <Link to={`/console/inspections/${x.id}`}>{v}</Link> },
                { title: t('inspection.category'), dataIndex: 'category' },
                { title: t('opinion.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
                { title: t('inspection.period'), render: (_, x) => `${x.startsOn} — ${x.endsOn}` },
                { title: t('item.state'), render: (_, x) => <Tag>{x.resultsPublishedOn ? t('inspection.published') : t(`inspection.states.${x.state}`)}</Tag> },
              ]} />
          </>) },
          { key: 'matters', label: t('inspection.matters'), children: (<>
            {legal && (
              <Space wrap style={{ marginBottom: 16 }}>
                <Input aria-label={t('inspection.listReason')} placeholder={t('inspection.listReason')} style={{ width: 320 }} value={listReason} onChange={(e) => setListReason(e.target.value)} />
                <Button data-testid="draft-list" onClick={() => action.mutate({ path: '/matters/list-item', body: { reason: listReason || undefined } },
                  { onSuccess: (d) => navigate(`/console/items/${(d as { id: number }).id}`) })}>{t('inspection.draftList')}</Button>
              </Space>
            )}
            <Table<InspectionMatter> rowKey="id" dataSource={matters.data ?? []} pagination={false} scroll={{ x: 900 }}
              columns={[
                { title: t('inspection.code'), dataIndex: 'code' },
                { title: t('inspection.matter'), dataIndex: 'name' },
                { title: t('inspection.kind'), dataIndex: 'kind', render: (v: string) => t(`inspection.kinds.${v}`) },
                { title: t('opinion.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
                { title: t('inspection.method'), dataIndex: 'method' },
                { title: t('inspection.ratio'), dataIndex: 'ratioPercent', render: (v: number) => `${v}%` },
                { title: t('inspection.frequency'), dataIndex: 'frequency' },
                ...(legal ? [{
                  title: '', key: 'actions', render: (_: unknown, m: InspectionMatter) => (
                    <Space>
                      <Button size="small" onClick={() => { setEditingMatter(m); matterForm.setFieldsValue(m); }}>{t('inspection.edit')}</Button>
                      <Button size="small" danger onClick={() => { setRetiring(m); setRetireReason(''); }}>{t('inspection.retire')}</Button>
                    </Space>
                  ),
                }] : []),
              ]} />
            {retiring && (
              <Modal open title={t('inspection.retireTitle', { name: retiring.name })} okText={t('inspection.retire')} okButtonProps={{ danger: true, disabled: !retireReason.trim() }}
                onCancel={() => setRetiring(undefined)}
                onOk={() => action.mutate({ path: `/matters/${retiring.id}/retirement`, body: { reason: retireReason } }, { onSuccess: () => setRetiring(undefined) })}>
                <Input.TextArea rows={3} aria-label={t('inspection.retireReason')} placeholder={t('inspection.retireReason')} value={retireReason}
                  onChange={(e) => setRetireReason(e.target.value)} />
              </Modal>
            )}
            {legal && (
              <Form form={matterForm} layout="vertical" style={{ marginTop: 16 }} initialValues={{ kind: 'GENERAL', ratioPercent: 5 }}
                onFinish={(v) => (editingMatter
                  ? action.mutate({ path: `/matters/${editingMatter.id}`, body: { ...v, code: editingMatter.code }, method: 'PUT' },
                    { onSuccess: () => { setEditingMatter(undefined); matterForm.resetFields(); }, onError: fieldErrors(matterForm) })
                  : send(matterForm, '/matters', v))}>
                <Space wrap align="start">
                  <Form.Item name="code" label={t('inspection.code')} rules={required}><Input style={{ width: 120 }} disabled={!!editingMatter} /></Form.Item>
                  <Form.Item name="name" label={t('inspection.matter')} rules={required}><Input style={{ width: 240 }} /></Form.Item>
                  <Form.Item name="kind" label={t('inspection.kind')} rules={required}>
                    <Select style={{ width: 120 }} options={['KEY', 'GENERAL'].map((k) => ({ value: k, label: t(`inspection.kinds.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name="departmentCode" label={t('opinion.department')} rules={required}><Select style={{ width: 160 }} options={deptOptions} /></Form.Item>
                  <Form.Item name="method" label={t('inspection.method')} rules={required}><Input style={{ width: 140 }} /></Form.Item>
                  <Form.Item name="ratioPercent" label={t('inspection.ratio')} rules={required}><InputNumber min={1} max={100} /></Form.Item>
                  <Form.Item name="frequency" label={t('inspection.frequency')} rules={required}><Input style={{ width: 120 }} /></Form.Item>
                </Space>
                <Form.Item name="legalBasis" label={t('inspection.legalBasis')} rules={required}><Input.TextArea rows={2} /></Form.Item>
                <Form.Item name="content" label={t('inspection.content')} rules={required}><Input.TextArea rows={2} /></Form.Item>
                <Space>
                  <Button htmlType="submit" type={editingMatter ? 'primary' : 'default'}>{editingMatter ? t('inspection.saveMatter') : t('inspection.addMatter')}</Button>
                  {editingMatter && <Button onClick={() => { setEditingMatter(undefined); matterForm.resetFields(); }}>{t('common.cancel')}</Button>}
                </Space>
              </Form>
            )}
          </>) },
          ...(legal ? [{ key: 'directories', label: t('inspection.directories'), children: (
            <Space direction="vertical" style={{ width: '100%' }} size="large">
              <Typography.Title level={5}>{t('inspection.targetDirectory')}</Typography.Title>
              <Input.Search allowClear aria-label={t('inspection.searchTargets')} placeholder={t('inspection.searchTargets')} style={{ maxWidth: 320 }}
                onSearch={(v) => { setTargetQ(v.trim() || undefined); setTargetPage(0); }} />
              <Table<InspectionTarget> rowKey="id" size="small" dataSource={targets.data?.items ?? []} loading={targets.isFetching} scroll={{ x: 600 }} data-testid="target-directory"
                pagination={{ current: targetPage + 1, pageSize: 10, total: targets.data?.total ?? 0, onChange: (p) => setTargetPage(p - 1) }}
                columns={[
                  { title: 'ID', dataIndex: 'id' },
                  { title: t('inspection.targetName'), dataIndex: 'name' },
                  { title: t('publicity.creditCode'), dataIndex: 'creditCode' },
                  { title: t('inspection.category'), dataIndex: 'category' },
                ]} />
              <Typography.Title level={5}>{t('inspection.inspectorDirectory')}</Typography.Title>
              <Input.Search allowClear aria-label={t('inspection.searchInspectors')} placeholder={t('inspection.searchInspectors')} style={{ maxWidth: 320 }}
                onSearch={(v) => { setInspectorQ(v.trim() || undefined); setInspectorPage(0); }} />
              <Table<Inspector> rowKey="id" size="small" dataSource={inspectors.data?.items ?? []} loading={inspectors.isFetching} scroll={{ x: 600 }} data-testid="inspector-directory"
                pagination={{ current: inspectorPage + 1, pageSize: 10, total: inspectors.data?.total ?? 0, onChange: (p) => setInspectorPage(p - 1) }}
                columns={[
                  { title: 'ID', dataIndex: 'id' },
                  { title: t('inspection.inspectorName'), dataIndex: 'name' },
                  { title: t('inspection.certificateNo'), dataIndex: 'certificateNo' },
                  { title: t('inspection.field'), dataIndex: 'field' },
                  { title: t('opinion.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
                ]} />
              <Form form={targetForm} layout="vertical" onFinish={(v) => send(targetForm, '/targets', v)}>
                <Typography.Title level={5}>{t('inspection.addTarget')}</Typography.Title>
                <Space wrap align="start">
                  <Form.Item name="name" label={t('inspection.targetName')} rules={required}><Input style={{ width: 220 }} /></Form.Item>
                  <Form.Item name="creditCode" label={t('publicity.creditCode')} rules={required}><Input style={{ width: 200 }} maxLength={18} /></Form.Item>
                  <Form.Item name="legalRepresentative" label={t('publicity.legalRep')} rules={required}><Input style={{ width: 120 }} autoComplete="off" /></Form.Item>
                  <Form.Item name="address" label={t('inspection.address')} rules={required}><Input style={{ width: 220 }} autoComplete="off" /></Form.Item>
                  <Form.Item name="category" label={t('inspection.category')} rules={required}><Input style={{ width: 140 }} /></Form.Item>
                  <Form.Item label=" "><Button htmlType="submit">{t('inspection.add')}</Button></Form.Item>
                </Space>
              </Form>
              <Form form={inspectorForm} layout="vertical" onFinish={(v) => send(inspectorForm, '/inspectors', v)}>
                <Typography.Title level={5}>{t('inspection.addInspector')}</Typography.Title>
                <Space wrap align="start">
                  <Form.Item name="name" label={t('inspection.inspectorName')} rules={required}><Input style={{ width: 120 }} /></Form.Item>
                  <Form.Item name="certificateNo" label={t('inspection.certificateNo')} rules={required}><Input style={{ width: 160 }} /></Form.Item>
                  <Form.Item name="field" label={t('inspection.field')} rules={required}><Input style={{ width: 140 }} /></Form.Item>
                  <Form.Item name="departmentCode" label={t('opinion.department')} rules={required}><Select style={{ width: 160 }} options={deptOptions} /></Form.Item>
                  <Form.Item label=" "><Button htmlType="submit">{t('inspection.add')}</Button></Form.Item>
                </Space>
              </Form>
              <Form form={conflictForm} layout="vertical" onFinish={(v) => send(conflictForm, '/conflicts', v)}>
                <Typography.Title level={5}>{t('inspection.addConflict')}</Typography.Title>
                <Space wrap align="start">
                  <Form.Item name="inspectorId" label={t('inspection.inspectorId')} rules={required} extra={t('inspection.pickHelp')}>
                    <Select style={{ width: 220 }} options={(inspectors.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.certificateNo}）` }))} />
                  </Form.Item>
                  <Form.Item name="targetId" label={t('inspection.targetId')} rules={required}>
                    <Select style={{ width: 260 }} options={(targets.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))} />
                  </Form.Item>
                  <Form.Item name="reason" label={t('inspection.conflictReason')} rules={required}><Input style={{ width: 260 }} /></Form.Item>
                  <Form.Item label=" "><Button htmlType="submit">{t('inspection.add')}</Button></Form.Item>
                </Space>
              </Form>
            </Space>
          ) }] : []),
        ]} />
      </Card>
    </>
  );
}
