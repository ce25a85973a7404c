/* A tiny require hook: compiles .ts files on the fly to CommonJS (typescript.transpileModule, no type check),
 * so that `node -r ./scripts/register-ts.js scripts/build-samples.ts` runs without a build step. */
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const fs = require('fs');
const ts = require('typescript');

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
      sourceMap: false,
    },
  });
  module._compile(out.outputText, filename);
}

require.extensions['.ts'] = compile;
require.extensions['.tsx'] = compile;
