// The languages, tabs and themes the build prerendered pages and fragments for, defaults
// first (`{"lang": ["en", "nl"], "tab": […], "theme": […]}`, from `prerender variants-list`),
// and how an asked-for value maps onto them: case does not matter, nor does a language's
// region (`NL`, `nl-BE` and `nl_NL` all mean `nl`). The widget reads values the same way
// (src/settings.rs); choosing the same variant here is what lets the first paint show what
// the widget will show.

/** `value` as the widget reads a value of setting `name`: '' when empty or missing. */
export const normalize = (name, value) => `${value ?? ''}`.trim().toLowerCase().split(name === 'lang' ? /[-_]/ : ',')[0];

/**
 * The value of each setting in `known` to show, in its order. An asked-for value (`asked`)
 * wins when known; an unknown one means the build's default, as the widget falls back to it
 * (and warns). Without one: for the language, the first known of `languages`; then the
 * page's own value (`own`), then the default.
 */
export const chooseVariant = (known, asked, own = [], languages = []) =>
  Object.entries(known).map(([name, values], i) => {
    const given = normalize(name, asked[name]);
    const found = given ? [given] : name === 'lang' ? languages.map((tag) => normalize(name, tag)) : [];
    return (given ? found : [...found, own[i]]).find((value) => values.includes(value)) ?? values[0];
  });
