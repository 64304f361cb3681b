// The cell's code editor: CodeMirror 6 with Python highlighting, loaded as its own chunk only
// on pages that have cells. The cell's <textarea> stays the source of truth (and the fallback
// before this chunk arrives); the editor mirrors it both ways.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { defaultHighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';

export interface CodeEditor {
  /** Replaces the text (Reset, the `code` property). */
  setText(text: string): void;
  focus(): void;
}

export function mountCodeEditor(textarea: HTMLTextAreaElement, onRun: () => void): CodeEditor {
  const hadFocus = document.activeElement === textarea;
  const selection = { anchor: textarea.selectionStart, head: textarea.selectionEnd };
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      selection: hadFocus ? selection : undefined,
      extensions: [
        lineNumbers(),
        history(),
        python(),
        indentUnit.of('    '),
        EditorState.tabSize.of(4),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        // Shift+Enter runs; Tab indents (Escape, then Tab, moves focus on, as CodeMirror documents).
        keymap.of([{ key: 'Shift-Enter', run: () => (onRun(), true) }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': textarea.getAttribute('aria-label') ?? 'Python code', 'data-editor': '' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) textarea.value = update.state.doc.toString();
        }),
      ],
    }),
  });
  view.dom.classList.add('tc-code');
  textarea.removeAttribute('data-editor');
  textarea.hidden = true;
  textarea.after(view.dom);
  if (hadFocus) view.focus();
  return {
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => view.focus(),
  };
}
