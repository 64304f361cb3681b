#!/usr/bin/env node
// npm run new-lecture -- <slug> "<제목>"
// Creates content/lectures/NN-<slug>.mdx from a template that uses every author component,
// numbered after the last lecture, as a draft. Never overwrites an existing lecture.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const lecturesDir = resolve(process.env.LECTURES_DIR ?? 'content/lectures');
const [slug, title] = process.argv.slice(2);

function fail(korean, english) {
  console.error(`오류: ${korean}\nError: ${english}\n\n사용법 / usage: npm run new-lecture -- <slug> "<제목>"`);
  process.exit(1);
}

if (!slug || !title) fail('slug와 제목을 모두 주세요.', 'give both a slug and a title.');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  fail(`slug "${slug}"는 영어 소문자, 숫자, 하이픈만 쓸 수 있습니다.`, `slug "${slug}" may only contain a-z, 0-9 and single hyphens.`);
}
if (!existsSync(lecturesDir)) fail(`강의 폴더가 없습니다: ${lecturesDir}`, `lectures folder not found: ${lecturesDir}`);

const existing = readdirSync(lecturesDir).filter((file) => file.endsWith('.mdx'));
const clash = existing.find((file) => file.replace(/^\d+-/, '').replace(/\.mdx$/, '') === slug);
if (clash) fail(`같은 slug의 강의가 이미 있습니다: ${clash} (덮어쓰지 않습니다)`, `a lecture with this slug exists: ${clash} (not overwritten)`);

const numbers = existing.map((file) => Number(/^(\d+)-/.exec(file)?.[1] ?? 0));
const order = Math.max(0, ...numbers) + 1;
const file = join(lecturesDir, `${String(order).padStart(2, '0')}-${slug}.mdx`);
const today = new Date().toISOString().slice(0, 10);
const yamlString = (text) => JSON.stringify(text); // JSON strings are valid YAML scalars

const template = `---
title: ${yamlString(title)}
order: ${order}
date: ${today}
summary: ${yamlString(`${title}: 강의 목록과 검색에 보일 한두 문장을 쓰세요.`)}
tags: []
draft: true # 준비되면 false로 바꾸거나 지우세요 (draft는 개발 서버에서만 보입니다)
---

## 들어가며

본문은 마크다운으로 씁니다. 인라인 수식은 $\\sigma(x) = \\frac{1}{1+e^{-x}}$, 블록 수식은 이렇게 씁니다.

$$
\\text{loss} = -\\frac{1}{n}\\sum_{i=1}^{n} \\Big( y_i \\log \\hat{y}_i + (1-y_i)\\log(1-\\hat{y}_i) \\Big)
$$

<Callout kind="memorise">꼭 기억할 내용은 외우세요 상자에. kind: memorise(외우세요), homework(숙제), warning(주의), note(참고)</Callout>

펜스에 run을 붙이면 독자가 페이지에서 고쳐 실행하는 셀이 됩니다(PyTorch 1.13과 같은 숫자를 냅니다).

\`\`\`python run
import torch

class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = torch.nn.Linear(in_features=1, out_features=1)
        self.a1 = torch.nn.Sigmoid()

    def forward(self, x):
        return self.a1(self.l1(x))

torch.manual_seed(43052)
X = torch.linspace(-1, 1, 2000).reshape(2000, 1)
y = torch.bernoulli(torch.sigmoid(-1 + 5 * X))
net = Net()
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
for epoc in range(1000):
    loss = torch.nn.BCELoss()(net(X), y)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
print(net)
print(loss.item())
\`\`\`

<Graphviz caption="네트워크 그림 (강의의 gv() 도우미와 같은 감싸기)" gv={\`
  "X" -> "yhat"[label="Sigmoid(X@W)"]
\`} />

<BarChart valueLabel="예시 값" unit="%" caption="막대 그래프 예시" bars={[{ label: 'A', value: 30 }, { label: 'B', value: 20, highlight: true }]} />

## 라이브 데모

<LogisticDataDemo n={2000} w0={-1} w1={5} />

<LogisticTrainDemo loss="bce" lr={0.05} epochs={10000} show="start" />

<LossCompareDemo epochs={10000} />
`;

writeFileSync(file, template, { flag: 'wx' });
console.log(`만들었습니다 / created: ${relative(process.cwd(), file)}\n개발 서버에서 보기 / preview: npm run dev → /lectures/${String(order).padStart(2, '0')}-${slug}/`);
