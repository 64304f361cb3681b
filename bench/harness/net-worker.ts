// A dedicated Web Worker running one of the course's nets (net-case.ts), as the page's kernel
// worker runs cells: the bench posts a NetJob and gets the NetResult back.
import { runNetCell, type NetJob } from './net-case';

self.onmessage = (event: MessageEvent<NetJob>) => {
  try {
    self.postMessage(runNetCell(event.data));
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
