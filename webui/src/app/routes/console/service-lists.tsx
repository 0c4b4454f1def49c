import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { RuleName } from '../../../components/rule-name';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useDepartments, useNames } from '../../../lib/reference-data';
import {
  KINDS, POWER_CATEGORIES, useServiceEntries, useServiceListAction, useServiceLists, type Kind, type ServiceEntry, type ServiceList,
} from '../../../features/servicelist/api/servicelist';

/**
 * 政务服务清单 (R35): the legal section keeps the list of powers, the list of public services and the service guides;
 * each change waits in the version being edited until the list is drafted, reviewed and published again (within 20
 * working days of the first change: the R35-LIST clock).
 */
export function ServiceListsConsolePage() {
  const { t } = useTranslation();
  const lists = useServiceLists();
  const [kind, setKind] = useState<Kind>('GUIDE');
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.serviceLists')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('serviceList.note')}</Typography.Paragraph>
      <Card loading={lists.isLoading}>
        <Tabs activeKey={kind} onChange={(k) => setKind(k as Kind)}
          items={KINDS.map((k) => ({ key: k, label: t(`serviceList.kinds.${k}`), children: <KindPanel kind={k} list={(lists.data ?? []).find((l) => l.kind === k)} /> }))} />
      </Card>
    </>
  );
}

function KindPanel({ kind, list }: { kind: Kind; list?: ServiceList }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const navigate = useNavigate();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(0);
  const entries = useServiceEntries(kind, { q, page });
  const action = useServiceListAction();
  const [editing, setEditing] = useState<ServiceEntry | 'new'>();
  const [retiring, setRetiring] = useState<ServiceEntry>();
  const [reason, setReason] = useState('');
  const legal = (me?.roles ?? []).some((r) => r === 'legal' || r === 'office' || r === 'office-head');
  const err = action.error instanceof ApiError ? action.error : undefined;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {err && !editing && <Alert type="error" showIcon message={err.problem?.title ?? t('common.error')} description={err.message} />}
      {list && (
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={t('serviceList.status')} data-testid={`service-status-${kind}`}>
          <Descriptions.Item label={t('serviceList.publishedVersion')}>
            {(list.publishedVersion ?? 0) > 0 ? t('serviceList.versionLabel', { version: list.publishedVersion, date: list.versions?.[0]?.publishedOn ?? '' }) : t('serviceList.publishedNone')}
          </Descriptions.Item>
          <Descriptions.Item label={t('serviceList.pendingChanges')}>{list.pendingChanges}</Descriptions.Item>
          <Descriptions.Item label={t('serviceList.item')}>
            {list.itemId ? <Space><Link to={`/console/items/${list.itemId}`}>#{list.itemId}</Link>{list.itemState && <Tag>{t(`itemState.${list.itemState}`)}</Tag>}</Space> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('serviceList.due')}>
            {list.obligation ? <Space><RuleName id={list.obligation.ruleId} /><span>{list.obligation.dueDate}</span><StatusTag status={list.obligation.status} /></Space> : '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
      {list?.itemId && list.changedSinceDrafted && list.itemState !== 'PUBLISHED' && <Alert type="warning" showIcon message={t('serviceList.changedSinceDrafted')} />}
      <Space wrap>
        <Input.Search allowClear aria-label={t('serviceList.search')} placeholder={t('serviceList.search')} style={{ width: 260 }}
          onSearch={(v) => { setQ(v.trim() || undefined); setPage(0); }} />
        {legal && <Button type="primary" onClick={() => setEditing('new')} data-testid={`service-add-${kind}`}>{t('serviceList.add')}</Button>}
        {legal && (
          <>
            <Input aria-label={t('serviceList.draftReason')} placeholder={t('serviceList.draftReason')} style={{ width: 320 }} value={reason} onChange={(e) => setReason(e.target.value)} />
            <Button data-testid={`service-draft-${kind}`} onClick={() => action.mutate({ path: `/${kind}/list-item`, body: { reason: reason || undefined } },
              { onSuccess: (d) => navigate(`/console/items/${(d as { id: number }).id}`) })}>{t('serviceList.draft')}</Button>
          </>
        )}
      </Space>
      <Table<ServiceEntry> rowKey="id" dataSource={entries.data?.items ?? []} loading={entries.isFetching} scroll={{ x: 800 }} data-testid={`service-table-${kind}`}
        pagination={{ current: page + 1, pageSize: 20, total: entries.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
        columns={[
          { title: t('serviceList.code'), dataIndex: 'code' },
          { title: t('serviceList.name'), dataIndex: 'name' },
          { title: t('serviceList.category'), dataIndex: 'category' },
          { title: t('serviceList.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
          { title: t('item.state'), render: (_, e) => (e.published ? <Tag color="green">{t('serviceList.published')}</Tag> : <Tag color="orange">{t('serviceList.pending')}</Tag>) },
          ...(legal ? [{
            title: '', key: 'actions', render: (_: unknown, e: ServiceEntry) => (
              <Space>
                <Button size="small" onClick={() => setEditing(e)}>{t('serviceList.edit')}</Button>
                <Button size="small" danger onClick={() => setRetiring(e)}>{t('serviceList.retire')}</Button>
              </Space>
            ),
          }] : []),
        ]} />
      {editing && <EntryForm kind={kind} entry={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
      {retiring && <RetireDialog kind={kind} entry={retiring} onClose={() => setRetiring(undefined)} />}
    </Space>
  );
}

function EntryForm({ kind, entry, onClose }: { kind: Kind; entry?: ServiceEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const departments = useDepartments();
  const action = useServiceListAction();
  const [form] = Form.useForm();
  const required = [{ required: true, message: t('form.required') }];
  const err = action.error instanceof ApiError ? action.error : undefined;
  const save = (v: Record<string, unknown>) => action.mutate(
    entry ? { path: `/${kind}/entries/${encodeURIComponent(entry.code ?? '')}`, body: { ...v, code: entry.code }, method: 'PUT' } : { path: `/${kind}/entries`, body: v },
    {
      onSuccess: onClose,
      onError: (e) => {
        if (e instanceof ApiError) form.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => ({ name: name as never, errors: [msg] })));
      },
    },
  );
  const initial = entry ? { ...entry, materials: (entry.materials ?? []).join('\n') } : { departmentCode: 'ZCFG' };
  const text = (name: string, rows = 2, rules = required, extra?: string) => (
    <Form.Item name={name} label={t(`serviceList.${name}`)} rules={rules} extra={extra}><Input.TextArea rows={rows} /></Form.Item>
  );
  return (
    <Modal open title={entry ? `${t('serviceList.edit')}：${entry.name}` : t('serviceList.add')} onCancel={onClose} width={720}
      okText={t('serviceList.save')} okButtonProps={{ 'data-testid': 'service-save' } as never} onOk={() => form.submit()} confirmLoading={action.isPending} destroyOnClose>
      {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save}>
        <Space wrap align="start">
          <Form.Item name="code" label={t('serviceList.code')} rules={required}><Input style={{ width: 160 }} disabled={!!entry} /></Form.Item>
          <Form.Item name="name" label={t('serviceList.name')} rules={required}><Input style={{ width: 280 }} /></Form.Item>
          <Form.Item name="category" label={t('serviceList.category')} rules={required}>
            {kind === 'POWER' ? <Select style={{ width: 160 }} options={POWER_CATEGORIES.map((c) => ({ value: c, label: c }))} /> : <Input style={{ width: 160 }} />}
          </Form.Item>
          <Form.Item name="departmentCode" label={t('serviceList.department')} rules={required}>
            <Select style={{ width: 180 }} options={(departments.data ?? []).map((d) => ({ value: d.code, label: names.department(d.code) }))} />
          </Form.Item>
        </Space>
        {text('legalBasis')}
        {kind === 'POWER' && (<>
          {text('responsibility')}
          {text('accountability')}
          <Form.Item name="supervisionPhone" label={t('serviceList.supervisionPhone')}><Input style={{ width: 200 }} /></Form.Item>
        </>)}
        {kind === 'PUBLIC_SERVICE' && (<>
          <Form.Item name="serviceObject" label={t('serviceList.serviceObject')} rules={required}><Input /></Form.Item>
          {text('channel')}
          <Form.Item name="fee" label={t('serviceList.fee')} extra={t('serviceList.feeHelp')}><Input /></Form.Item>
        </>)}
        {kind === 'GUIDE' && (<>
          <Form.Item name="serviceCode" label={t('serviceList.serviceCode')}><Input style={{ width: 200 }} /></Form.Item>
          {text('conditions')}
          {text('materials', 4, required, t('serviceList.materialsHelp'))}
          {text('procedure')}
          <Space wrap align="start">
            <Form.Item name="statutoryDays" label={t('serviceList.statutoryDays')} rules={required}><InputNumber min={1} max={365} /></Form.Item>
            <Form.Item name="promisedDays" label={t('serviceList.promisedDays')}><InputNumber min={1} max={365} /></Form.Item>
            <Form.Item name="phone" label={t('serviceList.phone')} rules={required}><Input style={{ width: 180 }} /></Form.Item>
          </Space>
          <Form.Item name="venue" label={t('serviceList.venue')} rules={required}><Input /></Form.Item>
          <Form.Item name="hours" label={t('serviceList.hours')} rules={required}><Input /></Form.Item>
          <Form.Item name="onlineUrl" label={t('serviceList.onlineUrl')}><Input /></Form.Item>
          <Form.Item name="fee" label={t('serviceList.fee')} extra={t('serviceList.feeHelp')}><Input /></Form.Item>
        </>)}
      </Form>
    </Modal>
  );
}

function RetireDialog({ kind, entry, onClose }: { kind: Kind; entry: ServiceEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const action = useServiceListAction();
  const [reason, setReason] = useState('');
  const err = action.error instanceof ApiError ? action.error : undefined;
  return (
    <Modal open title={t('serviceList.retireTitle', { name: entry.name })} onCancel={onClose} okButtonProps={{ danger: true, disabled: !reason.trim() }}
      okText={t('serviceList.retire')} confirmLoading={action.isPending}
      onOk={() => action.mutate({ path: `/${kind}/entries/${encodeURIComponent(entry.code ?? '')}/retirement`, body: { reason } }, { onSuccess: onClose })}>
      {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.message} />}
      <Input.TextArea rows={3} aria-label={t('serviceList.retireReason')} placeholder={t('serviceList.retireReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}
