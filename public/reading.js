// Optional enhancements of the circular page (/circulars/<slug>/); the page works fully without them.
// 1. The print button (a <button> needs script): shown only when this runs.
// 2. A click on a passage link (¶ or #) also copies the passage's address.
(() => {
  const button = document.querySelector('.print-button');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
    document.querySelector('.print-hint')?.setAttribute('hidden', '');
  }
  const status = document.createElement('p');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  document.body.append(status);
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('a.pl');
    if (!link || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(
      () => {
        status.textContent = '已复制链接：' + link.href;
        setTimeout(() => (status.textContent = ''), 2500);
      },
      () => {},
    );
  });
})();
