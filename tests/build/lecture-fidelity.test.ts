// What the lectures say around the seed's code: the homework figure continues from BCE as the
// seed did, the supplement says it is one, particles fit the words before them, answers fold.
import { describe, expect, it } from 'vitest';
import { lectureId, readBuiltPage } from '../support/site';

const lecture1 = readBuiltPage(`lectures/${lectureId}/`);
const lecture2 = readBuiltPage('lectures/02-bce-vs-mse/');
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<annotation[\s\S]*?<\/annotation>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('lecture fidelity', () => {
  it('shows the homework figure continuing from the BCE result, under a title that says so', () => {
    const homework = lecture1.slice(lecture1.indexOf('id="숙제-손실함수를-mse로-바꾸기"'));
    expect(homework).toMatch(/<loss-compare-demo [^>]*mse-start="continue"/);
    expect(text(homework)).toContain('BCE로 학습한 뒤 MSE로 이어서 학습');
    // Lecture 02 keeps the same-start comparison.
    expect(lecture2).toMatch(/<loss-compare-demo [^>]*init-w0="-4"/);
    expect(lecture2).not.toMatch(/<loss-compare-demo [^>]*mse-start="continue"/);
  });

  it('folds the homework answer under 정답 보기', () => {
    const answer = /<details class="answer"[^>]*>\s*<summary[^>]*>정답 보기<\/summary>([\s\S]*?)<\/details>/.exec(lecture1);
    expect(answer).not.toBeNull();
    expect(text(answer![1])).toContain('tensor([[4.8740]], requires_grad=True)');
    expect(answer![1]).toContain('<loss-compare-demo');
  });

  it('credits the original with the particle its title needs, and calls lecture 02 a supplement', () => {
    expect(text(lecture1)).toMatch(/BCE loss의 위대함」\(2022년 9월 29일\)을 따라갑니다/);
    const credit = (html: string) => text(/<p class="credit"[\s\S]*?<\/p>/.exec(html)![0]);
    expect(credit(lecture2)).toContain('보충 자료입니다');
    expect(credit(lecture2)).not.toContain('따라갑니다');
    expect(text(lecture2)).toContain('보충:');
    expect(lecture2).not.toContain('class="callout callout-memorise"');
  });

  it('labels AlexNet’s 16.4 % as the entry without extra data and names the 15.3 % winner', () => {
    expect(lecture1).toMatch(/aria-label="[^"]*2012 AlexNet \(추가 데이터 없이\): 16.4%"/);
    expect(lecture1).toMatch(/<tspan[^>]*>\(추가 데이터 없이\)<\/tspan>/);
    expect(text(lecture1)).toContain('15.3%');
    expect(text(lecture1)).toContain('16%였습니다');
    expect(text(lecture1)).not.toMatch(/\) 을|% 였/);
  });
});
