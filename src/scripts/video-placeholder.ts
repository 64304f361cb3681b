// Swaps a lecture video's placeholder for the player when the reader clicks it
// (src/layouts/LectureVideo.astro): until then the page requests nothing from the video's site.
export function installVideoPlaceholders(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.video-load')) {
    button.addEventListener('click', () => {
      const { kind, src, title } = button.dataset;
      if (!src) return;
      const player = kind === 'file' ? document.createElement('video') : document.createElement('iframe');
      if (player instanceof HTMLIFrameElement) {
        player.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
        player.allowFullscreen = true;
        player.referrerPolicy = 'strict-origin-when-cross-origin';
        player.title = title ?? '강의 영상';
      } else {
        player.controls = true;
        player.autoplay = true;
      }
      player.src = src;
      button.replaceWith(player);
      player.focus();
    }, { once: true });
  }
}
