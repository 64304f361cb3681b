// The page's Python kernel, in a Web Worker so that a long loop never freezes the page and
// Stop (worker.terminate()) always works, even on `while True: pass`. The kernel itself is
// src/lib/python/kernel/runner.ts (Node-testable); this file only wires postMessage to it.
// Cells arrive one at a time (the page queues them); text, figures, progress and errors
// stream back in order. Nothing here can reach the page's DOM or globals.
//
// The lecture's data files: the page first sends where on the site they are ('files'); a cell's
// open()/urlopen()/read_csv reads one with a synchronous XMLHttpRequest (allowed in a worker,
// never on the page), from this site only, when a cell first asks for it. Python's reads are
// synchronous, so the kernel stays synchronous; a lecture's files are downloaded only if a cell
// reads them (a page whose reader never runs that cell fetches nothing); the wait blocks this
// worker only, and Stop still ends it.
import { createKernelRunner, type KernelEvent, type KernelRequest } from '../lib/python/kernel/runner';
import { lectureFileSource, NO_LECTURE_FILES, type FilesMessage } from '../lib/python/kernel/lecture-files';
import { loadDirNames, mentionsDir } from '../lib/python/objects/dir';
import { PyException } from '../lib/python/objects/errors';
import { courseKernelSetup } from '../lib/course-kernel';

const scope = self as unknown as {
  location: Location;
  postMessage(message: KernelEvent): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<KernelRequest | FilesMessage>) => void): void;
};

let lectureFiles = NO_LECTURE_FILES;
const files = lectureFileSource(() => lectureFiles, readSitePath);
const runner = createKernelRunner({ ...courseKernelSetup(), files }, (event) => scope.postMessage(event));
// Cells run in the order they arrive; one that names dir first loads dir()'s tables (~100 KB,
// objects/dir.ts), which no other cell needs.
let previous: Promise<void> = Promise.resolve();
scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.type === 'files') lectureFiles = message.files;
  else if (message?.type === 'run') {
    const ready = mentionsDir(message.code) ? previous.then(loadDirNames) : previous;
    // a failed load leaves dir() saying its tables are missing; this cell and the next still run
    previous = ready.catch(() => undefined).then(() => runner.handle(message));
  }
});

/** The bytes at a path of this site, or null when it answers anything but 200. */
function readSitePath(path: string): Uint8Array | null {
  const request = new XMLHttpRequest();
  request.open('GET', new URL(path, scope.location.href).href, false);
  request.responseType = 'arraybuffer';
  try {
    request.send();
  } catch {
    throw new PyException('OSError', `강의 파일을 불러오지 못했습니다 / could not load the lecture's file: ${path}`);
  }
  return request.status === 200 ? new Uint8Array(request.response as ArrayBuffer) : null;
}
