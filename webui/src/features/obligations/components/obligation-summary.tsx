import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ObligationStatus } from '../api/obligations';
import { useObligationSummary } from '../api/obligations';

/** Counts for the console's home page: what is due soon, what is overdue, what was met late. */
export function ObligationSummary({ department }: { department?: string }) {
  const { t } = useTranslation();
  const { data, isLoading } = useObligationSummary(department);
  // each counter opens its list (issue 16); colours dark enough to read (4.5:1)
  const items: { key: keyof NonNullable<typeof data>; status: ObligationStatus; color?: string }[] = [
    { key: 'dueSoon', status: 'DUE_SOON', color: '#ad4e00' },
    { key: 'overdue', status: 'OVERDUE', color: '#a8071a' },
    { key: 'open', status: 'OPEN' },
    { key: 'paused', status: 'PAUSED' },
    { key: 'metLate', status: 'MET_LATE', color: '#9e1068' },
    { key: 'cutShort', status: 'CUT_SHORT', color: '#9e1068' },
    { key: 'met', status: 'MET', color: '#237804' },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="obligation-summary">
      {items.map((i) => (
        <Col xs={12} sm={8} lg={3} key={i.key}>
          <Link to={`/console/obligations?status=${i.status}`} data-testid={`summary-${i.status}`} aria-label={`${t(`obligations.summary.${i.key}`)} ${data?.[i.key] ?? 0}`}>
            <Card size="small" loading={isLoading} hoverable>
              <Statistic title={t(`obligations.summary.${i.key}`)} value={data?.[i.key] ?? 0} valueStyle={i.color ? { color: i.color } : undefined} />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
