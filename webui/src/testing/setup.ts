import '@testing-library/jest-dom/vitest';
import '../lib/i18n';

// Ant Design reads these browser APIs that jsdom lacks (the deploy checks run in node: no window there).
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
  window.getComputedStyle = ((orig) => (elt: Element) => orig(elt))(window.getComputedStyle);
}
