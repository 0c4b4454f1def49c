import { useEffect, useRef, type ReactNode } from 'react';

/** Moves the keyboard focus (and a screen reader) to what a submitted form produced: the receipt (issue 16). */
export function FocusHere({ children, testId, announce = true }: { children: ReactNode; testId?: string; announce?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role={announce ? 'status' : undefined} className="gk-focus-target" data-testid={testId}>
      {children}
    </div>
  );
}
