import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EnquiryForm } from './enquiry-form';
import { CONFIG, renderWithApp } from '../../../testing/render';

describe('EnquiryForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the answer to the text challenge with an idempotency key and shows the receipt once', async () => {
    const sent: { headers: Record<string, string>; body: Record<string, unknown> }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(String(input), 'http://localhost');
        const json = (b: unknown, status = 200) => new Response(JSON.stringify(b), { status, headers: { 'Content-Type': 'application/json' } });
        if (url.pathname === '/api/v1/config') return json(CONFIG);
        if (url.pathname === '/api/v1/enquiries/challenge') return json({ id: 'c-1', question: '三加五等于几？请填写阿拉伯数字。', questionEn: 'What is 3 plus 5?' });
        if (url.pathname === '/api/v1/enquiries' && init?.method === 'POST') {
          sent.push({ headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
          return json({ trackingNo: 'ZX2026-000042', queryCode: 'K7QM2P9A', receivedOn: '2026-11-27' }, 201);
        }
        return json({ status: 404 }, 404);
      }),
    );
    renderWithApp(<EnquiryForm />);
    expect(await screen.findByText('三加五等于几？请填写阿拉伯数字。')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('category-select').querySelector('input')!);
    await userEvent.click(await screen.findByText('招生入学'));
    await userEvent.type(screen.getByTestId('enquiry-title'), '入学材料');
    await userEvent.type(screen.getByTestId('enquiry-question'), '需要哪些材料？');
    await userEvent.type(screen.getByTestId('challenge-answer'), '8');
    await userEvent.click(screen.getByTestId('submit-enquiry'));
    await waitFor(() => expect(screen.getByTestId('tracking-no')).toHaveTextContent('ZX2026-000042'));
    expect(screen.getByTestId('query-code')).toHaveTextContent('K7QM2P9A');
    expect(sent).toHaveLength(1);
    expect(sent[0].headers['Idempotency-Key']).toBeTruthy();
    expect(sent[0].body).toMatchObject({ category: 'ENROLMENT', title: '入学材料', challengeId: 'c-1', challengeAnswer: '8', publishable: true });
    expect(within(document.body).queryByTestId('enquiry-form')).toBeNull();
  });
});
