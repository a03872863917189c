/**
 * The ingest CLI (scripts/ingest.ts) compiled into one JavaScript bundle, for
 * scripts/run-ingest.mjs. The bundle is kept under a hash of exactly the project
 * files it was built from, of package-lock.json (the library versions bundled)
 * and of this file, so any edit to the pipeline, its schema or the CLI makes the
 * next run build it again (about half a second).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The project: the bundle is built from its scripts/ingest.ts. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** This file, whose build options are part of every bundle's key. */
const SELF = 'scripts/lib/ingest-bundle.mjs';

/**
 * The hash a bundle is kept under: this file (the build options), where the
 * project is (the bundle names its files by absolute path), the lockfile (the
 * library versions bundled) and each source file.
 * @param {string} root
 * @param {string[]} sources project files, relative to root, sorted
 * @param {(file: string) => Buffer} read
 */
function bundleKey(root, sources, read) {
  const hash = createHash('sha256').update(`${root}\0`);
  for (const file of [SELF, 'package-lock.json', ...sources]) hash.update(file).update('\0').update(read(file)).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * The current bundle's path in `dir`, or null when there is none or a file it
 * was built from has changed since.
 * @param {string} root
 * @param {string} dir
 */
export function currentBundle(root, dir) {
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) return null;
  try {
    const { key, sources } = JSON.parse(readFileSync(manifest, 'utf8'));
    const bundle = path.join(dir, `ingest-${key}.mjs`);
    return existsSync(bundle) && bundleKey(root, sources, (f) => readFileSync(path.join(root, f))) === key ? bundle : null;
  } catch {
    // A source that no longer exists, or a manifest cut short: build again.
    return null;
  }
}

/** Write through a temporary file, so that a concurrent run never reads half a file. */
function writeAtomically(file, content) {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/**
 * Bundles of earlier code, once no run started a moment ago can still be about to load one.
 * @param {string} dir
 * @param {string} keep
 */
function removeOldBundles(dir, keep) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (file === keep || !/^ingest-[0-9a-f]+\.mjs$/.test(name)) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > 60_000) rmSync(file);
    } catch {
      // Removed by a concurrent run.
    }
  }
}

/**
 * Compile root/scripts/ingest.ts and everything it imports into one ES module
 * in `dir`, and record it as current; returns its path.
 * @param {string} root
 * @param {string} dir
 */
export async function buildBundle(root, dir) {
  // esbuild is what tsx compiles with; it is resolved through tsx, which declares it.
  const esbuild = createRequire(createRequire(path.join(root, 'package.json')).resolve('tsx/package.json'))('esbuild');
  /** @type {Map<string, Buffer>} project file (relative) → the bytes compiled */
  const read = new Map();
  const projectFiles = {
    name: 'project-files',
    /** @param {import('esbuild').PluginBuild} build */
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const relative = path.relative(root, args.path);
        if (relative.startsWith('..') || relative.split(path.sep).includes('node_modules')) return undefined;
        const bytes = readFileSync(args.path);
        read.set(relative.split(path.sep).join('/'), bytes);
        // Files find their data relative to themselves (src/data/themes.yaml, the division list):
        // in one bundle they would all be in its folder, so each keeps its own location.
        const contents = bytes
          .toString('utf8')
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
        return { contents, loader: 'ts' };
      });
    },
  };
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'scripts/ingest.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: path.join(dir, 'ingest.mjs'),
    metafile: true,
    logLevel: 'error',
    plugins: [projectFiles],
    // Bundled CommonJS libraries call require(): give the bundle one.
    banner: { js: "import { createRequire as __ingestCreateRequire } from 'node:module'; const require = __ingestCreateRequire(import.meta.url);" },
  });
  // Every project file in the bundle: the TypeScript read above, and anything else esbuild read itself.
  const inputs = Object.keys(result.metafile.inputs).map((p) => p.split(path.sep).join('/'));
  const sources = [...new Set([...read.keys(), ...inputs.filter((p) => !p.startsWith('..') && !p.split('/').includes('node_modules'))])].sort();
  const key = bundleKey(root, sources, (f) => read.get(f) ?? readFileSync(path.join(root, f)));
  const bundle = path.join(dir, `ingest-${key}.mjs`);
  mkdirSync(dir, { recursive: true });
  writeAtomically(bundle, result.outputFiles[0].contents);
  writeAtomically(path.join(dir, 'manifest.json'), JSON.stringify({ key, sources }));
  removeOldBundles(dir, bundle);
  return bundle;
}

