import { conflictHelp, DEFAULT_JOBS, MAX_JOBS, optionHelp } from './args.js';

// long: the help screen is one template literal, read as the user sees it.
export function helpText(): string {
  return `Usage: arabic-normalize [options] [files...]

Normalises Arabic text (the library's normalize()) from files or standard input (no files, or -).
Output goes to standard output unless -o, --out-dir or --in-place is given. A regular file is
written to a temporary file beside it and renamed into place only when complete (a symbolic link
is followed, the file it points to is replaced, owner and permissions kept); a device or FIFO
(-o /dev/stdout, a named pipe) is written straight into. No output may be an input, unless
--in-place is given. Short flags group (-qj2); -- ends the options.

Output:
  -o, --output FILE        write everything to FILE (-o - is standard output)
  --out-dir DIR            write each input to DIR/<its path>, keeping the relative folder layout
  --in-place               replace each input file (the original stays until the new one is complete)

Input:
  -r, --recursive          a folder given as input stands for the files under it (sorted; names
                           starting with a dot skipped; symbolic links to folders not followed)
  --include PATTERN        with -r: only files whose name matches (*, ?, {a,b}; repeatable)
  --encoding LABEL         the inputs' encoding, any WHATWG label: windows-1256 (cp1256),
                           iso-8859-6, utf-16le, utf-16be, utf-8, ... Bytes with no character in
                           it become U+FFFD and are reported (UTF-16: replaced, not reported).
                           Default: UTF-8 (invalid bytes reported and replaced by U+FFFD), except
                           that an input starting with a UTF-16 byte order mark (FF FE or FE FF)
                           is read as UTF-16. Output is always UTF-8.

What to do:
  (default)                normalise the whole text; an input that looks like JSON Lines (a JSON
                           object on its first line) is warned about (refused with --strict)
  --sentences              normalise, then write one sentence per line
  --format jsonl           with --sentences: one {"text","start","end"} object per sentence
                           (UTF-16 offsets into the normalised text; "file" too with several inputs)
  --abbreviation WORD      with --sentences: a full stop after WORD does not end a sentence
                           (repeatable; WORD without its final dot, e.g. --abbreviation Corp)
  --hard-wrapped           with --sentences: the text is hard-wrapped (e-mail, OCR, PDF): a single
                           line break is a space, a blank line ends a sentence
  --jsonl                  input is JSON Lines: normalise string fields, keep everything else as is
  --field PATH             with --jsonl: field to normalise (repeatable, once each; default text);
                           dotted paths like meta.title, \\. for a dot inside a key (stats\\.v2).
                           An array of strings is normalised element by element; a field holding
                           anything else is reported and left as it was

Normalisation options (as in the API; see the README):
  --preset standard|search|minimal
${optionHelp()}

Running:
  -j, --jobs N             worker threads, 1 to ${MAX_JOBS} (default ${DEFAULT_JOBS}). They help only with cores
                           to spare: several files (up to 1.7x with 2 jobs on an idle 2-core
                           machine); one JSONL input is cut into blocks, which gained nothing on
                           busy cores and costs memory. A single plain-text input always runs on
                           one thread. Threads start only as the work needs them. Output order is
                           always the input order.
  --strict                 invalid bytes, a malformed JSONL record or JSON Lines given as text
                           is an error (exit 1)
  -q, --quiet              no progress bar and no per-problem messages (the summary remains)
  -h, --help               this help
  -V, --version            the version

Flags that cannot be used together (exit 2, naming both):
${conflictHelp()}
  --field needs --jsonl; --format, --abbreviation and --hard-wrapped need --sentences; --include needs -r.

Without --strict, invalid bytes become U+FFFD and malformed JSONL records are passed through
unchanged; each is reported with its file and byte offset or line number, and counted in a
summary on standard error. A progress bar is drawn on standard error when it is a terminal and
the input size is known; it is cleared before any message.

Exit codes:
  0  done (possibly with replaced bytes or passed-through records, see the summary); also when
     the reader of standard output went away (| head)
  1  bad input data with --strict (invalid bytes, malformed JSONL record, JSON Lines as text)
  2  usage error (unknown option, bad value, conflicting flags, an output that is an input)
  3  input/output error (file missing or unreadable, a folder without -r, cannot write, disk full)
  129, 130, 143  stopped by SIGHUP, SIGINT or SIGTERM: temporary files removed, targets untouched,
     then ended by that signal, which a shell shows as these codes

Examples:
  arabic-normalize article.txt > clean.txt
  curl -s https://example.org/feed.txt | arabic-normalize --preset search
  arabic-normalize --out-dir clean/ --jobs 2 -r --include '*.txt' raw/
  arabic-normalize --encoding windows-1256 old-page.html > page.utf8.html
  arabic-normalize --in-place --digits arabic-indic notes.txt
  arabic-normalize --jsonl --field text --field meta.title dump.jsonl -o clean.jsonl
  arabic-normalize --sentences --format jsonl article.txt
`;
}
