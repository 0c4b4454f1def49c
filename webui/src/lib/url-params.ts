import { useSearchParams } from 'react-router-dom';

/** Page state in the URL (stable, shareable links): read a parameter, set one (any change but the page resets to page 1). */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value?: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    if (key !== 'page') p.delete('page');
    setParams(p);
  };
  return { params, set };
}
