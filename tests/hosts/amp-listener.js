// A stand-in for AMP's <amp-iframe resizable>: it applies `embed-size` requests from its own
// iframe, as AMP does (AMP also waits for the reader to be elsewhere; this resizes at once).
for (const iframe of document.querySelectorAll('.amp-iframe iframe')) {
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== iframe.contentWindow || data?.sentinel !== 'amp' || data.type !== 'embed-size') return;
    iframe.style.height = `${data.height}px`;
  });
}
