import { useEffect } from 'react';
import { useMonaco } from '@graphiql/react';
import '@fontsource/roboto-mono/400.css';

/**
 * GraphiQL's editor font, Fira Code, lacks the Vietnamese letters with two diacritics (ề, ố, ữ), and so do the
 * monospace fonts of many systems (DejaVu Sans Mono): the marks then render beside their letter. The editors use
 * Roboto Mono, bundled with its Vietnamese subset (the browser loads only the subsets a page's text needs).
 */
export const editorFontFamily = '"Roboto Mono", Consolas, Menlo, monospace';

/** Applies the font to GraphiQL's editors, those created already and those to come (a new tab). */
export function useVietnameseEditorFont(): void {
  const monaco = useMonaco((state) => state.monaco);
  useEffect(() => {
    if (!monaco) return;
    for (const editor of monaco.editor.getEditors()) editor.updateOptions({ fontFamily: editorFontFamily });
    const subscription = monaco.editor.onDidCreateEditor((editor) => editor.updateOptions({ fontFamily: editorFontFamily }));
    return () => subscription.dispose();
  }, [monaco]);
}
