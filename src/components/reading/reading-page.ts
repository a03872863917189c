/**
 * Optional enhancements of the circular page (/circulars/<slug>/); the page works
 * fully without them. Bundled by Astro from the <script> of src/pages/circulars/[slug].astro.
 * 1. The print button (a <button> needs script): shown only when this runs.
 * 2. A click on a passage link (¶ or #) also copies the passage's address.
 */
export {};

const button = document.querySelector('.print-button');
if (button instanceof HTMLElement) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
  document.querySelector('.print-hint')?.setAttribute('hidden', '');
}

const status = document.createElement('p');
status.className = 'copy-status';
status.setAttribute('role', 'status');
document.body.append(status);

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.pl') : null;
  // navigator.clipboard is missing outside secure contexts (plain http other than localhost).
  const clipboard: Clipboard | undefined = navigator.clipboard;
  if (!(link instanceof HTMLAnchorElement) || !clipboard) return;
  const href = link.href;
  clipboard.writeText(href).then(
    () => {
      status.textContent = '已复制链接：' + href;
      setTimeout(() => (status.textContent = ''), 2500);
    },
    () => {},
  );
});
