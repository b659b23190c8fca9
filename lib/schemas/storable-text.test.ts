import { describe, expect, it } from 'vitest';
import { findUnstorableParameter, findUnstorableText, MAX_VALUE_DEPTH, printable, unstorableTextProblem } from './storable-text';

describe('text PostgreSQL cannot store', () => {
  it('is NUL anywhere, or a surrogate without its partner', () => {
    expect(unstorableTextProblem('dc-02\u0000')).toMatch(/NUL character \(U\+0000\)/);
    expect(unstorableTextProblem('\uD800')).toMatch(/unpaired UTF-16 surrogate/);
    expect(unstorableTextProblem('x\uDC00y')).toMatch(/unpaired/);
    expect(unstorableTextProblem('a\uDBFF')).toMatch(/unpaired/);
  });

  it('is not emoji (a whole surrogate pair), other scripts or control characters PostgreSQL keeps', () => {
    for (const text of ['💥🧨', 'ᚠᛇᚻ', '\t\r\n', '%00', '', '\uFFFF']) expect(unstorableTextProblem(text)).toBeNull();
  });

  it('is found in nested values and in object keys, named by its path', () => {
    expect(findUnstorableText({ volumes: [{ volumeName: 'C:' }, { volumeName: 'D:\u0000' }] })).toEqual({
      path: 'volumes.1.volumeName',
      problem: expect.stringMatching(/NUL/),
    });
    expect(findUnstorableText({ ['bad\u0000key']: 1 })).toEqual({ path: 'bad\\u0000key', problem: expect.stringMatching(/^has a name that contains a NUL/) });
    expect(findUnstorableText(JSON.parse('{"__proto__": {"x": "\\ud800"}}'))).toEqual({ path: '__proto__.x', problem: expect.stringMatching(/unpaired/) });
    expect(findUnstorableText({ fine: ['a', 1, null, true, { b: 'c' }] })).toBeNull();
  });

  it('refuses nesting deeper than the limit instead of walking it', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < MAX_VALUE_DEPTH + 5; level += 1) deep = [deep];
    expect(findUnstorableText(deep)?.problem).toMatch(/nested more than 32 levels/);
  });

  it('names the query parameter, by its name or its value', () => {
    expect(findUnstorableParameter(new URLSearchParams('q=dc&status=%00'))).toEqual({ path: 'status', problem: expect.stringMatching(/NUL/) });
    expect(findUnstorableParameter(new URLSearchParams('a%00b=1'))?.path).toBe('a\\u0000b');
    expect(findUnstorableParameter(new URLSearchParams('q=%E0%A4%A'))).toBeNull();
  });

  it('prints names with the unstorable characters escaped and long ones cut', () => {
    expect(printable('a\u0000\uD800💥')).toBe('a\\u0000\\uD800💥');
    expect(printable('x'.repeat(100))).toHaveLength(65);
  });
});
