// Sizes deal-explainer iframes to their content. Include it once, anywhere on the page, with
// `<script src=".../embed-host.js" async></script>`. Including it twice is harmless: both
// copies set the same height. It defines no globals.
// It listens for the height messages of embed.html and trusts a message only when it comes
// from one of the iframes on this page that show our embed.html, from our origin. It asks
// each of our iframes for its height when this script starts and whenever one (re)loads, so
// frames far below the fold are sized before the reader scrolls to them.
(() => {
  const script = document.currentScript;
  const folder = new URL('./', script ? script.src : location.href);

  // embed.html, or one of the pages it swaps to (embed.nl.terms.auto.html), in our folder.
  const ours = (iframe) => {
    try {
      const url = new URL(iframe.src, location.href);
      const name = url.pathname.slice(folder.pathname.length);
      return url.origin === folder.origin && url.pathname.startsWith(folder.pathname) && /^embed(\.[\w-]+)*\.html$/.test(name);
    } catch {
      return false;
    }
  };
  const frames = () => Array.from(document.getElementsByTagName('iframe')).filter(ours);
  // ('*': the frame may still be on its way to our origin, and the request carries nothing.)
  const ask = (frame) => frame.contentWindow?.postMessage({ type: 'deal-explainer:request-height' }, '*');

  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== folder.origin || data?.type !== 'deal-explainer:height') return;
    const height = data.height;
    if (!Number.isInteger(height) || height < 0 || height > 100000) return;
    const iframe = frames().find((frame) => frame.contentWindow === event.source);
    if (!iframe) return;
    // `!important` inline wins over host rules such as `iframe { height: 100% !important }`;
    // the other properties keep host CSS from clipping or padding the content box.
    const style = iframe.style;
    style.setProperty('height', `${height}px`, 'important');
    style.setProperty('min-height', '0', 'important');
    style.setProperty('max-height', 'none', 'important');
    style.setProperty('box-sizing', 'content-box', 'important');
  });

  // `load` does not bubble, but it passes the document on its way down to each iframe.
  document.addEventListener('load', (event) => event.target.tagName === 'IFRAME' && ours(event.target) && ask(event.target), true);
  for (const frame of frames()) ask(frame);
})();
