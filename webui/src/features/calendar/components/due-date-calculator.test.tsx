import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DueDateCalculator } from './due-date-calculator';
import { CONFIG, renderWithApp, stubFetch } from '../../../testing/render';

const RESULT = {
  start: '2026-09-28',
  days: 5,
  unit: 'WORKING',
  countStartDay: false,
  dueDate: '2026-10-10',
  provisional: false,
  skippedDays: 7,
  rule: '自2026-09-28次日起算5个工作日，跳过周末和法定节假日7天，调休上班日计入，截止2026-10-10',
  ruleEn: '5 working days …',
  explanation: [
    { date: '2026-09-28', counted: false, kind: 'WORKDAY', role: 'START' },
    { date: '2026-09-29', counted: true, ordinal: 1, kind: 'WORKDAY', role: 'COUNTED' },
    { date: '2026-10-01', counted: false, kind: 'HOLIDAY', holidayName: '国庆节', role: 'SKIPPED' },
    { date: '2026-10-10', counted: true, ordinal: 5, kind: 'MAKEUP_WORKDAY', holidayName: '国庆节', role: 'COUNTED' },
  ],
};

describe('DueDateCalculator', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the API and shows the due date with the skipped holidays', async () => {
    const calls = stubFetch({
      '/api/v1/config': () => ({ body: CONFIG }),
      '/api/v1/calendar/due-date': () => ({ body: RESULT }),
    });
    renderWithApp(<DueDateCalculator />);
    await userEvent.clear(screen.getByTestId('days-input'));
    await userEvent.type(screen.getByTestId('days-input'), '5');
    await userEvent.click(screen.getByRole('button', { name: /计算截止日期/ }));
    expect(await screen.findByTestId('due-date-value')).toHaveTextContent('2026-10-10');
    expect(screen.getByTestId('skipped-days')).toHaveTextContent('国庆节');
    expect(screen.getByText(RESULT.rule)).toBeInTheDocument();
    const call = calls.find((c) => c.startsWith('/api/v1/calendar/due-date'));
    expect(call).toContain('days=5');
    expect(call).toContain('unit=WORKING');
    expect(call).toContain('countStartDay=false');
  });

  it('shows the field the API rejected', async () => {
    stubFetch({
      '/api/v1/config': () => ({ body: CONFIG }),
      '/api/v1/calendar/due-date': () => ({
        status: 400,
        body: { status: 400, title: 'Invalid request', errors: [{ field: 'days', message: 'must be between 1 and 366' }] },
      }),
    });
    renderWithApp(<DueDateCalculator />);
    await userEvent.click(screen.getByRole('button', { name: /计算截止日期/ }));
    await waitFor(() => expect(screen.getByText('must be between 1 and 366')).toBeInTheDocument());
  });

  it('warns when a year has no official list yet', async () => {
    stubFetch({
      '/api/v1/config': () => ({ body: CONFIG }),
      '/api/v1/calendar/due-date': () => ({ body: { ...RESULT, provisional: true } }),
    });
    renderWithApp(<DueDateCalculator />);
    await userEvent.click(screen.getByRole('button', { name: /计算截止日期/ }));
    expect(await screen.findByText(/尚未发布/)).toBeInTheDocument();
  });
});
