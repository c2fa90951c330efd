// The texts inside Vaadin's own web components, in the user's language, for the whole page (see ComponentTexts.java,
// which runs this as the body of a function with $0 = { lang: "sv", components: { "<tag>": { ... } } }).
//
// Components with an i18n object (date picker, upload, menu bar, side navigation ...) take the texts as their class's
// default i18n: every element created later (a dialog opened tomorrow, a view navigated to) starts with them, and an
// i18n the server sets for one element is merged on top of them. Elements already on the page get them too, keeping
// whatever was set for them alone. A few components keep their texts elsewhere and are set per element, now and
// whenever one is added to the page: the drawer toggle's aria-label, the password field's reveal button and the
// grid sorter's "Sort by {0}".
const texts = $0;
const state = window.__samordnarenComponentTexts
    || (window.__samordnarenComponentTexts = { originals: new Map(), current: {}, observer: null });
state.current = texts.components;
document.documentElement.lang = texts.lang;

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

// A new object: the sources merged left to right (objects deeply, arrays and other values replaced).
const merged = (...sources) => {
  const into = (target, source) => {
    if (!isObject(source)) {
      return;
    }
    for (const [key, value] of Object.entries(source)) {
      if (isObject(value)) {
        target[key] = isObject(target[key]) ? target[key] : {};
        into(target[key], value);
      } else if (Array.isArray(value)) {
        target[key] = [...value];
      } else if (value !== undefined && value !== null) {
        target[key] = value;
      }
    }
  };
  const result = {};
  sources.forEach((source) => into(result, source));
  return result;
};

// What an element's i18n holds beyond the defaults it was created with (set by the server or its connector).
const ownTexts = (i18n, defaults) => {
  const own = {};
  if (!isObject(i18n)) {
    return own;
  }
  for (const [key, value] of Object.entries(i18n)) {
    const fallback = isObject(defaults) ? defaults[key] : undefined;
    if (isObject(value) && isObject(fallback)) {
      const nested = ownTexts(value, fallback);
      if (Object.keys(nested).length > 0) {
        own[key] = nested;
      }
    } else if (Array.isArray(value) && Array.isArray(fallback)) {
      if (value.length !== fallback.length || value.some((item, i) => item !== fallback[i])) {
        own[key] = value;
      }
    } else if (value !== fallback) {
      own[key] = value;
    }
  }
  return own;
};

// Every element with the tag, also inside open shadow roots.
const everywhere = (tag) => {
  const found = [];
  const search = (root) => {
    root.querySelectorAll(tag).forEach((element) => found.push(element));
    root.querySelectorAll('*').forEach((element) => element.shadowRoot && search(element.shadowRoot));
  };
  search(document);
  return found;
};

const perElement = {
  'vaadin-drawer-toggle': (element, t) => {
    element.ariaLabel = t.ariaLabel;
  },
  'vaadin-password-field': (element, t) => {
    element.i18n = merged(element.i18n, t.i18n);
  },
  'vaadin-grid-sorter': (element, t) => {
    // The grid names the sorter after its header ("Sort by Datum"); keep the header, translate the rest.
    const header = (element.textContent || '').trim() || element.dataset.sortHeader;
    if (header && element.hasAttribute('aria-label')) {
      element.dataset.sortHeader = header;
      element.setAttribute('aria-label', t.ariaLabel.replace('{0}', header));
    }
  },
};

const applyPerElement = (root) => {
  for (const [tag, apply] of Object.entries(perElement)) {
    const t = state.current[tag];
    if (!t) {
      continue;
    }
    if (root.localName === tag) {
      apply(root, t);
    }
    root.querySelectorAll(tag).forEach((element) => apply(element, t));
  }
};

for (const tag of Object.keys(texts.components)) {
  if (perElement[tag]) {
    const t = texts.components[tag];
    everywhere(tag).forEach((element) => perElement[tag](element, t));
    continue;
  }
  customElements.whenDefined(tag).then(() => {
    const type = customElements.get(tag);
    if (!('defaultI18n' in type)) {
      return;
    }
    if (!state.originals.has(tag)) {
      state.originals.set(tag, type.defaultI18n);
    }
    const previous = type.defaultI18n;
    const defaults = merged(state.originals.get(tag), state.current[tag]);
    Object.defineProperty(type, 'defaultI18n', { configurable: true, get: () => defaults });
    everywhere(tag).forEach((element) => {
      element.i18n = merged(defaults, ownTexts(element.i18n, previous));
    });
  });
}

if (!state.observer) {
  state.observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => node.nodeType === Node.ELEMENT_NODE && applyPerElement(node));
    }
  });
  state.observer.observe(document.body, { childList: true, subtree: true });
}
