import { screen } from '@testing-library/react';
import { PortalLayout } from './portal-layout';
import { CONFIG, renderWithApp, stubFetch } from '../../../testing/render';

describe('PortalLayout', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the bureau, the navigation, the search box and the guide link in Chinese', async () => {
    stubFetch({ '/api/v1/config': () => ({ body: CONFIG }) });
    renderWithApp(<PortalLayout />);
    expect(await screen.findByTestId('bureau-name')).toHaveTextContent('临沂市教育局');
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(screen.getAllByRole('searchbox').length + screen.getAllByPlaceholderText(/搜索公开信息/).length).toBeGreaterThan(0);
    expect(screen.getByTestId('footer-guide')).toHaveAttribute('href', '/guide');
    expect(screen.getByTestId('footer-guide')).toHaveTextContent('政府信息公开指南');
  });
});
