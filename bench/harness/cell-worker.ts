// A dedicated Web Worker running the lecture cell (cell-case.ts), as the page's kernel worker
// runs cells: the bench posts { epochs, compiled } and gets the CellResult back.
import { runLectureCell } from './cell-case';

self.onmessage = (event: MessageEvent<{ epochs: number; compiled: boolean }>) => {
  const { epochs, compiled } = event.data;
  try {
    self.postMessage(runLectureCell(epochs, compiled));
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
