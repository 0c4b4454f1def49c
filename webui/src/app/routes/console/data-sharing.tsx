import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/chart';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import {
  useCalls, useConsumers, useDailyCalls, useGrants, useInbound, useOutbound, useSharingAction, useSystems,
  type DataCall, type DataGrant, type DataRequestIn, type DataRequestOut,
} from '../../../features/dataresource/api/sharing';

type Dialog =
  | { kind: 'ask' }
  | { kind: 'grant' }
  | { kind: 'system' }
  | { kind: 'consumer' }
  | { kind: 'inbound' }
  | { kind: 'revoke'; grant: DataGrant }
  | { kind: 'return'; request: DataRequestOut; step: 'head-approval' | 'leader-approval' }
  | { kind: 'answer'; request: DataRequestOut }
  | { kind: 'opinion'; request: DataRequestIn }
  | { kind: 'decide'; request: DataRequestIn };

const list = (s?: string) => (s ?? '').split(/[,，、\s]+/).map((x) => x.trim()).filter(Boolean);

/**
 * 数据共享 (R40–R43): the requests both ways through the city platform, and — for the info section, the office and the
 * leaders — the grants, the call log with its chart (and the same as a table), the systems and the consumer systems.
 * Only the info section gives, revokes, submits and decides.
 */
export function DataSharingConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const roles = me?.roles ?? [];
  const info = roles.includes('info-section');
  const oversees = info || roles.some((r) => r === 'office' || r === 'office-head' || r === 'leader' || r === 'admin');
  const [tab, setTab] = useState('outbound');
  const [pages, setPages] = useState({ out: 0, in: 0, grants: 0, calls: 0 });
  const [refusedOnly, setRefusedOnly] = useState(false);
  const outbound = useOutbound(pages.out);
  const inbound = useInbound(pages.in);
  const grants = useGrants(pages.grants, oversees && tab === 'grants');
  const calls = useCalls({ refused: refusedOnly, page: pages.calls }, oversees && tab === 'calls');
  const daily = useDailyCalls(30, oversees && tab === 'calls');
  const systems = useSystems(oversees && tab === 'systems');
  const consumers = useConsumers(oversees && (tab === 'systems' || tab === 'grants'));
  const action = useSharingAction();
  const [dialog, setDialog] = useState<Dialog>();
  const [form] = Form.useForm();
  const err = action.error instanceof ApiError ? action.error : undefined;
  const fieldErrors = (name: string) => err?.problem?.errors?.filter((e) => e.field === name || e.field?.startsWith(`${name}[`)).map((e) => e.message).join('；');

  const close = () => { setDialog(undefined); form.resetFields(); action.reset(); };
  const send = (path: string, body?: object) => action.mutate({ path, body }, { onSuccess: close });
  const submitDialog = (v: Record<string, string | number | boolean | undefined>) => {
    if (!dialog) return;
    switch (dialog.kind) {
      case 'ask':
        return send('/api/v1/data-requests/outbound', { ...v, fields: list(v.fields as string) });
      case 'grant':
        return send('/api/v1/data-sharing/grants', { ...v, fields: list(v.fields as string) });
      case 'system':
        return send('/api/v1/data-sharing/systems', v);
      case 'consumer':
        return send('/api/v1/data-sharing/consumers', v);
      case 'inbound':
        return send('/api/v1/data-requests/inbound', { ...v, fields: list(v.fields as string), previousRef: v.previousRef || undefined });
      case 'revoke':
        return send(`/api/v1/data-sharing/grants/${dialog.grant.id}/revocation`, v);
      case 'return':
        return send(`/api/v1/data-requests/outbound/${dialog.request.id}/${dialog.step}`, { approve: false, reason: v.reason });
      case 'answer':
        return send(`/api/v1/data-requests/outbound/${dialog.request.id}/answer`, { granted: !!v.granted, answer: v.answer });
      case 'opinion':
        return send(`/api/v1/data-requests/inbound/${dialog.request.id}/opinion`, v);
      case 'decide':
        return send(`/api/v1/data-requests/inbound/${dialog.request.id}/decision`, { grant: !!v.grant, reasons: v.reasons || undefined, dailyQuota: v.dailyQuota || undefined });
    }
  };

  const byDay = useMemo(() => {
    const m = new Map<string, { calls: number; refused: number }>();
    for (const d of daily.data ?? []) {
      const x = m.get(d.day ?? '') ?? { calls: 0, refused: 0 };
      x.calls += d.calls ?? 0;
      x.refused += d.refused ?? 0;
      m.set(d.day ?? '', x);
    }
    return [...m.entries()];
  }, [daily.data]);
  const option: ChartOption = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { data: [t('sharing.calls'), t('sharing.refused')] },
    grid: { left: 40, right: 16, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: byDay.map(([d]) => d.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('sharing.calls'), type: 'bar', data: byDay.map(([, v]) => v.calls - v.refused), stack: 'all', itemStyle: { color: '#1668dc' } },
      { name: t('sharing.refused'), type: 'bar', data: byDay.map(([, v]) => v.refused), stack: 'all', itemStyle: { color: '#cf1322' } },
    ],
  }), [byDay, t]);

  const outState = (s?: string) => <Tag color={s === 'GRANTED' ? 'green' : s === 'REFUSED' || s === 'RETURNED' ? 'red' : 'blue'}>{t(`sharing.outState.${s}`)}</Tag>;
  const inState = (s?: string) => <Tag color={s === 'GRANTED' ? 'green' : s === 'REFUSED' ? 'red' : 'blue'}>{t(`sharing.inState.${s}`)}</Tag>;

  const outTab = (
    <Card>
      {roles.some((r) => r === 'staff' || r === 'department-head' || r === 'office') && (
        <Button type="primary" style={{ marginBottom: 16 }} data-testid="sharing-ask" onClick={() => setDialog({ kind: 'ask' })}>{t('sharing.ask')}</Button>
      )}
      <Table<DataRequestOut> rowKey="id" dataSource={outbound.data?.items ?? []} loading={outbound.isFetching} scroll={{ x: 900 }} data-testid="sharing-outbound"
        pagination={{ current: pages.out + 1, pageSize: 20, total: outbound.data?.total ?? 0, onChange: (p) => setPages({ ...pages, out: p - 1 }) }}
        expandable={{ expandedRowRender: (r) => (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('sharing.scope')}：{r.scope}<br />{t('sharing.purpose')}：{r.purpose}<br />{t('sharing.security')}：{r.security}
            {r.returnedReason && <><br />{t('sharing.returnedReason')}：{r.returnedReason}</>}
            {r.answer && <><br />{t('sharing.answer')}：{r.answer}</>}
          </Typography.Paragraph>
        ) }}
        columns={[
          { title: '#', dataIndex: 'id', width: 60 },
          { title: t('sharing.department'), dataIndex: 'departmentCode', width: 90 },
          { title: t('sharing.providerBody'), dataIndex: 'providerBody' },
          { title: t('sharing.resourceName'), dataIndex: 'resourceName' },
          { title: t('sharing.period'), key: 'p', render: (_, r) => `${r.periodFrom} – ${r.periodTo}` },
          { title: t('sharing.state'), dataIndex: 'state', render: outState },
          { title: t('sharing.platformRef'), dataIndex: 'platformRef' },
          { title: t('sharing.actions'), key: 'a', render: (_, r) => (
            <Space wrap>
              {r.state === 'PENDING_HEAD' && roles.includes('department-head') && me?.department === r.departmentCode && <>
                <Button size="small" onClick={() => send(`/api/v1/data-requests/outbound/${r.id}/head-approval`, { approve: true })}>{t('sharing.approve')}</Button>
                <Button size="small" danger onClick={() => setDialog({ kind: 'return', request: r, step: 'head-approval' })}>{t('sharing.return')}</Button>
              </>}
              {r.state === 'PENDING_LEADER' && roles.includes('leader') && <>
                <Button size="small" onClick={() => send(`/api/v1/data-requests/outbound/${r.id}/leader-approval`, { approve: true })}>{t('sharing.approve')}</Button>
                <Button size="small" danger onClick={() => setDialog({ kind: 'return', request: r, step: 'leader-approval' })}>{t('sharing.return')}</Button>
              </>}
              {r.state === 'APPROVED' && info && <Button size="small" type="primary" onClick={() => send(`/api/v1/data-requests/outbound/${r.id}/submission`)}>{t('sharing.submit')}</Button>}
              {r.state === 'SUBMITTED' && info && <Button size="small" onClick={() => setDialog({ kind: 'answer', request: r })}>{t('sharing.recordAnswer')}</Button>}
            </Space>
          ) },
        ]} />
    </Card>
  );

  const inTab = (
    <Card>
      {info && <Button style={{ marginBottom: 16 }} onClick={() => setDialog({ kind: 'inbound' })}>{t('sharing.registerInbound')}</Button>}
      <Table<DataRequestIn> rowKey="id" dataSource={inbound.data?.items ?? []} loading={inbound.isFetching} scroll={{ x: 900 }} data-testid="sharing-inbound"
        pagination={{ current: pages.in + 1, pageSize: 20, total: inbound.data?.total ?? 0, onChange: (p) => setPages({ ...pages, in: p - 1 }) }}
        expandable={{ expandedRowRender: (r) => (
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
            {t('sharing.fields')}：{r.fields}<br />{t('sharing.purpose')}：{r.purpose ?? '—'}<br />{t('sharing.security')}：{r.security ?? '—'}
            {r.opinion && <><br />{t('sharing.opinion')}：{r.opinion}</>}
            {r.reasons && <><br />{t('sharing.reasons')}：{r.reasons}</>}
          </Typography.Paragraph>
        ) }}
        columns={[
          { title: t('sharing.platformRef'), dataIndex: 'platformRef' },
          { title: t('sharing.requesterBody'), dataIndex: 'requesterBody' },
          { title: t('sharing.resource'), dataIndex: 'resourceCode' },
          { title: t('sharing.state'), dataIndex: 'state', render: inState },
          { title: t('sharing.receivedAt'), dataIndex: 'receivedAt', render: (v?: string) => v?.slice(0, 10) },
          { title: t('sharing.actions'), key: 'a', render: (_, r) => r.state === 'UNDER_REVIEW' && (
            <Space wrap>
              {(info || me?.department === r.departmentCode) && <Button size="small" onClick={() => setDialog({ kind: 'opinion', request: r })}>{t('sharing.giveOpinion')}</Button>}
              {info && <Button size="small" type="primary" onClick={() => setDialog({ kind: 'decide', request: r })}>{t('sharing.decide')}</Button>}
            </Space>
          ) },
        ]} />
    </Card>
  );

  const grantTab = (
    <Card>
      {info && <Button type="primary" style={{ marginBottom: 16 }} data-testid="sharing-grant" onClick={() => setDialog({ kind: 'grant' })}>{t('sharing.grant')}</Button>}
      <Table<DataGrant> rowKey="id" dataSource={grants.data?.items ?? []} loading={grants.isFetching} scroll={{ x: 900 }} data-testid="sharing-grants"
        pagination={{ current: pages.grants + 1, pageSize: 20, total: grants.data?.total ?? 0, onChange: (p) => setPages({ ...pages, grants: p - 1 }) }}
        columns={[
          { title: t('sharing.consumer'), key: 'c', render: (_, g) => <>{g.body}<br /><Typography.Text type="secondary">{g.clientId}</Typography.Text></> },
          { title: t('sharing.resource'), dataIndex: 'resourceCode' },
          { title: t('sharing.fields'), dataIndex: 'fields', render: (f?: string[]) => f?.join('、') },
          { title: t('sharing.dailyQuota'), dataIndex: 'dailyQuota', width: 90 },
          { title: t('sharing.expiresOn'), dataIndex: 'expiresOn', width: 110 },
          { title: t('sharing.state'), dataIndex: 'state', render: (s?: string) => <Tag color={s === 'ACTIVE' ? 'green' : 'default'}>{t(`sharing.grantState.${s}`)}</Tag> },
          { title: t('sharing.actions'), key: 'a', render: (_, g) => info && g.state === 'ACTIVE'
            && <Button size="small" danger onClick={() => setDialog({ kind: 'revoke', grant: g })}>{t('sharing.revoke')}</Button> },
        ]} />
    </Card>
  );

  const callTab = (
    <Card>
      <Typography.Title level={5}>{t('sharing.dailyTitle')}</Typography.Title>
      {byDay.length > 0 ? <Chart option={option} label={t('sharing.dailyTitle')} /> : <Typography.Paragraph type="secondary">{t('sharing.noCalls')}</Typography.Paragraph>}
      <Table rowKey={(d) => `${d.day}-${d.resource}`} size="small" dataSource={daily.data ?? []} pagination={false} data-testid="sharing-daily"
        caption={t('sharing.dailyTable')} style={{ marginBottom: 24 }}
        columns={[
          { title: t('sharing.day'), dataIndex: 'day' },
          { title: t('sharing.resource'), dataIndex: 'resource' },
          { title: t('sharing.calls'), dataIndex: 'calls' },
          { title: t('sharing.records'), dataIndex: 'records' },
          { title: t('sharing.refused'), dataIndex: 'refused' },
        ]} />
      <Checkbox checked={refusedOnly} onChange={(e) => { setRefusedOnly(e.target.checked); setPages({ ...pages, calls: 0 }); }} style={{ marginBottom: 12 }}>
        {t('sharing.refusedOnly')}
      </Checkbox>
      <Table<DataCall> rowKey="id" dataSource={calls.data?.items ?? []} loading={calls.isFetching} scroll={{ x: 900 }} data-testid="sharing-calls"
        pagination={{ current: pages.calls + 1, pageSize: 20, total: calls.data?.total ?? 0, onChange: (p) => setPages({ ...pages, calls: p - 1 }) }}
        columns={[
          { title: t('sharing.calledAt'), dataIndex: 'calledAt', render: (v?: string) => v?.replace('T', ' ').slice(0, 19) },
          { title: t('sharing.consumer'), dataIndex: 'clientId' },
          { title: t('sharing.resource'), dataIndex: 'resourceCode' },
          { title: t('sharing.fields'), dataIndex: 'fields' },
          { title: t('sharing.records'), dataIndex: 'records', width: 80 },
          { title: t('sharing.status'), dataIndex: 'status', width: 80, render: (s?: number) => <Tag color={(s ?? 0) >= 400 ? 'red' : 'green'}>{s}</Tag> },
          { title: t('sharing.outcome'), dataIndex: 'outcome' },
        ]} />
    </Card>
  );

  const systemTab = (
    <Card>
      {info && (
        <Space style={{ marginBottom: 16 }}>
          <Button onClick={() => setDialog({ kind: 'system' })}>{t('sharing.registerSystem')}</Button>
          <Button onClick={() => setDialog({ kind: 'consumer' })}>{t('sharing.registerConsumer')}</Button>
        </Space>
      )}
      <Typography.Title level={5}>{t('sharing.systems')}</Typography.Title>
      <Table rowKey="name" size="small" dataSource={systems.data ?? []} pagination={false} style={{ marginBottom: 24 }}
        columns={[{ title: t('sharing.systemName'), dataIndex: 'name' }, { title: t('sharing.endpoint'), dataIndex: 'endpoint' }, { title: t('sharing.registeredBy'), dataIndex: 'registeredBy' }]} />
      <Typography.Title level={5}>{t('sharing.consumers')}</Typography.Title>
      <Table rowKey="clientId" size="small" dataSource={consumers.data ?? []} pagination={false}
        columns={[{ title: t('sharing.body'), dataIndex: 'body' }, { title: t('sharing.clientId'), dataIndex: 'clientId' }, { title: t('sharing.contact'), dataIndex: 'contact' }]} />
    </Card>
  );

  const text = (name: string, label: string, required = true, area = false) => (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, message: t('sharing.required') }] : []}
      validateStatus={fieldErrors(name) ? 'error' : undefined} help={fieldErrors(name)}>
      {area ? <Input.TextArea rows={2} /> : <Input />}
    </Form.Item>
  );
  const date = (name: string, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('sharing.required') }]} validateStatus={fieldErrors(name) ? 'error' : undefined} help={fieldErrors(name)}>
      <Input type="date" />
    </Form.Item>
  );
  const body = () => {
    switch (dialog?.kind) {
      case 'ask': return <>{text('providerBody', t('sharing.providerBody'))}{text('resourceName', t('sharing.resourceName'))}{text('fields', t('sharing.fieldsHint'), false)}
        {text('scope', t('sharing.scope'), true, true)}{text('purpose', t('sharing.purpose'), true, true)}{text('security', t('sharing.security'), true, true)}
        {date('periodFrom', t('sharing.periodFrom'))}{date('periodTo', t('sharing.periodTo'))}</>;
      case 'grant': return <>{text('clientId', t('sharing.clientId'))}{text('resourceCode', t('sharing.resource'))}{text('fields', t('sharing.fieldsHint'))}
        <Form.Item name="dailyQuota" label={t('sharing.dailyQuota')} rules={[{ required: true, message: t('sharing.required') }]} help={fieldErrors('dailyQuota')}><InputNumber min={1} /></Form.Item>
        {date('expiresOn', t('sharing.expiresOn'))}{text('basis', t('sharing.basis'))}</>;
      case 'system': return <>{text('name', t('sharing.systemName'))}{text('endpoint', t('sharing.endpoint'))}</>;
      case 'consumer': return <>{text('clientId', t('sharing.clientId'))}{text('body', t('sharing.body'))}{text('contact', t('sharing.contact'), false)}</>;
      case 'inbound': return <>{text('platformRef', t('sharing.platformRef'))}{text('requesterBody', t('sharing.requesterBody'))}{text('consumerClientId', t('sharing.clientId'))}
        {text('resourceCode', t('sharing.resource'))}{text('fields', t('sharing.fieldsHint'))}{text('purpose', t('sharing.purpose'), false, true)}
        {text('security', t('sharing.security'), false, true)}{date('periodTo', t('sharing.periodTo'))}{text('previousRef', t('sharing.previousRef'), false)}</>;
      case 'revoke': case 'return': return text('reason', t('sharing.reason'), true, true);
      case 'answer': return <><Form.Item name="granted" valuePropName="checked"><Checkbox>{t('sharing.providerGranted')}</Checkbox></Form.Item>{text('answer', t('sharing.answer'), true, true)}</>;
      case 'opinion': return text('opinion', t('sharing.opinion'), true, true);
      case 'decide': return <><Form.Item name="grant" valuePropName="checked"><Checkbox>{t('sharing.grantIt')}</Checkbox></Form.Item>
        <Form.Item name="dailyQuota" label={t('sharing.dailyQuota')}><InputNumber min={1} /></Form.Item>{text('reasons', t('sharing.reasonsHint'), false, true)}</>;
      default: return null;
    }
  };

  const tabs = [
    { key: 'outbound', label: t('sharing.tabOutbound'), children: outTab },
    { key: 'inbound', label: t('sharing.tabInbound'), children: inTab },
    ...(oversees ? [
      { key: 'grants', label: t('sharing.tabGrants'), children: grantTab },
      { key: 'calls', label: t('sharing.tabCalls'), children: callTab },
      { key: 'systems', label: t('sharing.tabSystems'), children: systemTab },
    ] : []),
  ];
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.dataSharing')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sharing.note')}</Typography.Paragraph>
      {err && !dialog && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Tabs activeKey={tab} onChange={setTab} items={tabs} />
      <Modal open={!!dialog} title={dialog ? t(`sharing.dialog.${dialog.kind}`) : ''} onCancel={close} onOk={() => form.submit()} confirmLoading={action.isPending} destroyOnClose
        okText={t('sharing.ok')} cancelText={t('common.cancel')}>
        {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.message} />}
        <Form form={form} layout="vertical" onFinish={submitDialog}>{body()}</Form>
      </Modal>
    </>
  );
}
