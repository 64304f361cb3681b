// The cell's code editor: CodeMirror 6 with Python highlighting, in its own lazy chunk (loaded
// when a cell nears the viewport). Accessible: a labelled textbox, line numbers that match the
// error lines ("3행"), Tab indents, and Esc then Tab moves focus on (CodeMirror's tab-focus mode).
// Colours are CSS classes (tok-*) styled by torch-cell.css for the light and the dark theme.
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { indentOnInput, syntaxHighlighting, bracketMatching } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { classHighlighter } from '@lezer/highlight';

export interface CellEditor {
  getCode(): string;
  setCode(code: string): void;
  focus(): void;
  destroy(): void;
}

export interface EditorOptions {
  parent: HTMLElement;
  code: string;
  /** The accessible name, e.g. "셀 3 코드 편집기". */
  label: string;
  /** id of the element that explains the keys (Shift+Enter, Esc then Tab). */
  describedBy: string;
  /** Shift+Enter / Ctrl+Enter. */
  onRun(): void;
}

export function createEditor({ parent, code, label, describedBy, onRun }: EditorOptions): CellEditor {
  const runKey = () => {
    onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        python(),
        syntaxHighlighting(classHighlighter),
        EditorState.tabSize.of(4),
        keymap.of([
          { key: 'Shift-Enter', run: runKey },
          { key: 'Mod-Enter', run: runKey },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.contentAttributes.of({
          'aria-label': label,
          'aria-describedby': describedBy,
          // Already focusable (contenteditable); the explicit tabindex tells checkers such as axe
          // that a horizontally scrolling editor can be reached from the keyboard.
          tabindex: '0',
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
          translate: 'no',
        }),
      ],
    }),
  });
  return {
    getCode: () => view.state.doc.toString(),
    setCode: (next) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
