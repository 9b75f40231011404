// Tests evaluate code inside the extension's service worker, where `chrome` is the API.
/// <reference types="chrome" />
