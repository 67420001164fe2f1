/** The JSON files that playground/scripts/build.mjs writes beside the page. */

/** One option of the library, as its schema (src/options/schema.ts) defines it. */
export interface OptionInfo {
  name: string;
  stage: 'unicode' | 'letters' | 'punctuation' | 'fold';
  values: (string | boolean)[];
}

/** One of the documents of fixtures/. */
export interface DocumentInfo {
  id: string;
  file: string;
  title: string;
}

/** Unicode names by code point, as upper-case hex without `U+` (`'06CC'`). */
export type NameTable = Record<string, string>;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const loadOptions = () => getJson<OptionInfo[]>('./options.json');
export const loadDocuments = () => getJson<DocumentInfo[]>('./documents.json');
export const loadNames = () => getJson<NameTable>('./names.json');

const documentTexts = new Map<string, Promise<string>>();

/** The text of a document (fetched once). */
export function loadDocumentText(info: DocumentInfo): Promise<string> {
  let text = documentTexts.get(info.file);
  if (text === undefined) {
    text = fetch(info.file).then((response) => {
      if (!response.ok) throw new Error(`${info.file}: HTTP ${response.status}`);
      return response.text();
    });
    documentTexts.set(info.file, text);
  }
  return text;
}
