#!/usr/bin/env node
// Thin launcher: the CLI is compiled by `npm run build` (run automatically by `npm ci` via `prepare`).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
