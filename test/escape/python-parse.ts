import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * Reads many documents at once with Python's standard parsers (one process for a whole sample):
 * `xml` through expat (ElementTree), `html` through html.parser. For each document: whether it
 * parsed, the root's (or each element's) attributes, its text, and the tags it opened.
 */
const SCRIPT = `
import json, sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
kind, docs = json.loads(sys.stdin.buffer.read().decode('utf-8', 'surrogatepass'))
out = []
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text = [], [], ''
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag); self.attrs.extend(attrs)
    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag); self.attrs.extend(attrs)
    def handle_data(self, data): self.text += data
    def handle_comment(self, data): self.tags.append('!--')
    def handle_decl(self, decl): self.tags.append('!')
    def handle_pi(self, data): self.tags.append('?')
    def unknown_decl(self, data): self.tags.append('!')
for doc in docs:
    if kind == 'xml':
        try:
            root = ET.fromstring(doc.encode('utf-8'))
            out.append({'ok': True, 'tags': [e.tag for e in root.iter()], 'attrs': [[k, v] for e in root.iter() for k, v in e.attrib.items()], 'text': ''.join(root.itertext())})
        except ET.ParseError as error:
            out.append({'ok': False, 'error': str(error)})
    else:
        p = P(); p.feed(doc); p.close()
        out.append({'ok': True, 'tags': p.tags, 'attrs': p.attrs, 'text': p.text})
sys.stdout.write(json.dumps(out))
`;

export interface Parsed {
  readonly ok: boolean;
  readonly error?: string;
  readonly tags?: readonly string[];
  readonly attrs?: readonly (readonly [string, string | null])[];
  readonly text?: string;
}

/** Parses every document; throws when Python itself fails. */
export function parseAll(kind: 'xml' | 'html', documents: readonly string[]): Parsed[] {
  const run = spawnSync(PYTHON, ['-c', SCRIPT], { input: Buffer.from(JSON.stringify([kind, documents]), 'utf8'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Parsed[];
}
