import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useObligationSummary } from '../api/obligations';

/** Counts for the console's home page: what is due soon, what is overdue, what was met late. */
export function ObligationSummary({ department }: { department?: string }) {
  const { t } = useTranslation();
  const { data, isLoading } = useObligationSummary(department);
  const items: { key: keyof NonNullable<typeof data>; color?: string }[] = [
    { key: 'dueSoon', color: '#d48806' },
    { key: 'overdue', color: '#cf1322' },
    { key: 'open' },
    { key: 'paused' },
    { key: 'metLate', color: '#c41d7f' },
    { key: 'cutShort', color: '#c41d7f' },
    { key: 'met', color: '#389e0d' },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="obligation-summary">
      {items.map((i) => (
        <Col xs={12} sm={8} lg={3} key={i.key}>
          <Card size="small" loading={isLoading}>
            <Statistic title={t(`obligations.summary.${i.key}`)} value={data?.[i.key] ?? 0} valueStyle={i.color ? { color: i.color } : undefined} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
