import { optionHelp } from './args.js';

export function helpText(): string {
  return `Usage: arabic-normalize [options] [files...]

Normalises Arabic text (the library's normalize()) from files or standard input (no files, or -).
Output goes to standard output unless -o, --out-dir or --in-place is given; files are written to a
temporary file first and renamed into place only when complete.

Output:
  -o, --output FILE        write everything to FILE
  --out-dir DIR            write each input to DIR/<its path>, keeping the relative folder layout
  --in-place               replace each input file (the original stays until the new one is complete)

What to do:
  (default)                normalise the whole text
  --sentences              normalise, then write one sentence per line
  --format jsonl           with --sentences: one {"text","start","end"} object per sentence
                           (UTF-16 offsets into the normalised text; "file" too with several inputs)
  --abbreviation WORD      with --sentences: a full stop after WORD does not end a sentence
                           (repeatable; WORD without its final dot, e.g. --abbreviation Corp)
  --hard-wrapped           with --sentences: the text is hard-wrapped (e-mail, OCR, PDF): a single
                           line break is a space, a blank line ends a sentence
  --jsonl                  input is JSON Lines: normalise string fields, keep everything else as is
  --field PATH             field to normalise (repeatable, dotted paths like meta.title; default text)

Normalisation options (as in the API; see the README):
  --preset standard|search|minimal
${optionHelp()}

Running:
  -j, --jobs N             worker threads: files in parallel, or blocks of one JSONL input;
                           output order is always the input order (default 1)
  --strict                 invalid UTF-8 or a malformed JSONL record is an error (exit 1)
  -q, --quiet              no progress bar and no per-problem messages (the summary remains)
  -h, --help               this help
  -V, --version            the version

Without --strict, invalid UTF-8 becomes U+FFFD and malformed JSONL records are passed through
unchanged; each is reported with its file and byte offset or line number, and counted in a
summary on standard error. A progress bar is drawn on standard error when it is a terminal and
the input size is known.

Exit codes:
  0  done (possibly with replaced bytes or passed-through records, see the summary)
  1  bad input data with --strict (invalid UTF-8, malformed JSONL record)
  2  usage error (unknown option, bad value)
  3  input/output error (file missing or unreadable, cannot write)
  130, 143  interrupted by SIGINT or SIGTERM (temporary files are removed)

Examples:
  arabic-normalize article.txt > clean.txt
  curl -s https://example.org/feed.txt | arabic-normalize --preset search
  arabic-normalize --out-dir clean/ --jobs 2 raw/*.txt
  arabic-normalize --in-place --digits arabic-indic notes.txt
  arabic-normalize --jsonl --field text --field meta.title dump.jsonl -o clean.jsonl
  arabic-normalize --sentences --format jsonl article.txt
`;
}
