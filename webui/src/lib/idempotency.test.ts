import { describe, expect, it, vi } from 'vitest';
import { newIdempotencyKey } from './idempotency';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('is a v4 UUID', () => {
    expect(newIdempotencyKey()).toMatch(UUID);
  });

  it('is a v4 UUID without crypto.randomUUID (an insecure context)', () => {
    const real = globalThis.crypto;
    const original = real.randomUUID;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
    try {
      const k = newIdempotencyKey();
      expect(k).toMatch(UUID);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(crypto.randomUUID).toBe(original);
  });
});
