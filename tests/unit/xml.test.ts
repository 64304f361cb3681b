import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/xml';

describe('escapeXml', () => {
  it('escapes the five XML characters so text and attributes stay text', () => {
    expect(escapeXml(`fit <1> & "w" 'b'`)).toBe('fit &lt;1&gt; &amp; &quot;w&quot; &#39;b&#39;');
  });

  it('leaves Korean and ordinary text as it is, and escapes & only once', () => {
    expect(escapeXml('학습률 0.05')).toBe('학습률 0.05');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});
