// "내 데이터 / Use my data": paste a CSV, drop a file on the panel or pick one. The text is read
// and parsed in this page (it never leaves the browser); a file with a problem leaves the demo
// on the data it had, and the message says which line and value.
import type { DemoHost, DemoScenario } from './demo-host';
import { button, element } from './ui';

export function createUserDataPanel(host: DemoHost, scenario: DemoScenario): HTMLElement {
  const message = element('p', { class: 'll-field-error', role: 'alert', hidden: '' });
  const showProblem = (problem: string | null) => {
    message.textContent = problem ?? '';
    message.hidden = problem === null;
  };
  const apply = (text: string, source: string) => showProblem(host.useData(text, source));
  const readFile = async (file: File | undefined) => {
    if (file) apply(await file.text(), file.name);
  };

  const pasted = element('textarea', {
    rows: '4',
    'data-control': 'user-data-text',
    'aria-label': 'CSV 붙여넣기 (x,y 열, y는 0 또는 1)',
    placeholder: 'x,y\n-0.8,0\n0.3,1\n…',
  });
  const picker = element('input', { type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/plain', 'data-control': 'user-data-file', 'aria-label': 'CSV 파일 고르기' });
  picker.addEventListener('change', () => void readFile(picker.files?.[0]));
  const current = scenario.userSource
    ? [element('p', { class: 'll-user-source' }, [`지금 데이터: ${scenario.userSource} (${scenario.data.x.length.toLocaleString('ko-KR')}행, 참 곡선은 알 수 없어 그리지 않음)`]),
       button('시뮬레이션 데이터로 돌아가기', () => host.useSimulatedData(), { 'data-control': 'user-data-reset' })]
    : [];
  const panel = element('details', { class: 'll-user-data', ...(scenario.userSource ? { open: '' } : {}) }, [
    element('summary', {}, ['내 데이터 / Use my data']),
    element('p', { class: 'll-user-hint' }, ['x,y 두 열의 CSV (머리줄은 있어도 없어도 됨; 쉼표·탭·세미콜론; y는 0 또는 1; 10~1,000,000행). 파일을 여기로 끌어다 놓아도 됩니다. 데이터는 이 브라우저 밖으로 나가지 않습니다.']),
    pasted,
    element('div', { class: 'll-user-actions' }, [
      button('붙여넣은 데이터로 학습', () => apply(pasted.value, '붙여넣은 데이터'), { 'data-control': 'user-data-apply' }),
      picker,
      ...current,
    ]),
    message,
  ]);
  panel.addEventListener('dragover', (event) => event.preventDefault());
  panel.addEventListener('drop', (event) => {
    event.preventDefault();
    void readFile(event.dataTransfer?.files[0]);
  });
  return panel;
}
