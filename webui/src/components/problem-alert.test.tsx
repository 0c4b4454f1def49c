import { screen } from '@testing-library/react';
import { ApiError } from '../lib/api-client';
import { renderWithApp, stubFetch } from '../testing/render';
import { ProblemAlert } from './problem-alert';
import { RuleName } from './rule-name';

beforeEach(() => {
  stubFetch({ '/api/v1/config': () => ({ body: { bureauNameZh: '临沂市教育局', bureauNameEn: 'Linyi', periods: {} } }) });
});

describe('refusals in the page language (issue 16)', () => {
  it('says when to try again after too many submissions, in Chinese, whatever the server wrote', async () => {
    const e = new ApiError(429, { type: 'https://gongkai.example/problems/rate-limited', title: 'Too many requests', status: 429 }, 1200);
    renderWithApp(<ProblemAlert error={e} />);
    expect(await screen.findByText('提交过于频繁')).toBeInTheDocument();
    expect(screen.getByTestId('problem')).toHaveTextContent('20 分钟');
    expect(screen.queryByText('Too many requests')).toBeNull();
  });

  it('asks for the challenge when the network is busy', async () => {
    const e = new ApiError(400, { type: 'https://gongkai.example/problems/challenge-required', title: 'Answer the question first', status: 400 });
    renderWithApp(<ProblemAlert error={e} />);
    expect(await screen.findByText('请先回答验证问题')).toBeInTheDocument();
  });

  it('shows other problems as the server words them', async () => {
    const e = new ApiError(409, { type: 'https://gongkai.example/problems/conflict', title: '状态已改变', detail: 'item 3 is published', status: 409 });
    renderWithApp(<ProblemAlert error={e} />);
    expect(await screen.findByText('状态已改变')).toBeInTheDocument();
  });
});

describe('rule names instead of codes (issue 16)', () => {
  it('names a rule and keeps its code for the tooltip; an unknown code stays as it is', async () => {
    renderWithApp(
      <>
        <RuleName id="OGI-33" />
        <RuleName id="X-99" />
      </>,
    );
    expect(await screen.findByText('申请答复期限')).toHaveAttribute('data-rule', 'OGI-33');
    expect(screen.getByText('X-99')).toBeInTheDocument();
  });
});
