// The search dialog's behaviour: query pagefind as the reader types and list the matching
// lectures with their matching sections (anchors), each with a highlighted excerpt.
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_PAGES = 8;
const MAX_SECTIONS = 3;

async function loadPagefind(): Promise<PagefindApi> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  // A runtime URL: pagefind is written into the site after the bundle is built.
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  return pagefind;
}

function resultItem(title: string, url: string, excerptHtml: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = url;
  const heading = document.createElement('span');
  heading.className = 'result-title';
  heading.textContent = title;
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  // pagefind's excerpt is our own page text, HTML-escaped, with <mark> around the matches.
  excerpt.innerHTML = excerptHtml;
  link.append(heading, excerpt);
  return link;
}

function renderPage(page: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.append(resultItem(page.meta.title ?? page.url, page.url, page.excerpt));
  const sections = page.sub_results.filter((section) => section.url !== page.url).slice(0, MAX_SECTIONS);
  if (sections.length > 0) {
    const list = document.createElement('ol');
    list.setAttribute('aria-label', '일치하는 절');
    for (const section of sections) {
      const sectionItem = document.createElement('li');
      sectionItem.append(resultItem(section.title, section.url, section.excerpt));
      list.append(sectionItem);
    }
    item.append(list);
  }
  return item;
}

export async function connectSearchDialog(dialog: HTMLDialogElement): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('.search-status')!;
  const list = dialog.querySelector<HTMLOListElement>('.search-results')!;
  let pagefind: PagefindApi;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = '검색 색인을 불러오지 못했습니다. (npm run build로 만든 사이트에서만 검색됩니다.)';
    return;
  }
  const update = async () => {
    const term = input.value.trim();
    if (term === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(term, {}, 150);
    if (search === null) return; // a newer keystroke superseded this search
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
    list.replaceChildren(...pages.map(renderPage));
    status.textContent = pages.length === 0 ? `"${term}"에 대한 결과가 없습니다.` : `"${term}" 검색 결과 ${search.results.length}개`;
    dialog.dataset.searched = term;
  };
  input.addEventListener('input', () => void update());
  // Links to a section of the current page only scroll; close so the reader sees it.
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
  dialog.dataset.ready = 'true';
  if (input.value.trim() !== '') await update();
}
