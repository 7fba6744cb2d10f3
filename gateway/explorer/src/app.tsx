import { useMemo, useState } from 'react';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { tableToCsv, toTable, type Json, type ResultTable } from './csv';
import { useVietnameseEditorFont } from './editor-font';
import type { PageConfig } from '../../src/explorer-page';
import { savedQueriesPlugin } from './saved-queries';
import { readToken, writeToken } from './session';
import { SignIn } from './sign-in';

/** The last result's first list, named after the operation that gave it. */
interface LastTable {
  name: string;
  table: ResultTable;
}

/** Saves a table as `<name>.csv` (UTF-8 with a byte-order mark) through the browser's download. */
function download({ name, table }: LastTable): void {
  const url = URL.createObjectURL(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function App({ config }: { config: PageConfig }) {
  const [token, setToken] = useState(readToken);
  const [last, setLast] = useState<LastTable>();
  useVietnameseEditorFont();
  const plugins = useMemo(() => [savedQueriesPlugin(config.queries), HISTORY_PLUGIN], [config.queries]);

  // Same-origin POSTs with the tab's token (unless the headers editor sets its own); remembers the result's first list.
  const fetcher = useMemo<GraphiQLProps['fetcher']>(
    () => async (params, options) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      Object.assign(headers, options?.headers);
      const response = await fetch(config.endpoint, { method: 'POST', headers, body: JSON.stringify(params) });
      const result = (await response.json()) as { data?: Record<string, unknown> | null };
      if (params.operationName !== 'IntrospectionQuery') {
        const table = toTable((result.data ?? null) as Json);
        setLast(table && { name: `${params.operationName ?? 'result'}-${new Date().toISOString().slice(0, 10)}`, table });
      }
      return result;
    },
    [token, config.endpoint],
  );

  const changeToken = (next: string) => {
    writeToken(next);
    setToken(next);
    setLast(undefined);
  };

  return (
    <div className="explorer">
      <header className="explorer-bar">
        <h1>Hanoi coordination graph · explorer</h1>
        <SignIn token={token} devSignIn={config.devSignIn} onToken={changeToken} />
        <button type="button" className="csv" disabled={!last?.table.rows.length} onClick={() => last && download(last)}
          title={last ? `The result's first list (${last.table.path}) as CSV` : 'Run a query whose result has a list'}>
          Download CSV{last ? ` (${last.table.rows.length} rows)` : ''}
        </button>
      </header>
      {/* Keyed by the token: signing in again fetches the schema again with the new caller's rights. */}
      <GraphiQL key={token} fetcher={fetcher} plugins={plugins} visiblePlugin={plugins[0]} defaultEditorToolsVisibility="variables" />
    </div>
  );
}
