// Shortens the names that wasm-bindgen gives the module's imports and exports, in the module
// and, to match, in its JavaScript glue.
//
// usage: node scripts/shorten-names.mjs WASM_OPT in.wasm in.js out.wasm out.js [wasm-opt flags]
//
// wasm-bindgen names each import after its Rust path plus a 16-digit hash
// (`__wbg_lastChild_d03af7c29f69e2ad`), the module they come from after the glue's file, and
// each closure export after its full type; the module and its glue both spell every name
// out, and nobody but the glue reads them (about 5 KB gzip in all). Binaryen's
// `--minify-imports-and-exports-and-modules` pass renames them in the module and prints the
// mapping, which this applies to the glue.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const [wasmOpt, inWasm, inJs, outWasm, outJs, ...flags] = process.argv.slice(2);
if (!outJs) {
  console.error('usage: node scripts/shorten-names.mjs WASM_OPT in.wasm in.js out.wasm out.js [wasm-opt flags]');
  process.exit(2);
}

const printed = execFileSync(wasmOpt, ['--minify-imports-and-exports-and-modules', ...flags, inWasm, '-o', outWasm], { encoding: 'utf8' });
// {"imports": [[module, name, short], …], "exports": [[name, short], …]}
const mapping = JSON.parse(printed.slice(printed.indexOf('{')));
const renames = new Map([...mapping.imports.map(([, name, short]) => [name, short]), ...mapping.exports]);
const modules = new Set(mapping.imports.map(([module]) => module));
// Binaryen gives every import module the same short name.
const moduleName = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(outWasm)))[0]?.module;

let js = fs.readFileSync(inJs, 'utf8');
// Every old name is an identifier in the glue; longest first, so none is replaced inside a
// longer one. A name the glue does not have means this is not the glue of this module.
for (const [old, short] of [...renames].sort((a, b) => b[0].length - a[0].length)) {
  const pattern = new RegExp(`(?<![\\w$])${old.replace(/[$]/g, '\\$')}(?![\\w$])`, 'g');
  if (!pattern.test(js) && mapping.imports.some(([, name]) => name === old)) {
    throw new Error(`the glue does not provide ${old}`);
  }
  js = js.replace(pattern, short);
}
for (const module of modules) js = js.replaceAll(JSON.stringify(module), JSON.stringify(moduleName));
fs.writeFileSync(outJs, js);
