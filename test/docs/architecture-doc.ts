import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** One layer of `.dependency-cruiser.cjs`: its folders of src/ (or files), and what it holds. */
export interface Layer {
  readonly folders: readonly string[];
  readonly role: string;
}

interface ForbiddenRule {
  readonly name: string;
  readonly comment?: string;
}

const require = createRequire(import.meta.url);
const CONFIG_PATH = fileURLToPath(new URL('../../.dependency-cruiser.cjs', import.meta.url));

/** The layers and the forbidden rules as the config states them (its `LAYERS`, bottom first). */
export function layerConfig(): { readonly layers: readonly Layer[]; readonly forbidden: readonly ForbiddenRule[] } {
  const config = require(CONFIG_PATH) as { LAYERS: readonly Layer[]; forbidden: readonly ForbiddenRule[] };
  return { layers: config.LAYERS, forbidden: config.forbidden };
}

export const ARCHITECTURE_PATH = fileURLToPath(new URL('../../docs/architecture.md', import.meta.url));
const START = '<!-- layers: generated from .dependency-cruiser.cjs by `npm run docs`; do not edit by hand -->';
const END = '<!-- layers: end -->';

/** Markdown-safe text for a Mermaid label: no quotes or angle brackets to end it early. */
const label = (text: string) => text.replace(/["<>]/g, (c) => ({ '"': '#quot;', '<': '#lt;', '>': '#gt;' })[c]!);

/**
 * The picture of the layers, top layer first, each pointing at the one below it (a layer may import
 * every layer below it, never one above), and the forbidden rules that hold them, both from the
 * config: a Mermaid flowchart (drawn by GitHub and most Markdown viewers, readable as text) and a
 * table.
 */
export function layersSection(): string {
  const { layers, forbidden } = layerConfig();
  const lines = [START, '', '```mermaid', 'flowchart TB'];
  const top = [...layers.keys()].reverse();
  for (const index of top) {
    const layer = layers[index]!;
    lines.push(`  L${index}["${index} · ${label(layer.folders.map((name) => (name.endsWith('.ts') ? `src/${name}` : `${name}/`)).join(', '))}<br/><small>${label(layer.role)}</small>"]`);
  }
  for (const index of top) if (index > 0) lines.push(`  L${index} --> L${index - 1}`);
  lines.push('```', '', '| rule | what it forbids |', '| --- | --- |');
  for (const rule of forbidden) lines.push(`| \`${rule.name}\` | ${(rule.comment ?? '').replace(/\|/g, '\\|')} |`);
  lines.push('', END);
  return lines.join('\n');
}

/** docs/architecture.md with its layers section as the config gives it. */
export function architectureDocument(current: string = readFileSync(ARCHITECTURE_PATH, 'utf8')): string {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start === -1 || end < start) throw new Error(`docs/architecture.md: no layers section (${START} … ${END})`);
  return current.slice(0, start) + layersSection() + current.slice(end + END.length);
}
