// `node --import ./register.mjs …`: logs the URL of every module the process loads, one a line, to
// the file named by SANBAO_LOAD_LOG (test/cli/lazy-load.test.ts reads it).
import { register } from 'node:module';

register('./hook.mjs', import.meta.url, { data: { log: process.env.SANBAO_LOAD_LOG } });
