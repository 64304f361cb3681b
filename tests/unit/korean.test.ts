import { describe, expect, it } from 'vitest';
import { objectParticle, subjectParticle } from '../../src/lib/korean';

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

describe('subjectParticle', () => {
  it('picks 이 after a final consonant and 가 after a vowel in Hangul', () => {
    expect(subjectParticle('손실')).toBe('이');
    expect(subjectParticle('함수')).toBe('가');
  });

  it('reads Latin names and digits as they are said in Korean, by their last character', () => {
    expect(subjectParticle('yhat')).toBe('이'); // 햇
    expect(subjectParticle('model')).toBe('이'); // 델
    expect(subjectParticle('x')).toBe('가'); // 엑스
    expect(subjectParticle('loss')).toBe('가'); // 로스
    expect(subjectParticle('w1')).toBe('이'); // 일
    expect(subjectParticle('w2')).toBe('가'); // 이
    expect(subjectParticle('손실loss')).toBe('가'); // the name ends in 로스, not in 실
  });
});
