import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Table, Tag } from 'antd';
import { Select } from '../../../components/select';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

type Item = components['schemas']['Item'];
type Page = paths['/api/v1/normative-documents']['get']['responses']['200']['content']['application/json'];
const VALIDITIES = ['VALID', 'AMENDED', 'REPEALED', 'INVALID'] as const;

/** The legal section's clean-up of normative documents: one decision per document (R9). */
export function NormativeCleanup({ canDecide }: { canDecide: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [filter, setFilter] = useState<string>();
  const [choice, setChoice] = useState<Record<number, { validity?: string; note?: string }>>({});
  const list = useQuery({ queryKey: ['normative', filter], queryFn: () => api.get<Page>('/api/v1/normative-documents', { validity: filter, size: 100 }) });
  const decide = useMutation({
    mutationFn: ({ id, validity, note }: { id: number; validity: string; note: string }) => api.post<Item>(`/api/v1/normative-documents/${id}/validity`, { validity, note }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['normative'] });
      void qc.invalidateQueries({ queryKey: ['obligations'] });
    },
  });
  return (
    <Card
      title={t('normative.title')}
      extra={<Select allowClear placeholder={t('item.validity')} style={{ width: 140 }} value={filter} onChange={setFilter} options={VALIDITIES.map((v) => ({ value: v, label: t(`validity.${v}`) }))} />}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('normative.help')} />
      {decide.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={decide.error.message} />}
      <Table<Item>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={false}
        columns={[
          { title: t('item.title'), dataIndex: 'title', render: (v: string, i) => <Link to={`/console/items/${i.id}`}>{v}</Link> },
          { title: t('item.docNumber'), dataIndex: 'docNumber' },
          { title: t('item.validity'), dataIndex: 'validity', render: (v: string) => <Tag color={v === 'VALID' ? 'green' : 'red'}>{t(`validity.${v}`)}</Tag> },
          ...(canDecide
            ? [
                {
                  title: t('normative.decision'),
                  render: (_: unknown, i: Item) => (
                    <Space>
                      <Select style={{ width: 110 }} value={choice[i.id!]?.validity} onChange={(v) => setChoice({ ...choice, [i.id!]: { ...choice[i.id!], validity: v } })} options={VALIDITIES.map((v) => ({ value: v, label: t(`validity.${v}`) }))} />
                      <Input style={{ width: 200 }} placeholder={t('normative.note')} value={choice[i.id!]?.note} onChange={(e) => setChoice({ ...choice, [i.id!]: { ...choice[i.id!], note: e.target.value } })} />
                      <Button
                        disabled={!choice[i.id!]?.validity || !choice[i.id!]?.note?.trim()}
                        loading={decide.isPending}
                        onClick={() => decide.mutate({ id: i.id!, validity: choice[i.id!]!.validity!, note: choice[i.id!]!.note! })}
                      >
                        {t('normative.save')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
