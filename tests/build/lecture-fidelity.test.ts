// What the lectures say around the seed's code: the homework is an exercise with the seed's
// answer folded, the reconstruction of the source lecture's second half says what it is, every
// number a run produces is read from that run, particles fit the words before them.
import { describe, expect, it } from 'vitest';
import { runValue } from '../../src/lib/run-values';
import { lectureId, readBuiltPage } from '../support/site';

const lecture1 = readBuiltPage(`lectures/${lectureId}/`);
const lecture2 = readBuiltPage('lectures/02-bce-vs-mse/');
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<annotation[\s\S]*?<\/annotation>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('lecture fidelity', () => {
  it('shows the homework figure continuing from the BCE result, under a title that says so', () => {
    const homework = lecture1.slice(lecture1.indexOf('id="숙제-손실함수를-mse로-바꾸기"'));
    expect(homework).toMatch(/<loss-compare-demo [^>]*mse-start="continue"/);
    expect(text(homework)).toContain('BCE로 학습한 뒤 MSE로 이어서 학습');
    // Lecture 02 compares from the same starts: the source lecture's seeded one, the good and the bad.
    for (const start of ['-3', '-10']) expect(lecture2).toMatch(new RegExp(`<loss-compare-demo [^>]*init-w0="${start}"`));
    expect(lecture2).not.toMatch(/<loss-compare-demo [^>]*mse-start="continue"/);
  });

  it('gives the homework as the BCE loop to change, with the notes\' MSE answer folded under 정답 보기', () => {
    const homework = lecture1.slice(lecture1.indexOf('id="숙제-손실함수를-mse로-바꾸기"'));
    const exercise = /<torch-cell[\s\S]*?<\/torch-cell>/.exec(homework)![0];
    expect(text(exercise)).toContain('loss = -torch.mean(y*torch.log(yhat) + (1-y)*torch.log(1-yhat))');
    expect(text(exercise)).toContain('여기만 수정해서!!');
    expect(text(exercise)).not.toContain('MSELoss');
    const answer = /<details class="answer"[^>]*>\s*<summary[^>]*>정답 보기 \(필기의 풀이\)<\/summary>([\s\S]*?)<\/details>/.exec(lecture1);
    expect(answer).not.toBeNull();
    expect(text(answer![1])).toContain('loss_fn = torch.nn.MSELoss()');
    expect(text(answer![1])).toContain('tensor([[4.8740]], requires_grad=True)');
    expect(answer![1]).toContain('<loss-compare-demo');
  });

  it('reads every quoted number from its PyTorch run, and none of the old hand-typed ones is left', () => {
    for (const html of [lecture1, lecture2]) {
      const quoted = [...html.matchAll(/<span class="run-value" data-run="([^"]*)" data-of="([^"]*)" data-digits="(\d+)">([^<]*)<\/span>/g)];
      expect(quoted.length).toBeGreaterThan(1);
      for (const [, run, of, digits, shown] of quoted) expect(shown, `${run} ${of}`).toBe(runValue(run, of, Number(digits)));
    }
    expect(text(lecture2)).toContain('(−0.86, 3.93)');
    expect(text(lecture2)).toContain('(−10.00, −1.00)');
    for (const stale of ['(-1.02, 4.91)', '(-0.59, 2.96)', '−1.02, 4.91', '−0.59, 2.96']) expect(lecture2).not.toContain(stale);
  });

  it('credits the original with the particle its title needs, and calls lecture 02 a reconstruction of its second half', () => {
    expect(text(lecture1)).toMatch(/BCE loss의 위대함」\(2022년 9월 29일\)을 따라갑니다/);
    const credit = (html: string) => text(/<p class="credit"[\s\S]*?<\/p>/.exec(html)![0]);
    expect(credit(lecture2)).toContain('(2022년 9월 29일)의 후반부(손실함수의 비교)를 재구성했습니다');
    expect(credit(lecture2)).not.toMatch(/따라갑니다|원 강의에 없는|보충/);
    expect(text(lecture2)).not.toMatch(/원 강의(와 수강생 노트)?에는 없는/);
    expect(lecture2).not.toContain('class="callout callout-memorise"');
    // The navigation does not call it the next lecture.
    expect(text(/<nav class="lecture-nav"[\s\S]*?<\/nav>/.exec(lecture1)![0])).toContain('다음 자료 (원 강의 재구성)');
    expect(lecture1).toContain('href="https://guebin.github.io/DL2022/posts/2022-09-29-5wk-1.html"');
  });

  it('labels AlexNet’s 16.4 % as the entry without extra data and names the 15.3 % winner', () => {
    expect(lecture1).toMatch(/aria-label="[^"]*2012 AlexNet \(추가 데이터 없이\): 16.4%"/);
    expect(lecture1).toMatch(/<tspan[^>]*>\(추가 데이터 없이\)<\/tspan>/);
    expect(text(lecture1)).toContain('15.3%');
    expect(text(lecture1)).toContain('16%였습니다');
    expect(text(lecture1)).not.toMatch(/\) 을|% 였/);
  });
});
