import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURE_PATH, architectureDocument, layerConfig, layersSection } from './architecture-doc';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('docs/architecture.md', () => {
  it('draws the layers and their rules as .dependency-cruiser.cjs states them (run `npm run docs` after changing it)', () => {
    const text = readFileSync(ARCHITECTURE_PATH, 'utf8');
    expect(text).toContain(layersSection());
    expect(architectureDocument(text)).toBe(text);
  });

  it('the picture names every layer, bottom first, in the order of the config', () => {
    const section = layersSection();
    const { layers } = layerConfig();
    const at = layers.map((_layer, index) => section.indexOf(`L${index}["${index} · `));
    for (const position of at) expect(position).toBeGreaterThan(-1);
    // Drawn top layer first: each layer's node comes before the one below it.
    for (let index = 1; index < at.length; index += 1) expect(at[index]!).toBeLessThan(at[index - 1]!);
  });

  it('every folder and file at the top of src/ is in exactly one layer', () => {
    const placed = layerConfig().layers.flatMap((layer) => layer.folders);
    expect(new Set(placed).size).toBe(placed.length);
    const entries = readdirSync(SRC).filter((name) => !name.startsWith('.'));
    expect([...entries].sort()).toEqual([...placed].sort());
  });
});
