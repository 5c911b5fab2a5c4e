// Shortens the names that wasm-bindgen gives the module's imports and exports.
//
// usage: node scripts/shorten-names.mjs in.wasm in.js out.wasm out.js
//
// wasm-bindgen names each import after its Rust path plus a 16-digit hash
// (`__wbg_lastChild_d03af7c29f69e2ad`) and each closure export after its full type, and both
// the module and its JavaScript glue spell every name out. Nobody but the glue reads them, so
// the names are renamed to short ones in both files, consistently: about 3 KB gzip less.
// Names of eight characters or fewer (`memory`) are left alone.
import fs from 'node:fs';

const [inWasm, inJs, outWasm, outJs] = process.argv.slice(2);
if (!outJs) {
  console.error('usage: node scripts/shorten-names.mjs in.wasm in.js out.wasm out.js');
  process.exit(2);
}

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;
const KEEP_AT_MOST = 8;

function readU32(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const utf8 = (text) => Buffer.from(text, 'utf8');
const name = (text) => Buffer.concat([u32(utf8(text).length), utf8(text)]);

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

/** Length in bytes of an import's description (what follows its two names). */
function importDescriptionEnd(bytes, at) {
  const kind = bytes[at++];
  if (kind === 0) return readU32(bytes, at)[1]; // function: type index
  if (kind === 1) {
    // table: reference type, then limits
    at += 1;
    const flags = bytes[at++];
    at = readU32(bytes, at)[1];
    return flags & 1 ? readU32(bytes, at)[1] : at;
  }
  if (kind === 2) {
    // memory: limits
    const flags = bytes[at++];
    at = readU32(bytes, at)[1];
    return flags & 1 ? readU32(bytes, at)[1] : at;
  }
  if (kind === 3) return at + 2; // global: value type, mutability
  if (kind === 4) return readU32(bytes, at + 1)[1]; // tag: attribute, type index
  throw new Error(`unknown import kind ${kind}`);
}

const renames = new Map();
/** Names the module imports: the glue must provide every one of them. */
const imported = new Set();
function shortName(old) {
  if (old.length <= KEEP_AT_MOST) return old;
  if (!renames.has(old)) renames.set(old, `_${renames.size.toString(36)}`);
  return renames.get(old);
}

function rewriteImports(body) {
  let [count, at] = readU32(body, 0);
  const parts = [u32(count)];
  while (count--) {
    let module, field;
    [module, at] = readName(body, at);
    [field, at] = readName(body, at);
    const end = importDescriptionEnd(body, at);
    imported.add(module).add(field);
    parts.push(name(shortName(module)), name(shortName(field)), body.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}

function rewriteExports(body) {
  let [count, at] = readU32(body, 0);
  const parts = [u32(count)];
  while (count--) {
    let field;
    [field, at] = readName(body, at);
    const end = readU32(body, at + 1)[1]; // kind, then index
    parts.push(name(shortName(field)), body.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}

const wasm = fs.readFileSync(inWasm);
const sections = [wasm.subarray(0, 8)];
for (let at = 8; at < wasm.length; ) {
  const id = wasm[at];
  const [size, start] = readU32(wasm, at + 1);
  let body = wasm.subarray(start, start + size);
  if (id === IMPORT_SECTION) body = rewriteImports(body);
  if (id === EXPORT_SECTION) body = rewriteExports(body);
  sections.push(Buffer.from([id]), u32(body.length), body);
  at = start + size;
}

// In the glue every old name is an identifier or a quoted module name; longest first, so
// no name is replaced inside a longer one.
let js = fs.readFileSync(inJs, 'utf8');
for (const [old, short] of [...renames].sort((a, b) => b[0].length - a[0].length)) {
  const escaped = old.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g');
  // An export the glue does not use is renamed all the same; an import it does not provide
  // means this is not the glue of this module.
  if (!pattern.test(js) && imported.has(old)) throw new Error(`the glue does not provide ${old}`);
  js = js.replace(pattern, short);
}

fs.writeFileSync(outWasm, Buffer.concat(sections));
fs.writeFileSync(outJs, js);
