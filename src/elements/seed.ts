// "새 데이터" sets a new seed attribute (the element rebuilds itself from it); reset restores the
// seed the author wrote, remembered on the first resample.

export function resampleSeed(host: HTMLElement, current: number): void {
  if (host.dataset.authorSeed === undefined) host.dataset.authorSeed = host.getAttribute('seed') ?? '';
  let seed = current;
  while (seed === current) seed = Math.floor(Math.random() * 1_000_000);
  host.setAttribute('seed', String(seed));
}

export function restoreAuthorSeed(host: HTMLElement): void {
  const authorSeed = host.dataset.authorSeed;
  if (authorSeed === undefined) return;
  if (authorSeed === '') host.removeAttribute('seed');
  else host.setAttribute('seed', authorSeed);
}
