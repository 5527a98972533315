/**
 * Layers point down (design.md §5, issue 20 item 2): a folder may import its own layer and the
 * layers below it, never one above. Type-only imports count like any other: a type names what it
 * depends on, and a cycle of types is a cycle. Checked in CI by `npm run lint:layers`
 * (dependency-cruiser); docs/architecture.md draws these layers from `LAYERS` below
 * (test/docs/architecture.test.ts fails when the picture and this list differ).
 *
 *   0  law, money, time        the sources as data; money in fen; calendar arithmetic
 *   1  claim                   the claim and decision formats
 *   2  engine                  the generic machinery: rule definition, chain runner, resolver, evaluation
 *   3  rules                   the national rules, the legal tests and the facts that apply them
 *   4  policy                  profiles over the floor; the floor merge
 *   5  explain                 renders a decision: messages, reports, timelines (no engine or policy values)
 *   6  facade, stamp           decide() and friends; the engine's digest
 *   7  dispute, testing, schemas   checks of shop decisions, the fixture kit, JSON Schemas
 *   8  index.ts, entries       the public surface: the root entry and the subpaths (src/entries/)
 *   9  cli, desk               the command line and the desk page
 */
const LAYERS = [
  { folders: ['law', 'money', 'time'], role: 'the sources as data; money in fen; calendar arithmetic' },
  { folders: ['claim'], role: 'the claim and decision formats' },
  { folders: ['engine'], role: 'the generic machinery: rule definition, chain runner, resolver, evaluation' },
  { folders: ['rules'], role: 'the national rules, the legal tests and the facts that apply them' },
  { folders: ['policy'], role: 'profiles over the floor; the floor merge' },
  { folders: ['explain'], role: 'renders a decision: messages, reports, timelines (no engine or policy values)' },
  { folders: ['facade', 'stamp'], role: 'decide() and friends; the engine’s digest' },
  { folders: ['dispute', 'testing', 'schemas'], role: 'checks of shop decisions, the fixture kit, JSON Schemas' },
  { folders: ['index.ts', 'entries'], role: 'the public surface: the root entry and the subpaths (src/entries/)' },
  { folders: ['cli', 'desk'], role: 'the command line and the desk page' },
];

const pathOf = (names) => `^src/(${names.map((name) => name.replace('.', '\\.')).join('|')})($|/)`;

const config = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((layer, index) => ({
      name: `${layer.folders.join('-').replace('.ts', '')}-imports-a-layer-above`,
      comment: `${layer.folders.join(', ')} may not import a layer above it (${LAYERS.slice(index + 1)
        .flatMap((above) => above.folders)
        .join(', ')}), not even for a type`,
      severity: 'error',
      from: { path: pathOf(layer.folders) },
      to: { path: pathOf(LAYERS.slice(index + 1).flatMap((above) => above.folders)) },
    })),
    {
      name: 'no-circular',
      comment: 'modules do not import each other in a circle, counting type-only imports',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'explain-no-engine-policy-values',
      comment: 'explain/ renders a decision: it may name engine and policy types, never use their values',
      severity: 'error',
      from: { path: '^src/explain/' },
      to: { path: '^src/(engine|policy)/', dependencyTypesNot: ['type-only'] },
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

// The layers, for docs/architecture.md's picture; not enumerable, so dependency-cruiser's own
// check of its configuration sees only the keys it knows.
Object.defineProperty(config, 'LAYERS', { value: LAYERS, enumerable: false });

module.exports = config;
