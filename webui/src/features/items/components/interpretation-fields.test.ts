import { describe, expect, it } from 'vitest';
import { fieldPath } from './interpretation-fields';

describe('fieldPath', () => {
  it('turns the server field names of nested errors into form paths', () => {
    expect(fieldPath('title')).toEqual(['title']);
    expect(fieldPath('interpretation.background')).toEqual(['interpretation', 'background']);
    expect(fieldPath('interpretation.media[0].altText')).toEqual(['interpretation', 'media', 0, 'altText']);
    expect(fieldPath('interpretation.interpreters[12].affiliation')).toEqual(['interpretation', 'interpreters', 12, 'affiliation']);
  });
});
