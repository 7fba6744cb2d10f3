import { pick, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { SavedQuery } from '../../src/explorer-page';

/** Opens a saved query in a new tab, with its variables, and runs it: one click. */
function SavedQueries({ queries }: { queries: SavedQuery[] }) {
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  const { addTab, setOperationName, run } = useGraphiQLActions();
  const open = (saved: SavedQuery) => {
    addTab();
    queryEditor?.setValue(saved.query);
    variableEditor?.setValue(JSON.stringify(saved.variables, null, 2));
    // The editor derives the operation name after a debounce; set it now so the run below sends this one.
    setOperationName(saved.operationName);
    run();
  };
  return (
    <section className="saved-queries" aria-label="Saved queries">
      <div className="graphiql-doc-explorer-title">Saved queries</div>
      <ul>
        {queries.map((saved) => (
          <li key={saved.id}>
            <button type="button" data-query={saved.id} onClick={() => open(saved)}>
              <strong>{saved.title}</strong>
              <span>{saved.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

const BookmarkIcon = () => (
  <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
    <path d="M6 3h12v18l-6-4.5L6 21z" />
  </svg>
);

/** The sidebar plugin listing gateway/explorer/queries. */
export const savedQueriesPlugin = (queries: SavedQuery[]): GraphiQLPlugin => ({
  title: 'Saved queries',
  icon: BookmarkIcon,
  content: () => <SavedQueries queries={queries} />,
});
