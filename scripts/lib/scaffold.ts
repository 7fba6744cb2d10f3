import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run new:subgraph`: a new subgraph from scripts/templates/subgraph, registered everywhere a subgraph is listed.
 * Everything is written or nothing: a failure (here or in a later step the caller runs inside `transaction`)
 * restores every edited file and removes every created one.
 */
export interface SubgraphNames {
  /** Service name: directory, database, topic prefix, image (`inspections`). */
  name: string;
  /** GraphQL type of its entity (`Inspection`). */
  Entity: string;
  /** Field of its list query (`inspections`). */
  entities: string;
  /** Agency whose clerks and leaders write. */
  agency: string;
  port: number;
}

const templatesDir = path.join(__dirname, '..', 'templates', 'subgraph');
const serviceName = /^[a-z][a-z0-9]{1,30}$/;
const typeName = /^[A-Z][A-Za-z0-9]{1,40}$/;

const kebab = (camelOrPascal: string) => camelOrPascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const lowerFirst = (word: string) => word[0]!.toLowerCase() + word.slice(1);
const upperFirst = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** English plural of a type name, enough for entity names (`Inspection` → `Inspections`, `Category` → `Categories`). */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The names of a new subgraph from its service name and options; throws with what is wrong. */
export function subgraphNames(name: string, options: { entity?: string; agency?: string }, ports: Record<string, number>): SubgraphNames {
  if (!serviceName.test(name)) throw new Error(`"${name}" is not a service name: 2 to 31 lowercase letters and digits, starting with a letter`);
  if (name in ports || name === 'gateway') throw new Error(`a subgraph named ${name} exists already`);
  const Entity = options.entity ?? upperFirst(name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name);
  if (!typeName.test(Entity)) throw new Error(`"${Entity}" is not a GraphQL type name (PascalCase letters and digits); pass --entity`);
  const port = Math.max(...Object.values(ports)) + 1;
  return { name, Entity, entities: lowerFirst(plural(Entity)), agency: options.agency ?? name, port };
}

function substitutions(names: SubgraphNames): [string, string][] {
  const Entities = upperFirst(names.entities);
  // Longest tokens first: __entities__ before __entity__.
  return [
    ['__entities_file__', kebab(Entities)],
    ['__entity_file__', kebab(names.Entity)],
    ['__collection__', kebab(Entities).replace(/-/g, '_')],
    ['__Entities__', Entities],
    ['__entities__', names.entities],
    ['__Entity__', names.Entity],
    ['__entity__', lowerFirst(names.Entity)],
    ['__agency__', names.agency],
    ['__port__', String(names.port)],
    ['__name__', names.name],
  ];
}
const fill = (text: string, pairs: [string, string][]) => pairs.reduce((out, [token, value]) => out.split(token).join(value), text);

/** Where each template file goes, relative to the repository: the service, its SDL, its Kubernetes kustomization. */
function destination(template: string, name: string): string {
  if (template.startsWith('schemas/')) return template;
  if (template.startsWith('k8s/')) return path.join('infra/k8s/base/subgraphs', name, template.slice('k8s/'.length));
  return path.join('services', name, template);
}

function templateFiles(dir = templatesDir, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templateFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * Inserts a line after the last line of `text` matching `line` (a whole-line pattern, flag m); `make` builds it from
 * that line. Throws when nothing matches: the file no longer has the layout the scaffolder knows.
 */
function insertAfterLast(text: string, line: RegExp, make: (last: string) => string): string {
  const matches = [...text.matchAll(new RegExp(line.source, 'gm'))];
  const last = matches.at(-1);
  if (!last) throw new Error(`no line matches ${line}`);
  const end = last.index! + last[0].length;
  return `${text.slice(0, end)}\n${make(last[0])}${text.slice(end)}`;
}

/** The edits that register a subgraph in the files that list every subgraph. */
function registrations(names: SubgraphNames): { file: string; edit: (text: string) => string }[] {
  const { name, port } = names;
  const NAME = name.toUpperCase();
  const lastImage = /^  - \{ name: hanoi-coordination-graph\/[a-z0-9]+,.*\}$/;
  const withName = (last: string) => last.replace(/hanoi\/[a-z0-9]+|hanoi-coordination-graph\/[a-z0-9]+/g, (match) => `${match.split('/')[0]}/${name}`);
  return [
    // The table composition, `npm start`, the e2e platform and the gateway read.
    {
      file: 'gateway/src/config.ts',
      edit: (t) => {
        const table = /(export const subgraphPorts = \{\n(?:  [a-z0-9]+: \d+,\n)+)(\} as const;)/;
        if (!table.test(t)) throw new Error('no subgraphPorts table of `name: port,` lines');
        return t.replace(table, `$1  ${name}: ${port},\n$2`);
      },
    },
    {
      file: 'tsconfig.build.json',
      edit: (t) => {
        const end = /\n  \]\n\}\s*$/;
        if (!end.test(t)) throw new Error('its references no longer end the file');
        return t.replace(end, `,\n    { "path": "services/${name}/tsconfig.build.json" }\n  ]\n}\n`);
      },
    },
    {
      file: 'Dockerfile',
      edit: (t) =>
        `${t.trimEnd()}\n\nFROM runtime AS ${name}\nCOPY --from=build /app/services/${name}/package.json ./services/${name}/\n` +
        `COPY --from=build /app/services/${name}/dist ./services/${name}/dist\nEXPOSE ${port}\n` +
        `CMD ["node", "--conditions=@hanoi/dist", "--enable-source-maps", "services/${name}/dist/index.js"]\n`,
    },
    {
      file: 'docker-compose.yml',
      edit: (t) => {
        const gateway = t.indexOf('  # --- Gateway');
        if (gateway < 0) throw new Error('no "# --- Gateway" section');
        const service =
          `  ${name}:\n    <<: *node-service\n    build: { context: ., target: ${name} }\n    image: hanoi-coordination-graph/${name}:local\n` +
          `    environment: { <<: *subgraph-env, PORT: ${port} }\n    ports: ["127.0.0.1:${port}:${port}"]\n    depends_on: *subgraph-depends\n\n`;
        let out = `${t.slice(0, gateway)}${service}${t.slice(gateway)}`;
        out = insertAfterLast(out, /^      SUBGRAPH_[A-Z0-9]+_URL: .*$/, () => `      SUBGRAPH_${NAME}_URL: http://${name}:${port}/graphql`);
        return insertAfterLast(out, /^      [a-z0-9]+: \{ condition: service_healthy \}$/, () => `      ${name}: { condition: service_healthy }`);
      },
    },
    { file: 'infra/k8s/base/kustomization.yaml', edit: (t) => insertAfterLast(t, /^  - subgraphs\/[a-z0-9]+$/, () => `  - subgraphs/${name}`) },
    {
      file: 'infra/k8s/base/gateway/kustomization.yaml',
      edit: (t) => insertAfterLast(t, /^      - SUBGRAPH_[A-Z0-9]+_URL=.*$/, () => `      - SUBGRAPH_${NAME}_URL=http://${name}-subgraph/graphql`),
    },
    { file: 'infra/k8s/overlays/local/kustomization.yaml', edit: (t) => insertAfterLast(t, lastImage, withName) },
    { file: 'infra/k8s/overlays/production/kustomization.yaml', edit: (t) => insertAfterLast(t, lastImage, withName) },
  ];
}

/**
 * Writes the subgraph's files and registrations under `root`, then runs `after` (composition, the lockfile); undoes
 * everything if any of it throws. Returns the files created and edited, relative to `root`.
 */
export async function scaffoldSubgraph(root: string, names: SubgraphNames, after: () => Promise<void> | void = () => undefined) {
  const pairs = substitutions(names);
  const created = templateFiles().map((template) => ({ template, file: fill(destination(template, names.name), pairs).replace(/\.tmpl$/, '') }));
  const edits = registrations(names);
  const originals = new Map<string, string>();
  const createdDirs = [path.join('services', names.name), path.join('infra/k8s/base/subgraphs', names.name)];
  for (const dir of createdDirs) if (existsSync(path.join(root, dir))) throw new Error(`${dir} exists already`);
  for (const { file } of created) if (existsSync(path.join(root, file))) throw new Error(`${file} exists already`);
  try {
    for (const { template, file } of created) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), fill(readFileSync(path.join(templatesDir, template), 'utf8'), pairs));
    }
    for (const { file, edit } of [...edits, { file: 'package-lock.json', edit: (t: string) => t }]) {
      const text = readFileSync(path.join(root, file), 'utf8');
      originals.set(file, text);
      try {
        writeFileSync(path.join(root, file), edit(text));
      } catch (error) {
        throw new Error(`cannot register the subgraph in ${file} (its layout changed?): ${(error as Error).message}`);
      }
    }
    await after();
  } catch (error) {
    for (const [file, text] of originals) writeFileSync(path.join(root, file), text);
    for (const { file } of created) rmSync(path.join(root, file), { force: true });
    for (const dir of createdDirs) rmSync(path.join(root, dir), { recursive: true, force: true });
    throw error;
  }
  return { created: created.map((c) => c.file), edited: [...originals.keys()] };
}
