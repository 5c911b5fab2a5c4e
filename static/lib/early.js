// What the loaders do before the WebAssembly is there: notice when a widget comes near the
// reader's view, and keep what the reader does to its prerendered controls, so the runtime
// can do it once the widget is interactive (runtime.js, `replay`).

/** Calls `callback` once, when one of `elements` comes within a screen's height of the view. */
export function whenNear(elements, callback) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      callback();
    },
    { rootMargin: '100% 0px' },
  );
  // The mount too: a host element styled `display: contents` has no box to intersect.
  for (const element of elements) observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Keeps clicks on the buttons inside `root` (a shadow root or the mount element), and the
 * keys that move between tabs, as `[button, key or undefined]` in the list it returns,
 * marking each button busy (`data-pending`) meanwhile. `onFirstInput` runs at the reader's
 * first touch, key or click. The list's `stop()` stops listening.
 */
export function holdInput(root, onFirstInput = () => {}) {
  const held = [];
  const listener = (event) => {
    onFirstInput();
    const button = event.target.closest?.('button');
    // Keys only on keydown; clicks and touches have none.
    const key = event.key;
    if (!button || event.type === 'pointerdown') return;
    if (key && !(button.getAttribute('role') === 'tab' && /^(Arrow|Home$|End$)/.test(key))) return;
    if (key) event.preventDefault();
    button.setAttribute('data-pending', '');
    held.push([button, key]);
  };
  const types = ['click', 'keydown', 'pointerdown'];
  for (const type of types) root.addEventListener(type, listener, true);
  held.stop = () => {
    for (const type of types) root.removeEventListener(type, listener, true);
  };
  return held;
}
