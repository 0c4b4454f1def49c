import { Card, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInterpretationFigures } from '../api/interpretation';

/** The 政策解读 column's figures of the year, as a table (inspections count the share in more than text form). */
export function InterpretationFiguresCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const f = useInterpretationFigures(year);
  return (
    <Card size="small" title={<h2 className="gk-card-heading">{t('interpretation.figures', { year })}</h2>} loading={f.isLoading} data-testid="interpretation-figures">
      {f.data && (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
            <Descriptions.Item label={t('interpretation.total')}>{f.data.total}</Descriptions.Item>
            <Descriptions.Item label={t('interpretation.richForm')}>{`${f.data.richForm}（${f.data.richFormShare}%）`}</Descriptions.Item>
            <Descriptions.Item label={t('interpretation.byHeadCount')}>{f.data.byHead}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="form"
            pagination={false}
            dataSource={f.data.byForm ?? []}
            columns={[
              { title: t('interpretation.form'), dataIndex: 'form', render: (v: string) => t(`interpretationForm.${v}`) },
              { title: t('interpretation.count'), dataIndex: 'count', align: 'right' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
