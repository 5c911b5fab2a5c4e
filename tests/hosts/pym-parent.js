// A stand-in for pym.js's Parent (its message protocol, none of its code): it creates the
// iframe at Pym's 150 px, adds `childId` and the other parameters Pym adds, sends the width
// on load, and applies `height` messages. The embed must size itself here with no code of ours.
for (const container of document.querySelectorAll('[data-pym-src]')) {
  const id = container.id;
  const url = new URL(container.dataset.pymSrc, location.href);
  url.searchParams.set('initialWidth', container.offsetWidth);
  url.searchParams.set('childId', id);
  url.searchParams.set('parentTitle', document.title);
  url.searchParams.set('parentUrl', location.href);
  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.width = '100%';
  iframe.height = '150';
  iframe.setAttribute('scrolling', 'no');
  iframe.setAttribute('marginheight', '0');
  iframe.setAttribute('frameborder', '0');
  iframe.title = 'Pym embed';
  container.append(iframe);
  const prefix = `pymxPYMx${id}xPYMx`;
  addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.startsWith(prefix)) return;
    const [type, message] = event.data.slice(prefix.length).split('xPYMx');
    if (type === 'height') iframe.setAttribute('height', `${parseInt(message, 10)}px`);
  });
  iframe.addEventListener('load', () => iframe.contentWindow.postMessage(`${prefix}widthxPYMx${container.offsetWidth}`, '*'));
}
