import { useState } from 'react';
import { Button, Card, Col, Collapse, Input, Row, Space, Table, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../../lib/url-params';
import { useNames } from '../../../lib/reference-data';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { CATEGORIES, useAnswered, useStatistics, type Month } from '../../../features/enquiries/api/enquiries';

/** 留言选登: answered enquiries people allowed to be shown, searchable; the monthly figures. */
export function EnquiriesPage() {
  const { t } = useTranslation();
  const names = useNames();
  const { params, set } = useUrlParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? undefined;
  const page = Number(params.get('page') ?? 0);
  const answered = useAnswered(q, category, page);
  const [year] = useState(new Date().getFullYear());
  const stats = useStatistics(year);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Card
          title={<PageTitle title={t('enquiry.publicTitle')} className="gk-card-title" />}
          extra={
            <Space>
              <Link to="/enquiries/new">
                <Button type="primary" data-testid="new-enquiry">{t('enquiry.new')}</Button>
              </Link>
              <Link to="/enquiries/track">{t('enquiry.track')}</Link>
            </Space>
          }
        >
          <Space wrap style={{ marginBottom: 16 }}>
            <Input.Search defaultValue={q} key={q} allowClear placeholder={t('enquiry.searchPlaceholder')} onSearch={(v) => set('q', v.trim() || undefined)} style={{ width: 280 }} aria-label={t('portal.search')} />
            <Select allowClear placeholder={t('enquiry.category')} aria-label={t('enquiry.categoryFilter')} style={{ width: 180 }} value={category} onChange={(v) => set('category', v)} options={CATEGORIES.map((c) => ({ value: c, label: t(`enquiryCategory.${c}`) }))} />
          </Space>
          <Collapse
            data-testid="answered-list"
            items={(answered.data?.items ?? []).map((e) => ({
              key: e.trackingNo ?? '',
              label: (
                <Space wrap>
                  <b>{e.title}</b>
                  <Tag>{t(`enquiryCategory.${e.category}`)}</Tag>
                  <span className="gk-date">{e.closedOn}</span>
                </Space>
              ),
              children: (
                <>
                  <Typography.Paragraph><b>{t('enquiry.question')}：</b>{e.question}</Typography.Paragraph>
                  <Typography.Paragraph><b>{t('enquiry.answer')}：</b>{e.answer}</Typography.Paragraph>
                  {e.referTo && <Typography.Paragraph type="secondary">{t('enquiry.referTo')}：{e.referTo}</Typography.Paragraph>}
                  <Typography.Text type="secondary">
                    {names.department(e.departmentCode)} · {t('enquiry.receivedOn')} {e.receivedOn} · {t('enquiry.closedOn')} {e.closedOn}
                  </Typography.Text>
                </>
              ),
            }))}
          />
          {(answered.data?.items ?? []).length === 0 && <Typography.Text type="secondary">{t('enquiry.noneAnswered')}</Typography.Text>}
          {(answered.data?.totalPages ?? 0) > 1 && (
            <Space style={{ marginTop: 12 }}>
              <Button disabled={page === 0} onClick={() => set('page', String(page - 1))}>{t('common.previous')}</Button>
              <Button disabled={page + 1 >= (answered.data?.totalPages ?? 0)} onClick={() => set('page', String(page + 1))}>{t('common.next')}</Button>
            </Space>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card title={t('enquiry.stats', { year })}>
          <Table<Month>
            rowKey="month"
            size="small"
            pagination={false}
            loading={stats.isLoading}
            dataSource={(stats.data ?? []).filter((m) => (m.received ?? 0) > 0 || (m.answered ?? 0) > 0)}
            locale={{ emptyText: t('enquiry.noStats') }}
            columns={[
              { title: t('enquiry.month'), dataIndex: 'month', render: (m: number) => t('enquiry.monthN', { m }) },
              { title: t('enquiry.receivedCount'), dataIndex: 'received' },
              { title: t('enquiry.answeredCount'), dataIndex: 'answered' },
              { title: t('enquiry.avgDays'), dataIndex: 'averageWorkingDays', render: (v?: number) => v ?? '—' },
              { title: t('enquiry.onTime'), dataIndex: 'onTimeRate', render: (v?: number) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`) },
            ]}
            data-testid="enquiry-stats"
          />
        </Card>
      </Col>
    </Row>
  );
}
