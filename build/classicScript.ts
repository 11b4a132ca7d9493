import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createHash } from 'node:crypto';
import { minify } from 'terser';

/**
 * The script build's lazily loaded files: which source folder each holds and its file name. A
 * chunk from anywhere else fails the build (it would be a file nobody meant to ship).
 */
export const LAZY_CHUNKS = [
  { folder: '/src/widget/steps/', name: 'booking-steps' },
  { folder: '/src/widget/api/bookingtime/', name: 'bookingtime' },
  // The first-screen file: the config check, Preact, the first screen's components and CSS, fetched
  // beside the first request (config/check/index.ts).
  { folder: '/src/widget/config/check/', name: 'booking-config', firstScreen: true },
];

/**
 * V8's explicit compile hint (Chromium 136 on; other engines read a comment): every function of
 * the file is compiled while it streams in, off the main thread, instead of one by one on the main
 * thread when first called. Given to the files whose functions the first screen runs (`booking.js`
 * and the first-screen file), not to the steps, which are mostly run later or never. Measured in
 * traces of the first-time bench's widget page: the main thread's compile time during a load went
 * from 68–75 ms to 6–9 ms (traced, so inflated). First clickable time on loopback, interleaved A/Bs
 * of 16 runs each, hinted vs not: 304 vs 324, 321 vs 338, 329 vs 330, 338 vs 363 ms (the
 * first-screen file alone hinted: 351); with 80 ms of latency on every request, 519 vs 514 (the main
 * thread waits for the network there anyway). The script itself starts a little later (its whole
 * compile must be done first), which the saved main-thread compiles more than make up for.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Turns the script build's ES chunks into what a plain `<script src>` can run, without any
 * global: `booking.js` becomes one classic script (an arrow function run at once), and each
 * lazily imported chunk (the first-screen file, the steps, the bookingtime backend) an ES module
 * whose default export takes the bindings it shares with `booking.js`, and those of the chunks it
 * imports from, and returns its own exports.
 *
 *   booking.js (classic)                         booking-config-<hash>.js, booking-steps-<hash>.js, … (modules)
 *   (() => { …widget…                            export default (shared, deps) => {
 *     __bwLoad(file): import(new URL(file,         const { a: signal, … } = shared;
 *       scriptUrl)), its deps first, then          const { b: h, … } = deps[0];   // a chunk it imports from
 *       m.default({ a: signal, … }, deps)           …form, confirmation, zone search…
 *   })();                                          return { BookingForm, … }; }
 *
 * Every chunk gets the same wrapping and every `import()` of one (in booking.js or in a chunk) the
 * same loader (its URL beside the script; each chunk runs once per page). Rolldown cannot split an
 * IIFE build, so this rewrites its ES output. The shapes it reads (`import {…} from "./x.js"`
 * statements at the top of a chunk, one `export {…}` at the end of each file) are checked; anything
 * else fails the build rather than shipping a broken script.
 */
export function classicScriptWithSteps(): Plugin {
  const pairs = (list: string) =>
    list.split(',').map((part) => {
      const [local, exported = local] = part.trim().split(/\s+as\s+/);
      return [local, exported] as const;
    });
  const EXPORT = /export\s*\{([^}]*)\};?\s*$/;
  const MAP_COMMENT = /\n\/\/# sourceMappingURL=\S+\s*$/;
  const STATEMENT = /^\s*(import|export)\b/m;
  /** One import statement at the top of a chunk: `import{a as b}from"./booking.js";` (or a bare `import"./x.js";`). */
  const IMPORT = /^\s*import\s*(?:\{([^}]*)\}\s*from\s*)?(["'`])\.\/([^"'`]+)\2;?/;
  /** The chunk's source map, when the build writes one (`npm run size -- --by-source`). */
  const sourceMap = (bundle: OutputBundle, chunk: OutputChunk) => {
    const map = bundle[`${chunk.fileName}.map`];
    return map?.type === 'asset' ? map : undefined;
  };
  /**
   * A second pass with terser over the wrapped file (about 1% smaller than the built-in minifier
   * alone). Skipped when a source map is wanted (`npm run size -- --by-source`), which would need
   * the maps chained.
   */
  /** The short names terser gave our `_fields` so far in this build (its `nameCache.props`). */
  let props: unknown;
  async function squeeze(bundle: OutputBundle, chunk: OutputChunk) {
    if (sourceMap(bundle, chunk)) return;
    const main = chunk.fileName === 'booking.js';
    // The internal fields of our own classes (`_deps`, `_version`: src/widget/signals/) get short
    // names; Preact's own (`__c`, `__b`) are left as they are, since its add-ons look them up. Every
    // file of one build shares the table of short names (`props`), so a field that booking.js writes
    // and the config-check file reads has the same name in both.
    const nameCache = { props };
    const out = await minify(chunk.code, {
      ecma: 2020,
      module: !main,
      compress: { passes: 3 },
      mangle: { properties: { regex: /^_[a-z]/ } },
      nameCache,
      // A classic script is read in the page's encoding unless its server names one: a host page in
      // windows-1252 would turn "‹" into "â€¹". ASCII only (\u escapes) reads the same in any. (The
      // chunks are modules, always read as UTF-8.)
      format: { ascii_only: main },
    });
    props = nameCache.props;
    let code = out.code!;
    // A chunk's body is one big function (its default export), called once: in parentheses, V8
    // compiles it as the file streams in, off the main thread, as it does booking.js's outer
    // function; bare, it would be compiled lazily on the main thread when called, with the first
    // screen waiting. (Terser drops such parentheses, so they go in after it.)
    if (!main) {
      const head = /^export default\(/.exec(code);
      const tail = /;?\s*$/.exec(code)!;
      if (!head) throw new Error(`${chunk.fileName}: expected \`export default(\` at the start after terser`);
      code = `export default(${code.slice(head[0].length - 1, tail.index)});`;
    }
    const firstScreen = main || LAZY_CHUNKS.some((l) => l.firstScreen && chunk.fileName.startsWith(l.name + '-'));
    chunk.code = (firstScreen ? COMPILE_HINT : '') + code + '\n';
  }
  /** Puts `before` on a line of its own above the code and `after` below it; the source map follows. */
  function wrap(bundle: OutputBundle, chunk: OutputChunk, before: string, code: string, after: string) {
    const comment = MAP_COMMENT.exec(chunk.code)?.[0] ?? '';
    // The minifier keeps the `/* @__PURE__ */` marks of the ES output; nothing reads them after this.
    // (Replaced by as many spaces, so the source map's columns stay true.)
    const map = sourceMap(bundle, chunk);
    code = code.replace(/\/\*\s*[@#]__PURE__\s*\*\//g, (mark) => (map ? ' '.repeat(mark.length) : ''));
    chunk.code = `${before}\n${code}\n${after}\n${comment.trim()}`;
    if (map) {
      const json = JSON.parse(String(map.source)) as { mappings: string };
      map.source = JSON.stringify({ ...json, mappings: ';' + json.mappings });
    }
  }
  return {
    name: 'booking-widget-classic-script',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      props = undefined;
      const entry = chunks.find((c) => c.isEntry);
      const lazy = chunks.filter((c) => !c.isEntry);
      const known = (c: OutputChunk) => LAZY_CHUNKS.some((l) => c.fileName.startsWith(l.name + '-'));
      if (
        !entry ||
        lazy.some((c) => !c.isDynamicEntry || !known(c)) ||
        LAZY_CHUNKS.some((l) => lazy.filter((c) => c.fileName.startsWith(l.name + '-')).length > 1)
      ) {
        throw new Error(
          `booking.js build: expected one entry and lazily loaded chunks of ${LAZY_CHUNKS.map((l) => l.folder).join(', ')} (one each), got ${chunks.map((c) => c.fileName).join(', ')}`,
        );
      }
      let code = entry.code.replace(MAP_COMMENT, '');
      const exported = EXPORT.exec(code);
      const shared = exported ? pairs(exported[1]) : [];
      if (exported) code = code.slice(0, exported.index);
      if (STATEMENT.test(code)) throw new Error('booking.js build: the entry still has an import or export statement');
      /** Each lazy chunk's code, unwrapped, and the other lazy chunks it imports from (loaded before it runs). */
      const bodies = new Map<OutputChunk, { before: string; source: string; after: string }>();
      const deps: Record<string, string[]> = {};
      for (const chunk of lazy) {
        let source = chunk.code.replace(MAP_COMMENT, '');
        const tail = EXPORT.exec(source);
        if (!tail) throw new Error(`booking.js build: ${chunk.fileName} does not end with one export statement`);
        // Its imports, at the top: from booking.js (the shared bindings) and from other lazy chunks.
        const takes: string[] = [];
        const from: string[] = [];
        let head: RegExpExecArray | null;
        let room = 0;
        while ((head = IMPORT.exec(source.slice(room)))) {
          const [statement, list = '', , file] = head;
          const bindings = pairs(list)
            .filter(([name]) => name)
            .map(([name, local]) => `${name}:${local}`)
            .join(',');
          if (file === 'booking.js') takes.unshift(`const{${bindings}}=__bwShared;`);
          else {
            if (!lazy.some((c) => c.fileName === file))
              throw new Error(`booking.js build: ${chunk.fileName} imports ${file}, not a lazy chunk`);
            takes.push(`const{${bindings}}=__bwDeps[${from.length}];`);
            from.push(file);
          }
          room += statement.length;
        }
        if (!room) throw new Error(`booking.js build: ${chunk.fileName} imports nothing from booking.js`);
        deps[chunk.fileName] = from;
        // The import statements' room stays, as spaces: the code keeps its columns for the source map.
        source = ' '.repeat(sourceMap(bundle, chunk) ? room : 0) + source.slice(room, tail.index);
        if (STATEMENT.test(source)) throw new Error(`booking.js build: ${chunk.fileName} has an import or export after its imports`);
        const give = pairs(tail[1])
          .map(([local, name]) => `${name}:${local}`)
          .join(',');
        bodies.set(chunk, {
          before: `export default(__bwShared,__bwDeps)=>{const{__bwLoad}=__bwShared;${takes.join('')}`,
          source,
          after: `;return{${give}}};`,
        });
      }
      // Every import() of a lazy chunk, in booking.js or in another chunk, goes through the one loader.
      const loaded = new Set<string>();
      const load = (text: string) =>
        text.replace(/import\(\s*(["'`])\.\/([^"'`]+)\1\s*\)/g, (_call, _quote, file: string) => {
          if (!lazy.some((c) => c.fileName === file)) throw new Error(`booking.js build: import() of ${file}, not a lazy chunk`);
          loaded.add(file);
          return `__bwLoad(${JSON.stringify(file)})`;
        });
      code = load(code);
      for (const [chunk, { before, source, after }] of bodies) wrap(bundle, chunk, before, load(source), after);
      const unloaded = lazy.filter((c) => !loaded.has(c.fileName));
      if (unloaded.length) throw new Error(`booking.js build: no import() of ${unloaded.map((c) => c.fileName).join(', ')} found`);
      const give = [...shared.map(([local, name]) => `${name}:${local}`), '__bwLoad'].join(',');
      wrap(
        bundle,
        entry,
        // Some browsers remember a failed import() of a URL for good (the HTML spec's module map
        // keeps the failure): each retry of a file asks for a new URL (`-~n` is n + 1, undefined → 1).
        // A chunk runs once per page (its bindings are made once), after the chunks it imports from;
        // a failed download is forgotten, so the next call asks again.
        `(()=>{const __bwBase=document.currentScript?.src||location.href,__bwTry={},__bwDone={},__bwFrom=${JSON.stringify(deps)};` +
          `const __bwLoad=(__bwFile)=>__bwDone[__bwFile]??=Promise.all([import(new URL(__bwFile,__bwBase).href+((__bwTry[__bwFile]=-~__bwTry[__bwFile])>1?'?retry='+__bwTry[__bwFile]:'')),...__bwFrom[__bwFile].map(__bwLoad)])` +
          // (Every name here starts with __bw: the shared bindings below are the bundle's own short names.)
          `.then(([__bwModule,...__bwDeps])=>__bwModule.default({${give}},__bwDeps),(__bwError)=>{delete __bwDone[__bwFile];throw __bwError});`,
        code,
        '})();',
      );
      for (const chunk of chunks) await squeeze(bundle, chunk);
      // (Written out as assets under their new names: the bundle does not take a chunk under a new key.)
      if (!lazy.some((c) => sourceMap(bundle, c)))
        for (const [chunk, name] of renameByContent(chunks, lazy)) {
          delete bundle[chunk.fileName];
          this.emitFile({ type: 'asset', fileName: name, source: chunk.code });
        }
    },
  };
}

/**
 * Names each lazily loaded file after a hash of its final bytes. Rolldown's hash is of its output
 * before this plugin rewrote it, so a change of the plugin or of terser alone (the compile hint,
 * the loader, short names) would ship new bytes under an old name, and a host that caches hashed
 * files for good could pair a new `booking.js` with an old chunk. A file that names another (the
 * first-screen file asks for the steps file) is hashed after that one is renamed; `booking.js`,
 * which names them all, is not hashed (its URL is the embed's).
 */
function renameByContent(chunks: OutputChunk[], lazy: OutputChunk[]): Array<[OutputChunk, string]> {
  const renamed: Array<[OutputChunk, string]> = [];
  const pending = [...lazy];
  while (pending.length) {
    const next = pending.findIndex((c) => !pending.some((other) => other !== c && c.code.includes(other.fileName)));
    if (next < 0) throw new Error(`booking.js build: ${pending.map((c) => c.fileName).join(', ')} name each other`);
    const [chunk] = pending.splice(next, 1);
    const lazyName = LAZY_CHUNKS.find((l) => chunk.fileName.startsWith(l.name + '-'))!.name;
    const name = `${lazyName}-${createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8)}.js`;
    for (const other of chunks) other.code = other.code.split(chunk.fileName).join(name);
    renamed.push([chunk, name]);
  }
  return renamed;
}
