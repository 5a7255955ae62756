/**
 * Bundles the command line into dist/cli-bundle/ with esbuild, for bin/secdraft.js to load.
 *
 * Why: a command's fixed cost is mostly module loading. Unbundled, Node resolves, reads and links
 * some 80 modules (yargs and its helpers, jsdiff, ours) before any work: a diff of two five-clause
 * files took 0.40 s, bundled 0.30 s; `check` at scale 1 of the synthetic corpus 1.21 s, bundled
 * 1.07 s. Each command, and the Word renderer, stays a chunk of its own, loaded when used. The
 * packages loaded on demand through createRequire (yaml, unified, remark-parse) are not bundled:
 * they resolve from node_modules at run time, as before.
 *
 * The library (dist/index.js) stays tsc's output, module for module.
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * yargs lays out its help text with string-width (three copies, through cliui and wrap-ansi), and
 * string-width builds an Intl.Segmenter and a \p{RGI_Emoji} regular expression as it loads: 22 ms
 * of every command (measured alone, 9 + 13 ms). The bundle gives yargs string-width on demand
 * (scripts/string-width-on-demand.ts): printable ASCII measured by its length, anything else by the
 * real module, run on first use (esbuild's require() of a bundled module runs it when called).
 */
const ON_DEMAND = fileURLToPath(new URL('./string-width-on-demand.ts', import.meta.url));

const lazyStringWidth: Plugin = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    b.onLoad({ filter: /./, namespace: 'lazy-string-width' }, (args) => ({
      contents: `import { widthOnDemand } from ${JSON.stringify(ON_DEMAND)};\nexport default widthOnDemand(() => require(${JSON.stringify(args.path)}).default);\n`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** The esbuild options of the CLI bundle, written to `outdir`. */
export function cliBundleOptions(outdir: string): BuildOptions {
  return {
    entryPoints: { main: 'src/cli/main.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    outdir,
    // Same input, same bytes: no hashes of build paths, no timestamps.
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [lazyStringWidth],
  };
}

/** Builds the bundle into `outdir`, emptied first so that no chunk of an earlier build lingers. */
export async function bundleCli(outdir: string): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build(cliBundleOptions(outdir));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundleCli('dist/cli-bundle');
