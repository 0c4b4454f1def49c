import { useState } from 'react';
import { Card, Form, Input, Space, Table, Tooltip } from 'antd';
import { RuleName } from '../../../components/rule-name';
import { Select } from '../../../components/select';
import { DateRange } from '../../../components/date-range';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';
import { KINDS, STATUSES, useObligations, type Obligation, type ObligationFilters } from '../api/obligations';
import { dueText, periodText, progressText } from './obligation-format';
import { StatusTag } from './status-tag';
import { useUrlParams } from '../../../lib/url-params';

type Department = components['schemas']['Department'];

/**
 * The department's obligations (the office: every department's) with filters: status, kind, rule, department, due window.
 * Hour clocks show the hours left and their due time; quotas show n of N (issue 10).
 */
export function ObligationsTable({ allDepartments }: { allDepartments: boolean }) {
  const { t, i18n } = useTranslation();
  // a dashboard counter links here with its status (?status=OVERDUE)
  const linked = useUrlParams().params.get('status') as ObligationFilters['status'] | null;
  const [filters, setFilters] = useState<ObligationFilters>({ page: 0, size: 20, sort: 'dueDate,asc', ...(linked && STATUSES.includes(linked as never) ? { status: linked } : {}) });
  const { data, isFetching, error } = useObligations(filters);
  const departments = useQuery({ queryKey: ['departments'], queryFn: () => api.get<Department[]>('/api/v1/departments') });
  const deptName = (code?: string) => {
    const d = departments.data?.find((x) => x.code === code);
    return d ? (i18n.language === 'en' ? d.nameEn : d.nameZh) : code;
  };
  const update = (patch: Partial<ObligationFilters>) => setFilters((f) => ({ ...f, ...patch, page: patch.page ?? 0 }));

  return (
    <Card>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('obligations.filter.status')}>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('common.all')}
            value={filters.status}
            onChange={(v) => update({ status: v })}
            options={STATUSES.map((s) => ({ value: s, label: t(`obligations.status.${s}`) }))}
            data-testid="status-filter"
          />
        </Form.Item>
        <Form.Item label={t('obligations.filter.kind')}>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('common.all')}
            value={filters.kind}
            onChange={(v) => update({ kind: v })}
            options={KINDS.map((k) => ({ value: k, label: t(`obligations.kind.${k}`) }))}
            data-testid="kind-filter"
          />
        </Form.Item>
        <Form.Item label={t('obligations.filter.rule')}>
          <Input.Search allowClear style={{ width: 140 }} placeholder="R8 / OGI-33" onSearch={(v) => update({ rule: v || undefined })} />
        </Form.Item>
        {allDepartments && (
          <Form.Item label={t('obligations.filter.department')}>
            <Select
              allowClear
              style={{ width: 180 }}
              placeholder={t('common.all')}
              value={filters.department}
              onChange={(v) => update({ department: v })}
              options={(departments.data ?? []).map((d) => ({ value: d.code, label: deptName(d.code) }))}
            />
          </Form.Item>
        )}
        <Form.Item label={t('obligations.filter.due')}>
          <DateRange
            onChange={(r: null | (Dayjs | null)[]) =>
              update({ dueFrom: r?.[0]?.format('YYYY-MM-DD') ?? undefined, dueTo: r?.[1]?.format('YYYY-MM-DD') ?? undefined })
            }
          />
        </Form.Item>
      </Form>
      {error && <div role="alert">{error.message}</div>}
      <Table<Obligation>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        onChange={(p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const sort = s?.order ? `${String(s.field)},${s.order === 'descend' ? 'desc' : 'asc'}` : 'dueDate,asc';
          setFilters((f) => ({ ...f, page: (p.current ?? 1) - 1, size: p.pageSize ?? 20, sort }));
        }}
        pagination={{ current: (data?.page ?? 0) + 1, pageSize: data?.size ?? 20, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => t('common.total', { count: n }) }}
        columns={[
          { title: t('obligations.col.title'), dataIndex: 'title', render: (v: string, o) => <Tooltip title={`${o.subjectType} ${o.subjectId}`}>{v}</Tooltip> },
          { title: t('obligations.col.rule'), dataIndex: 'ruleId', sorter: true, render: (v: string) => <RuleName id={v} /> },
          { title: t('obligations.col.department'), dataIndex: 'departmentCode', render: (v: string) => deptName(v) },
          { title: t('obligations.col.responsible'), dataIndex: 'responsiblePerson' },
          { title: t('obligations.col.start'), dataIndex: 'startDate', sorter: true },
          {
            title: t('obligations.col.period'),
            dataIndex: 'days',
            render: (_v: number, o) => periodText(o, t),
          },
          { title: t('obligations.col.due'), dataIndex: 'dueDate', sorter: true, defaultSortOrder: 'ascend', render: (_v: string, o) => dueText(o) },
          {
            title: t('obligations.col.status'),
            dataIndex: 'status',
            render: (v: string, o) => (
              <Space size={4}>
                <StatusTag status={v} />
                {progressText(o, t)}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
