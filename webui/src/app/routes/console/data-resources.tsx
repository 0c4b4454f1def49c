import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { RuleName } from '../../../components/rule-name';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useDepartments, useNames } from '../../../lib/reference-data';
import {
  CYCLES, FIELD_TYPES, FORMATS, OPEN_TYPES, SENSITIVITIES, SHARE_TYPES, useDataCatalogue, useDataRelease, useDataResourceAction, useDataResources,
  type DataResource,
} from '../../../features/dataresource/api/dataresource';

/**
 * 信息数据资源目录 (R37–R39): the info section and the office keep the catalogue, a department describes the resources
 * it provides; each field says how sensitive it is and, when masked, how. A change waits until the catalogue is drafted,
 * reviewed and published again (within 20 working days of the first change: the R39 clock).
 */
export function DataResourcesConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const navigate = useNavigate();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(0);
  const list = useDataResources({ q, page });
  const catalogue = useDataCatalogue();
  const action = useDataResourceAction();
  const [editing, setEditing] = useState<DataResource | 'new'>();
  const [retiring, setRetiring] = useState<DataResource>();
  const [reason, setReason] = useState('');
  const [retireReason, setRetireReason] = useState('');
  const release = useDataRelease();
  const releaseErr = release.error instanceof ApiError ? release.error : undefined;
  const roles = me?.roles ?? [];
  const keeper = roles.some((r) => r === 'info-section' || r === 'office' || r === 'office-head');
  const describes = (r: DataResource) => keeper || r.providerDepartmentCode === me?.department;
  const err = action.error instanceof ApiError ? action.error : undefined;
  const c = catalogue.data;
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.dataResources')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('dataResource.note')}</Typography.Paragraph>
      {releaseErr && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={releaseErr.problem?.title ?? t('common.error')} description={releaseErr.message} />}
      {release.isSuccess && <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('dataResource.recorded')} />}
      {err && !editing && !retiring && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Card loading={catalogue.isLoading} style={{ marginBottom: 16 }}>
        {c && (
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={t('dataResource.status')} data-testid="data-catalogue-status">
            <Descriptions.Item label={t('dataResource.publishedVersion')}>
              {(c.publishedVersion ?? 0) > 0 ? t('dataResource.versionLabel', { version: c.publishedVersion, date: c.versions?.[0]?.publishedOn ?? '' }) : t('dataResource.notPublished')}
            </Descriptions.Item>
            <Descriptions.Item label={t('dataResource.resources')}>{c.resources}</Descriptions.Item>
            <Descriptions.Item label={t('dataResource.item')}>
              {c.itemId ? <Space><Link to={`/console/items/${c.itemId}`}>#{c.itemId}</Link>{c.itemState && <Tag>{t(`itemState.${c.itemState}`)}</Tag>}</Space> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('dataResource.due')}>
              {c.obligation ? <Space><RuleName id={c.obligation.ruleId} /><span>{c.obligation.dueDate}</span><StatusTag status={c.obligation.status} /></Space> : '—'}
            </Descriptions.Item>
          </Descriptions>
        )}
        {c?.itemId && c.changedSinceDrafted && c.itemState !== 'PUBLISHED' && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('dataResource.changedSinceDrafted')} />}
        {keeper && (
          <Space wrap style={{ marginTop: 12 }}>
            <Input aria-label={t('dataResource.draftReason')} placeholder={t('dataResource.draftReason')} style={{ width: 320 }} value={reason} onChange={(e) => setReason(e.target.value)} />
            <Button data-testid="data-draft" onClick={() => action.mutate({ path: '/catalogue/list-item', body: { reason: reason || undefined } },
              { onSuccess: (d) => navigate(`/console/items/${(d as { id: number }).id}`) })}>{t('dataResource.draft')}</Button>
          </Space>
        )}
      </Card>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear aria-label={t('dataResource.search')} placeholder={t('dataResource.search')} style={{ width: 260 }}
            onSearch={(v) => { setQ(v.trim() || undefined); setPage(0); }} />
          <Button type="primary" onClick={() => setEditing('new')} data-testid="data-add">{t('dataResource.add')}</Button>
        </Space>
        <Table<DataResource> rowKey="code" dataSource={list.data?.items ?? []} loading={list.isFetching} scroll={{ x: 900 }} data-testid="data-table"
          pagination={{ current: page + 1, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
          columns={[
            { title: t('dataResource.code'), dataIndex: 'code' },
            { title: t('dataResource.name'), dataIndex: 'name' },
            { title: t('dataResource.provider'), dataIndex: 'providerDepartmentCode', render: (v: string) => names.department(v) },
            { title: t('dataResource.shareType'), dataIndex: 'shareType', render: (v: string) => t(`dataResource.shareTypes.${v}`) },
            { title: t('dataResource.openType'), dataIndex: 'openType', render: (v: string) => t(`dataResource.openTypes.${v}`) },
            { title: t('dataResource.fields'), render: (_, r) => (r.fields ?? []).length },
            {
              title: '', key: 'actions', render: (_, r) => describes(r) && (
                <Space wrap>
                  {!r.systemName && <>
                    <Button size="small" onClick={() => release.mutate({ code: r.code ?? '' })} data-testid={`data-changed-${r.code}`}>{t('dataResource.dataChanged')}</Button>
                    <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={(f) => { release.mutate({ code: r.code ?? '', file: f }); return false; }}>
                      <Button size="small" data-testid={`data-report-${r.code}`}>{t('dataResource.report')}</Button>
                    </Upload>
                  </>}
                  <Button size="small" onClick={() => setEditing(r)}>{t('dataResource.edit')}</Button>
                  <Button size="small" danger onClick={() => { setRetiring(r); setRetireReason(''); }}>{t('dataResource.retire')}</Button>
                </Space>
              ),
            },
          ]} />
      </Card>
      {editing && <ResourceForm resource={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
      {retiring && (
        <Modal open title={t('dataResource.retireTitle', { name: retiring.name })} okText={t('dataResource.retire')} okButtonProps={{ danger: true, disabled: !retireReason.trim() }}
          onCancel={() => setRetiring(undefined)} confirmLoading={action.isPending}
          onOk={() => action.mutate({ path: `/${encodeURIComponent(retiring.code ?? '')}/retirement`, body: { reason: retireReason } }, { onSuccess: () => setRetiring(undefined) })}>
          {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.message} />}
          <Input.TextArea rows={3} aria-label={t('dataResource.retireReason')} placeholder={t('dataResource.retireReason')} value={retireReason}
            onChange={(e) => setRetireReason(e.target.value)} />
        </Modal>
      )}
    </>
  );
}

function ResourceForm({ resource, onClose }: { resource?: DataResource; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const departments = useDepartments();
  const action = useDataResourceAction();
  const [form] = Form.useForm();
  const share = Form.useWatch('shareType', form);
  const open = Form.useWatch('openType', form);
  const required = [{ required: true, message: t('form.required') }];
  const err = action.error instanceof ApiError ? action.error : undefined;
  const save = (v: Record<string, unknown>) => action.mutate(
    resource ? { path: `/${encodeURIComponent(resource.code ?? '')}`, method: 'PUT', body: { ...v, code: resource.code } } : { path: '', body: v },
    {
      onSuccess: onClose,
      onError: (e) => {
        if (e instanceof ApiError) {
          form.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => {
            // fields[2].mask → ['fields', 2, 'mask']
            const path = name.split(/[.[\]]+/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
            return { name: path as never, errors: [msg] };
          }));
        }
      },
    },
  );
  const initial = resource ?? {
    providerDepartmentCode: me?.department, format: 'SHEET', shareType: 'UNCONDITIONAL', openType: 'OPEN', updateCycle: 'YEARLY',
    fields: [{ name: '', type: 'STRING', sensitivity: 'PUBLIC' }],
  };
  const options = (values: readonly string[], prefix: string) => values.map((v) => ({ value: v, label: t(`dataResource.${prefix}.${v}`) }));
  return (
    <Modal open title={resource ? `${t('dataResource.edit')}：${resource.name}` : t('dataResource.add')} onCancel={onClose} width={860} destroyOnClose
      okText={t('dataResource.save')} okButtonProps={{ 'data-testid': 'data-save' } as never} onOk={() => form.submit()} confirmLoading={action.isPending}>
      {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save}>
        <Space wrap align="start">
          <Form.Item name="classification" label={t('dataResource.classification')} rules={required} extra={t('dataResource.classificationHelp')}><Input style={{ width: 140 }} /></Form.Item>
          <Form.Item name="code" label={t('dataResource.code')} rules={required} extra={t('dataResource.codeHelp')}><Input style={{ width: 160 }} disabled={!!resource} /></Form.Item>
          <Form.Item name="name" label={t('dataResource.name')} rules={required}><Input style={{ width: 300 }} /></Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="providerDepartmentCode" label={t('dataResource.provider')} rules={required}>
            <Select style={{ width: 180 }} options={(departments.data ?? []).map((d) => ({ value: d.code, label: names.department(d.code) }))} />
          </Form.Item>
          <Form.Item name="format" label={t('dataResource.format')} rules={required}><Select style={{ width: 140 }} options={options(FORMATS, 'formats')} /></Form.Item>
          <Form.Item name="updateCycle" label={t('dataResource.updateCycle')} rules={required}><Select style={{ width: 140 }} options={options(CYCLES, 'cycles')} /></Form.Item>
          <Form.Item name="systemName" label={t('dataResource.systemName')}><Input style={{ width: 220 }} /></Form.Item>
        </Space>
        <Form.Item name="summary" label={t('dataResource.summary')} rules={required}><Input.TextArea rows={2} /></Form.Item>
        <Space wrap align="start">
          <Form.Item name="shareType" label={t('dataResource.shareType')} rules={required}><Select style={{ width: 160 }} options={options(SHARE_TYPES, 'shareTypes')} /></Form.Item>
          {share && share !== 'UNCONDITIONAL' && (
            <Form.Item name="shareCondition" label={t('dataResource.shareCondition')} rules={required}><Input style={{ width: 480 }} /></Form.Item>
          )}
        </Space>
        <Space wrap align="start">
          <Form.Item name="openType" label={t('dataResource.openType')} rules={required}><Select style={{ width: 160 }} options={options(OPEN_TYPES, 'openTypes')} /></Form.Item>
          {open && open !== 'OPEN' && (
            <Form.Item name="openCondition" label={t('dataResource.openCondition')} rules={required}><Input style={{ width: 480 }} /></Form.Item>
          )}
        </Space>
        <Typography.Title level={5}>{t('dataResource.fields')}</Typography.Title>
        <Form.List name="fields">
          {(items, { add, remove }) => (
            <>
              {items.map((it, i) => (
                <Space key={it.key} wrap align="start">
                  <Form.Item name={[it.name, 'name']} label={`${t('dataResource.fieldName')} ${i + 1}`} rules={required}><Input style={{ width: 160 }} /></Form.Item>
                  <Form.Item name={[it.name, 'type']} label={t('dataResource.fieldType')} rules={required}>
                    <Select style={{ width: 120 }} options={FIELD_TYPES.map((x) => ({ value: x, label: x }))} />
                  </Form.Item>
                  <Form.Item name={[it.name, 'sensitivity']} label={t('dataResource.sensitivity')} rules={required}>
                    <Select style={{ width: 130 }} options={options(SENSITIVITIES, 'sensitivities')} />
                  </Form.Item>
                  <Form.Item name={[it.name, 'mask']} label={t('dataResource.mask')} extra={i === 0 ? t('dataResource.maskHelp') : undefined}><Input style={{ width: 160 }} /></Form.Item>
                  <Form.Item label=" "><Button onClick={() => remove(it.name)} disabled={items.length === 1}>{t('dataResource.removeField')}</Button></Form.Item>
                </Space>
              ))}
              <Button onClick={() => add({ name: '', type: 'STRING', sensitivity: 'PUBLIC' })}>{t('dataResource.addField')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
