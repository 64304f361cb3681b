import { describe, expect, it } from 'vitest';
import { objectParticle } from '../../src/lib/korean';

describe('objectParticle', () => {
  it('picks 을 after a final consonant and 를 after a vowel', () => {
    expect(objectParticle('손실함수의 비교: BCE loss의 위대함')).toBe('을');
    expect(objectParticle('딥러닝의 기초')).toBe('를');
    expect(objectParticle('로지스틱 회귀')).toBe('를');
  });

  it('judges by the last Hangul syllable, past trailing Latin letters and punctuation', () => {
    expect(objectParticle('알렉스넷 (AlexNet)')).toBe('을');
    expect(objectParticle('시그모이드!!')).toBe('를');
  });

  it('writes both forms when there is no Hangul to judge by', () => {
    expect(objectParticle('BCE loss')).toBe('을(를)');
  });
});
