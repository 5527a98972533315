/**
 * Layers point down (design.md §5): a folder may import its own layer and the layers below it,
 * never one above. Checked in CI by `npm run lint:layers` (dependency-cruiser).
 *
 *   0  law, money, time        the sources as data; money in fen; calendar arithmetic
 *   1  claim                   the claim and decision formats
 *   2  engine, rules           evaluation: facts, rule chain, resolver
 *   3  policy                  profiles over the floor; the floor merge
 *   4  explain                 wording: messages, reports, timelines, rendering a decision
 *   5  facade, stamp           decide() and friends; the engine's digest
 *   6  dispute, testing, schemas   checks of shop decisions, the fixture kit, JSON Schemas
 *   7  index.ts, entries       the public surface: the root entry and the subpaths (src/entries/)
 *   8  cli, desk               the command line and the desk page
 */
const LAYERS = [['law', 'money', 'time'], ['claim'], ['engine', 'rules'], ['policy'], ['explain'], ['facade', 'stamp'], ['dispute', 'testing', 'schemas'], ['index.ts', 'entries'], ['cli', 'desk']];

const pathOf = (names) => `^src/(${names.map((name) => name.replace('.', '\\.')).join('|')})($|/)`;

module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((layer, index) => ({
      name: `${layer.join('-').replace('.ts', '')}-imports-a-layer-above`,
      comment: `${layer.join(', ')} may not import a layer above it (${LAYERS.slice(index + 1).flat().join(', ')})`,
      severity: 'error',
      from: { path: pathOf(layer) },
      to: { path: pathOf(LAYERS.slice(index + 1).flat()) },
    })),
    {
      name: 'no-circular',
      comment: 'modules do not import each other in a circle',
      severity: 'error',
      from: { path: '^src/' },
      // A type-only import is gone at run time; a locale typed by the messages it fills is no cycle.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'pure-core',
      comment: 'only the command line (and the desk page build) may touch files, processes or the environment',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|desk)/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|child_process|process|os|worker_threads|net|http|https|readline)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
