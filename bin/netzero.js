#!/usr/bin/env node
// Thin launcher: the CLI is compiled and bundled by `npm run build` (run automatically by
// `npm ci` via `prepare`; scripts/bundle-cli.ts says why it is bundled).
import { main } from '../dist/cli-bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
