import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProvider } from '../app/provider';

/** Renders an element inside the app's providers and a memory router, with a fresh query client. */
export function renderWithApp(element: ReactElement, path = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return render(
    <AppProvider queryClient={client}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

/** A fetch stub answering by path; unknown paths are 404 problems. */
export function stubFetch(routes: Record<string, (url: URL) => { status?: number; body: unknown }>) {
  const calls: string[] = [];
  const fn = async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    calls.push(url.pathname + url.search);
    const handler = routes[url.pathname];
    const r = handler ? handler(url) : { status: 404, body: { status: 404, title: 'Not found' } };
    return new Response(JSON.stringify(r.body), {
      status: r.status ?? 200,
      headers: { 'Content-Type': (r.status ?? 200) >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  vi.stubGlobal('fetch', vi.fn(fn));
  return calls;
}

export const CONFIG = { bureauNameZh: '临沂市教育局', bureauNameEn: 'Linyi Municipal Education Bureau', oidcAuthority: '', oidcClientId: 'gongkai-web' };
