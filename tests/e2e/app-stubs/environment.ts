// $app/environment for modules the Playwright runner imports in Node: not a browser.
export const browser = false;
