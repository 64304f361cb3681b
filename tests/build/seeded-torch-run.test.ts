// The lecture shows its BCE and MSE cells with torch.manual_seed(43052) added, and the output
// printed there is real PyTorch's (src/data/torch/lecture.json), rendered at build time.
import { describe, expect, it } from 'vitest';
import { lectureId, readBuiltPage } from '../support/site';
import { hexValue, readLectureRuns } from '../support/torch-fixtures';

const html = readBuiltPage(`lectures/${lectureId}/`);
const text = html
  .replace(/<script[\s\S]*?<\/script>/g, '')
  .replace(/<style[\s\S]*?<\/style>/g, '')
  .replace(/<[^>]+>/g, '')
  .replace(/&quot;|&#34;/g, '"')
  .replace(/&#39;/g, "'")
  .replace(/&amp;/g, '&');
const run = readLectureRuns().cases.find((c) => c.seed === 43052 && c.n === 2000)!;
const printed = (hex: string) => hexValue(hex).toFixed(4);

describe('the seeded PyTorch cells in lecture 1', () => {
  const blocks = html.match(/<div class="seeded-torch-run"[\s\S]*?<\/div>/g) ?? [];

  it('explains where 4.9150 came from, what was checked (PyTorch 1.13 on CPU), and where the source lecture starts instead', () => {
    expect(text).toMatch(/4\.9150[\s\S]*시드 없이[\s\S]*torch\.manual_seed\(43052\)[\s\S]*PyTorch 1\.13\(CPU\)으로 확인한 것입니다[\s\S]*마지막 자리가 조금 다를 수 있습니다/);
    expect(text).toMatch(/원 강의는 torch\.manual_seed\(43052\)를 Linear를 만들기\s+바로 앞에[\s\S]*\(−0\.8470, −0\.3467\)에서 시작합니다[\s\S]*\(−0\.0303, −0\.6613\)에서\s+시작합니다/);
    expect(blocks.map((b) => b.match(/data-part="(\w+)"/)![1])).toEqual(['bce', 'mse']);
  });

  it('prints PyTorch\'s trained parameters after the BCE loop and after the MSE homework', () => {
    const [bce, mse] = [run.bce.at(-1)!, run.mse.at(-1)!];
    const [bceCell = '', mseCell = ''] = blocks.map((b) => b.replace(/<[^>]+>/g, ''));
    expect(bceCell).toContain('torch.manual_seed(43052)');
    expect(bceCell).toContain(`tensor([[${printed(bce.w1)}]], requires_grad=True)`);
    expect(bceCell).toContain(`tensor([${printed(bce.w0)}], requires_grad=True)`);
    expect(bceCell).toContain(`y가 1인 점 ${run.ySum}개, 학습 전 ŵ1 = ${printed(run.init.w1)}, ŵ0 = ${printed(run.init.w0)}`);
    expect(mseCell).toContain('loss = loss_fn(y, yhat)');
    expect(mseCell).toContain(`tensor([[${printed(mse.w1)}]], requires_grad=True)`);
    expect(mseCell).toContain(`tensor([${printed(mse.w0)}], requires_grad=True)`);
  });
});
