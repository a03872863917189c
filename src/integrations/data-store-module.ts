/**
 * The content data store as one JSON string in the server build, not as a
 * JavaScript object literal.
 *
 * Astro 5 turns its data store (every entry's validated frontmatter) into a
 * module with `dataToEsm`: an object literal that Rollup then parses, walks and
 * prints node by node. At 10,000 circulars that literal is tens of megabytes and
 * the server build spent about a minute on it. As a string literal handed to
 * JSON.parse it is one token for Rollup and faster for Node to load. This is the
 * change Astro itself later made to the same module (withastro/astro#17223);
 * the store's content and the way Astro reads it (devalue.unflatten of the
 * default export) are unchanged. Build only: `astro dev` keeps Astro's own module,
 * which it watches and reloads.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** Astro's ids for the module (astro/dist/content/consts.js) and its file in the cache folder (content-layer.js). */
const RESOLVED_ID = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';

/** The module's source for a data store file's text. */
export function dataStoreModule(json: string): string {
  return `export default JSON.parse(${JSON.stringify(json)});\n`;
}

export function dataStoreAsJson(): AstroIntegration {
  return {
    name: 'data-store-as-json',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const file = new URL(STORE_FILE, config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-as-json',
                enforce: 'pre',
                apply: 'build',
                // order 'pre': Astro's own plugin for this module is also enforce 'pre', and earlier in the list.
                load: {
                  order: 'pre',
                  handler(id) {
                    if (id !== RESOLVED_ID || !existsSync(file)) return null;
                    const json = readFileSync(file, 'utf8');
                    // What Astro's own loader checks: the file is JSON (a broken store fails here, not at run time).
                    JSON.parse(json);
                    return { code: dataStoreModule(json), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
