import type { TextSegment } from '../api/portal';

/** Server-marked search matches, rendered as text: no HTML from the server is ever injected. */
export function Highlighted({ segments, fallback }: { segments?: TextSegment[]; fallback?: string }) {
  if (!segments?.length) return <>{fallback}</>;
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="gk-hit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
