import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { flatten, useCatalogue, useDepartments, useNames, type CatalogueColumn } from '../../../lib/reference-data';
import { useCatalogueDraft, useCatalogueEdits, useCatalogueVersions, type ColumnRequest } from '../api/catalogue';

/** The office's catalogue editor: open a draft version, add or remove columns, publish it (R6, R7). */
export function CatalogueEditor() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const current = useCatalogue();
  const draft = useCatalogueDraft();
  const versions = useCatalogueVersions();
  const departments = useDepartments();
  const names = useNames();
  const edits = useCatalogueEdits();
  const [reason, setReason] = useState('');
  const [colForm] = Form.useForm<ColumnRequest>();
  const [dutyForm] = Form.useForm<{ description: string; effective: Dayjs }>();
  const shown = draft.data ?? current.data;
  const error = [edits.open, edits.add, edits.remove, edits.publish, edits.dutyChange].map((m) => m.error).find(Boolean);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('catalogueEditor.dutyChange')}>
        <Typography.Paragraph type="secondary">{t('catalogueEditor.dutyChangeHelp')}</Typography.Paragraph>
        <Form form={dutyForm} layout="inline" initialValues={{ effective: dayjs() }} onFinish={(v) => edits.dutyChange.mutate({ description: v.description, effective: v.effective.format('YYYY-MM-DD') }, { onSuccess: () => dutyForm.resetFields() })}>
          <Form.Item name="description" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('catalogueEditor.dutyDescription')} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="effective">
            <DatePicker />
          </Form.Item>
          <Button htmlType="submit" loading={edits.dutyChange.isPending}>
            {t('catalogueEditor.register')}
          </Button>
        </Form>
        {edits.dutyChange.isSuccess && <Alert style={{ marginTop: 12 }} type="success" showIcon message={t('catalogueEditor.registered')} />}
      </Card>
      <Card
        title={
          <Space>
            {t('catalogueEditor.version', { n: shown?.versionNo })}
            <Tag color={draft.data ? 'orange' : 'green'}>{draft.data ? t('catalogueEditor.draft') : t('catalogueEditor.current')}</Tag>
          </Space>
        }
        extra={
          draft.data ? (
            <Button type="primary" onClick={() => edits.publish.mutate()} loading={edits.publish.isPending} data-testid="publish-catalogue">
              {t('catalogueEditor.publish')}
            </Button>
          ) : (
            <Space>
              <Input placeholder={t('catalogueEditor.reason')} value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 240 }} />
              <Button onClick={() => edits.open.mutate(reason)} disabled={!reason.trim()} loading={edits.open.isPending}>
                {t('catalogueEditor.openDraft')}
              </Button>
            </Space>
          )
        }
      >
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={error.message} />}
        <Table<CatalogueColumn & { depth: number }>
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 800 }}
          dataSource={flatten(shown?.columns)}
          columns={[
            { title: t('catalogueEditor.col.name'), render: (_, c) => `${'　'.repeat(c.depth)}${en ? c.nameEn : c.nameZh}` },
            { title: t('catalogueEditor.col.code'), dataIndex: 'code' },
            { title: t('catalogueEditor.col.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
            { title: t('catalogueEditor.col.person'), dataIndex: 'responsiblePerson' },
            { title: t('catalogueEditor.col.updateDays'), dataIndex: 'updateDays', render: (v?: number) => (v ? t('catalogueEditor.every', { count: v }) : '—') },
            ...(draft.data
              ? [{ title: '', render: (_: unknown, c: CatalogueColumn) => <Button size="small" danger onClick={() => edits.remove.mutate(c.code ?? '')}>{t('catalogueEditor.remove')}</Button> }]
              : []),
          ]}
        />
        {draft.data && (
          <Form form={colForm} layout="vertical" style={{ marginTop: 16 }} onFinish={(v) => edits.add.mutate(v, { onSuccess: () => colForm.resetFields() })}>
            <Typography.Title level={5}>{t('catalogueEditor.addColumn')}</Typography.Title>
            <Space wrap align="start">
              <Form.Item name="code" label={t('catalogueEditor.col.code')} rules={[{ required: true, message: t('form.required') }]}><Input style={{ width: 120 }} /></Form.Item>
              <Form.Item name="parentCode" label={t('catalogueEditor.parent')}>
                <Select allowClear style={{ width: 180 }} options={flatten(draft.data.columns).map((c) => ({ value: c.code, label: en ? c.nameEn : c.nameZh }))} />
              </Form.Item>
              <Form.Item name="nameZh" label={t('catalogueEditor.nameZh')} rules={[{ required: true, message: t('form.required') }]}><Input style={{ width: 160 }} /></Form.Item>
              <Form.Item name="nameEn" label={t('catalogueEditor.nameEn')} rules={[{ required: true, message: t('form.required') }]}><Input style={{ width: 160 }} /></Form.Item>
              <Form.Item name="departmentCode" label={t('catalogueEditor.col.department')} rules={[{ required: true, message: t('form.required') }]}>
                <Select style={{ width: 180 }} options={(departments.data ?? []).map((d) => ({ value: d.code, label: en ? d.nameEn : d.nameZh }))} />
              </Form.Item>
              <Form.Item name="responsiblePerson" label={t('catalogueEditor.col.person')} rules={[{ required: true, message: t('form.required') }]}><Input style={{ width: 120 }} /></Form.Item>
              <Form.Item name="updateDays" label={t('catalogueEditor.col.updateDays')}><InputNumber min={1} max={3660} /></Form.Item>
              <Form.Item label=" "><Button htmlType="submit" loading={edits.add.isPending}>{t('catalogueEditor.add')}</Button></Form.Item>
            </Space>
          </Form>
        )}
      </Card>
      <Card title={t('catalogueEditor.versions')}>
        <Table
          rowKey="versionNo"
          size="small"
          pagination={false}
          dataSource={versions.data ?? []}
          columns={[
            { title: t('catalogueEditor.col.version'), dataIndex: 'versionNo' },
            { title: t('catalogueEditor.col.state'), dataIndex: 'state', render: (v: string) => t(`catalogueEditor.state.${v}`) },
            { title: t('catalogueEditor.reason'), dataIndex: 'reason' },
            { title: t('catalogueEditor.col.publishedAt'), dataIndex: 'publishedAt', render: (v?: string) => v?.replace('T', ' ').slice(0, 16) ?? '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
