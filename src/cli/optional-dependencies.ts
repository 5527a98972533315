import { UsageError } from './args';
import { codeOf } from './output-error';

/**
 * The packages `sanbao serve` and `sanbao mcp` need beyond the library (which needs zod only).
 * They are optional dependencies of the package: npm installs them by default, and an install
 * with `--omit=optional` leaves them out, for a project that only imports the library.
 */
export const OPTIONAL_DEPENDENCIES = {
  serve: ['fastify', '@fastify/rate-limit', 'piscina', 'prom-client'],
  mcp: ['@modelcontextprotocol/sdk/server/index.js'],
} as const;

/** The package a specifier names (`@scope/name/sub/path.js` → `@scope/name`). */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Loads a command's optional dependencies, or says in both languages which is missing and how
 * to install it (wrong usage, exit 2), rather than failing later with a stack trace.
 */
export async function needOptional(command: keyof typeof OPTIONAL_DEPENDENCIES): Promise<void> {
  for (const specifier of OPTIONAL_DEPENDENCIES[command]) {
    try {
      await import(specifier);
    } catch (error) {
      const code = codeOf(error);
      if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
      const name = packageOf(specifier);
      throw new UsageError(
        `sanbao ${command} 需要可选依赖 ${name}，但它没有安装（用 --omit=optional 安装时会省略）：请运行 npm install ${name} / sanbao ${command} needs the optional dependency ${name}, which is not installed (an install with --omit=optional leaves it out): npm install ${name}`,
      );
    }
  }
}
