// $app/paths for modules the Playwright runner imports in Node: the site is served from /.
export const resolve = (path: string) => path;
