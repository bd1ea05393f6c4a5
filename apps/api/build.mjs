// Production build of the API (docs/adr/0019-production-bundle-with-esbuild.md): our TypeScript,
// the source-only workspace packages included, becomes plain JavaScript in dist/, so production
// runs `node dist/server.js` without tsx. npm packages are not bundled: each stays an import of the
// package its importer declares (db imports pg, export imports exceljs), as under tsx.
//
// Usage: node build.mjs [outdir]   (default: dist next to this file)
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(process.argv[2] ?? join(here, 'dist'));

/** A path as an import from the bundle (`../../db/node_modules/pg/lib/index.js`), forward slashes. */
function fromOutdir(target) {
  const path = relative(outdir, target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * The package `file` (a resolved real path inside node_modules/.pnpm/…) as its importer sees it:
 * through the importer's own node_modules link (db/node_modules/pg/…). pnpm keeps those links
 * stable; the .pnpm folder names carry versions and peer hashes that an `install --prod` may change.
 */
function throughImportersLink(file, importer, name) {
  const marker = `${sep}node_modules${sep}${name.split('/').join(sep)}${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return file;
  const packageRoot = file.slice(0, at + marker.length - 1);
  const subpath = file.slice(at + marker.length);
  for (let dir = dirname(importer); ; dir = dirname(dir)) {
    const link = join(dir, 'node_modules', name);
    if (existsSync(link) && realpathSync(link) === packageRoot) return join(link, subpath);
    if (dirname(dir) === dir) return file;
  }
}

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const workspaceSource = {
  name: 'workspace-source',
  setup(b) {
    // Every npm package stays external, imported from where its importer would have found it.
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.resolving || args.path.startsWith('node:') || args.path.startsWith('@app/'))
        return undefined;
      const found = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      if (found.errors.length > 0) return { errors: found.errors };
      // Node built-ins imported without `node:` (none today) stay as they are.
      if (found.external || !found.path.includes(`${sep}node_modules${sep}`))
        return found.external ? { path: args.path, external: true } : undefined;
      return {
        path: fromOutdir(throughImportersLink(found.path, args.importer, packageName(args.path))),
        external: true,
      };
    });
    // Each source file keeps its own import.meta.url, so the files it finds next to itself are found
    // where they are in the checkout: db/migrations, db/seed/data, apps/web/dist, .data/pglite.
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (/import\.meta\.(dirname|filename|resolve)\b/.test(source)) {
        return {
          errors: [{ text: `${relative(here, args.path)}: use import.meta.url (the bundle rewrites only that)` }],
        };
      }
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
      const own = `new URL(${JSON.stringify(fromOutdir(args.path))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', own), loader: 'ts' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const started = Date.now();
const result = await build({
  entryPoints: { server: join(here, 'src/server.ts'), 'platform-admin': join(here, 'src/cli/platform-admin.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: 'linked',
  // Keeps class and function names in logs and stack traces.
  keepNames: true,
  logLevel: 'warning',
  metafile: true,
  plugins: [workspaceSource],
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `API built into ${relative(process.cwd(), outdir) || '.'} in ${Date.now() - started} ms (${Math.round(bytes / 1024)} kB incl. source maps)`,
);
