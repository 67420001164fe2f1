;; Loops of `normalize` compiled to WebAssembly: the whole pipeline's gate (`passedRunEnd` in
;; src/fast/unchanged-prefix.ts), the fused pass's copy loop (`copyRun` in
;; src/fast/clean-and-map.ts) and its end-of-text comparison, the scan that tells a Persian or
;; Urdu line (`isPersianLineInUnits` in src/letters/persian-passages.ts; `isPersianLineOfUnits`
;; for the recorded pipeline) and the word loop of stage 3's cover (`coverUntil` in
;; src/punctuation/cover.ts), the same steps over
;; the same tables, on code units held in this module's memory. The engine
;; runs a WebAssembly loop without the checks it keeps in an optimised JavaScript loop (of each
;; array's shape and length at each access, of an interrupt at each round), and compiles it when
;; it is instantiated instead of after many calls. `npm run generate` compiles this file
;; (scripts/generate-wasm.mjs) into fused-kernel.generated.ts; src/fast/fused-kernel.ts instantiates it.
;;
;; Every number below that unit-actions.ts (or another module) also defines carries its name in
;; a comment at the end of its line; test/fast/fused-kernel.test.ts holds each to that definition.
(module
  ;; The memory: the copy loop's tables where FLOW has them (24 tables of 65,536 32-bit entries,
  ;; 6 MB, of which only the tables in use are ever written), then the returned output position,
  ;; the input's code units (up to 2^20 and two line feeds) after one unit that stays 0, the
  ;; output's code units (twice the input, and more), the line scan's tables, stage 3's
  ;; untouched units and the gate's classes. The host reads where each part starts from the globals below. It never
  ;; grows the memory: growing it detaches the `ArrayBuffer` under every view of it, and the
  ;; first detached buffer makes the engine check every typed array it reads afterwards,
  ;; everywhere (every table-driven loop of the library, 1.6x slower). Pages the host never writes
  ;; take no memory.
  (memory (export "memory") 201 201)
  (global (export "position") i32 (i32.const 6291456))
  (global (export "input") i32 (i32.const 6291472))
  (global (export "inputCapacity") i32 (i32.const 1048578))
  (global (export "output") i32 (i32.const 8388672))
  (global (export "outputCapacity") i32 (i32.const 2129888))
  ;; The line scan's tables (persian-passages.ts): the unit flags (16 bits a unit), the automaton's
  ;; next states (a byte a state and letter code), each state's evidence, the words' scores.
  (global (export "unitFlags") i32 (i32.const 12648448))
  (global (export "nextStates") i32 (i32.const 12779520))
  (global (export "stateEvidence") i32 (i32.const 12795904))
  (global (export "wordScores") i32 (i32.const 12796160))
  ;; Stage 3's untouched units (a byte a unit, bit 1 where the stage decides nothing, with the
  ;; bits of the lone marks, the commas and the kept quotes: `coverUnitBits` in unchanged.ts).
  (global (export "untouched") i32 (i32.const 12845056))
  ;; The whole pipeline's gate: each unit's class (32 bits a unit: `passedClasses` in
  ;; src/fast/unchanged-prefix.ts, what the unit is and, from bit 14, what may pass after it).
  (global (export "gateClasses") i32 (i32.const 12910592))

  ;; copyRun(i, p, at): copies the run that starts at input unit `i` to the output from `p`, with
  ;; the table that starts at entry `at` (FLOW's index of its table); returns where the run ends
  ;; and stores where the output stands at `position`. The steps are those of the JavaScript loop
  ;; (see its comments): each unit is written as the unit XOR its entry shifted down, kept unless
  ;; the entry says it is removed, once the unit after it passes what the entry forbids after it.
  ;;
  ;; `$eights`: 1 where the table lets the loop take eight units at once (see `eightsTaken` in
  ;; fused-kernel.ts): every letter of U+0621-U+063A and U+0641-U+064A has ALEF's entry, which
  ;; writes it as it is, keeps it and lets such a letter or a SPACE follow, and SPACE's entry
  ;; writes it as it is, keeps it and lets such a letter follow; 3 where it lets the eights take
  ;; the units of `EIGHTS_SAME_UNITS` too (`!` to `@`, ARABIC COMMA, the Arabic-Indic digits),
  ;; each with FULL STOP's entry, which writes it as it is, keeps it, lets any of the three
  ;; follow, and which a letter and SPACE let follow. The eights (and `coverWords`) use
  ;; WebAssembly's fixed-width SIMD: where an engine lacks it, the module does not compile and
  ;; the JavaScript loops run.
  (func (export "copyRun") (param $i i32) (param $p i32) (param $at i32) (param $eights i32) (result i32)
    (local $entry i32)
    (local $unit i32)
    (local $next i32)
    (local $back i32)
    (local $spaceEntry i32)
    (local $letterEntry i32)
    (local $sameEntry i32)
    (local $eight v128)
    (local $spaces v128)
    (local $before v128)
    (local $sameLanes v128)
    (local $taken i32)
    ;; Byte offsets: of input unit i from the input's start, of output unit p from the output's
    ;; start, of the table's first entry.
    (local $at2 i32)
    (local $out i32)
    (local $table i32)
    (local.set $at2 (i32.shl (local.get $i) (i32.const 1)))
    (local.set $out (i32.shl (local.get $p) (i32.const 1)))
    (local.set $table (i32.shl (local.get $at) (i32.const 2)))
    (local.set $unit (i32.load16_u offset=6291472 (local.get $at2)))
    (local.set $entry (i32.load (i32.add (local.get $table) (i32.shl (local.get $unit) (i32.const 2)))))
    (i32.store16 offset=8388672 (local.get $out)
      (i32.xor (local.get $unit) (i32.shr_s (local.get $entry)
        (i32.const 6)))) ;; FLOW_WRITES
    ;; Four units a round, each step as the one before: the engine checks for an interrupt once a
    ;; round. Against one a round (same-process ratios to the benchmark's copy loop, 3 processes
    ;; each): `normalize` 1.06x (`standard`) and 1.03x (`minimal`) on the noisy 100 KB text, the
    ;; same on its 4 KB documents.
    (local.set $spaceEntry (i32.load offset=128 (local.get $table))) ;; SPACE * 4
    (local.set $letterEntry (i32.load offset=6300 (local.get $table))) ;; EIGHTS_LETTER * 4
    (local.set $sameEntry (i32.load offset=184 (local.get $table))) ;; FULL_STOP * 4
    ;; All lanes where the table lets the eights take the units written as they are (bit 2 of
    ;; `$eights`), none where it does not.
    (local.set $sameLanes (i16x8.splat (i32.sub (i32.const 0) (i32.shr_u (i32.and (local.get $eights) (i32.const 2)) (i32.const 1)))))
    (block $stop
      (loop $units
        ;; Eight units at once while they are such letters, spaces and units written as they are
        ;; (those of `EIGHTS_SAME_UNITS` where `$eights` is 3), no two spaces side by side (a
        ;; space after a space may stop the loop): where the unit just written has the entry of
        ;; one of them, the steps below would write the eight as they are and go on. Most units of Arabic prose are in such eights (72% of the bench's noisy
        ;; text, 87% of its clean text); the line feeds after the text are no such unit. `$before`
        ;; holds, in its last lane, whether the unit before the eight is a space (all ones) or not.
        ;; Alone (scratch measure, the bench's noisy 100 KB text): 0.78 ns a unit against 1.3 for
        ;; the steps below; on letters and spaces alone 0.30 against 1.6.
        ;; An eight that holds another unit is taken up to it (`$taken` lanes, all stored: the
        ;; output past them is written again by the steps below before it is read), and the steps
        ;; go on from there with the entry of the last unit taken, read from the table. On text
        ;; the processor has not seen before (the bench's 271 noisy 4 KB documents), `normalize`
        ;; was 1.07x as fast as when the steps took the whole eight again: each failed eight cost
        ;; mispredicted steps over letters. On one 100 KB text timed over and over (which the
        ;; branch predictor learns) it made no difference, which is why it was once dropped.
        ;; Taking the units of `EIGHTS_SAME_UNITS` too (full stops, commas, quotation marks,
        ;; digits: a third of the units that ended an eight on that text): 1.02-1.03x on those
        ;; documents, and no slower on the 100 KB text.
        (if (i32.and (local.get $eights) (i32.or (i32.or (i32.eq (local.get $entry) (local.get $letterEntry))
            (i32.eq (local.get $entry) (local.get $spaceEntry)))
            (i32.and (i32.eq (local.get $entry) (local.get $sameEntry)) (i32.shr_u (local.get $eights) (i32.const 1)))))
          (then
            (local.set $before (i16x8.splat (i32.sub (i32.const 0) (i32.eq (local.get $entry) (local.get $spaceEntry)))))
            (block $scalar
              (loop $eights
                (local.set $eight (v128.load offset=6291474 align=1 (local.get $at2)))
                (local.set $spaces (i16x8.eq (local.get $eight) (v128.const i16x8 32 32 32 32 32 32 32 32)))
                (local.set $taken (i16x8.bitmask (v128.andnot
                  (v128.or (v128.or (local.get $spaces) (v128.or
                    (i16x8.le_u (i16x8.sub (local.get $eight) (v128.const i16x8 0x621 0x621 0x621 0x621 0x621 0x621 0x621 0x621))
                      (v128.const i16x8 25 25 25 25 25 25 25 25))
                    (i16x8.le_u (i16x8.sub (local.get $eight) (v128.const i16x8 0x641 0x641 0x641 0x641 0x641 0x641 0x641 0x641))
                      (v128.const i16x8 9 9 9 9 9 9 9 9))))
                    (v128.and (local.get $sameLanes) (v128.or
                      (i16x8.le_u (i16x8.sub (local.get $eight) (v128.const i16x8 0x21 0x21 0x21 0x21 0x21 0x21 0x21 0x21))
                        (v128.const i16x8 31 31 31 31 31 31 31 31))
                      (v128.or (i16x8.eq (local.get $eight) (v128.const i16x8 0x60c 0x60c 0x60c 0x60c 0x60c 0x60c 0x60c 0x60c))
                      (i16x8.le_u (i16x8.sub (local.get $eight) (v128.const i16x8 0x660 0x660 0x660 0x660 0x660 0x660 0x660 0x660))
                        (v128.const i16x8 9 9 9 9 9 9 9 9))))))
                  (v128.and (local.get $spaces)
                    (i8x16.shuffle 30 31 0 1 2 3 4 5 6 7 8 9 10 11 12 13 (local.get $spaces) (local.get $before))))))
                (v128.store offset=8388674 align=1 (local.get $out) (local.get $eight))
                (if (i32.ne (local.get $taken) (i32.const 255))
                  (then
                    (local.set $taken (i32.ctz (i32.xor (local.get $taken) (i32.const 255))))
                    (local.set $at2 (i32.add (local.get $at2) (i32.shl (local.get $taken) (i32.const 1))))
                    (local.set $out (i32.add (local.get $out) (i32.shl (local.get $taken) (i32.const 1))))
                    (local.set $entry (i32.load (i32.add (local.get $table) (i32.shl
                      (i32.load16_u offset=6291472 (local.get $at2)) (i32.const 2)))))
                    (br $scalar)))
                (local.set $at2 (i32.add (local.get $at2) (i32.const 16)))
                (local.set $out (i32.add (local.get $out) (i32.const 16)))
                (local.set $before (local.get $spaces))
                (br $eights)))))
        (local.set $unit (i32.load16_u offset=6291474 (local.get $at2)))
        (local.set $next (i32.load (i32.add (local.get $table) (i32.shl (local.get $unit) (i32.const 2)))))
        (br_if $stop (i32.and
          (i32.shr_s (local.get $entry)
            (i32.const 24)) ;; FLOW_AFTER
          (i32.xor (local.get $next)
            (i32.const 24)))) ;; FLOW_INVERTED
        (local.set $out (i32.add (local.get $out) (i32.shl (i32.sub (i32.const 1) (i32.and (local.get $entry)
          (i32.const 1))) ;; FLOW_DROP
          (i32.const 1))))
        (i32.store16 offset=8388672 (local.get $out)
          (i32.xor (local.get $unit) (i32.shr_s (local.get $next)
            (i32.const 6)))) ;; FLOW_WRITES
        (local.set $at2 (i32.add (local.get $at2) (i32.const 2)))
        (local.set $entry (local.get $next))
        (local.set $unit (i32.load16_u offset=6291474 (local.get $at2)))
        (local.set $next (i32.load (i32.add (local.get $table) (i32.shl (local.get $unit) (i32.const 2)))))
        (br_if $stop (i32.and
          (i32.shr_s (local.get $entry)
            (i32.const 24)) ;; FLOW_AFTER
          (i32.xor (local.get $next)
            (i32.const 24)))) ;; FLOW_INVERTED
        (local.set $out (i32.add (local.get $out) (i32.shl (i32.sub (i32.const 1) (i32.and (local.get $entry)
          (i32.const 1))) ;; FLOW_DROP
          (i32.const 1))))
        (i32.store16 offset=8388672 (local.get $out)
          (i32.xor (local.get $unit) (i32.shr_s (local.get $next)
            (i32.const 6)))) ;; FLOW_WRITES
        (local.set $at2 (i32.add (local.get $at2) (i32.const 2)))
        (local.set $entry (local.get $next))
        (local.set $unit (i32.load16_u offset=6291474 (local.get $at2)))
        (local.set $next (i32.load (i32.add (local.get $table) (i32.shl (local.get $unit) (i32.const 2)))))
        (br_if $stop (i32.and
          (i32.shr_s (local.get $entry)
            (i32.const 24)) ;; FLOW_AFTER
          (i32.xor (local.get $next)
            (i32.const 24)))) ;; FLOW_INVERTED
        (local.set $out (i32.add (local.get $out) (i32.shl (i32.sub (i32.const 1) (i32.and (local.get $entry)
          (i32.const 1))) ;; FLOW_DROP
          (i32.const 1))))
        (i32.store16 offset=8388672 (local.get $out)
          (i32.xor (local.get $unit) (i32.shr_s (local.get $next)
            (i32.const 6)))) ;; FLOW_WRITES
        (local.set $at2 (i32.add (local.get $at2) (i32.const 2)))
        (local.set $entry (local.get $next))
        (local.set $unit (i32.load16_u offset=6291474 (local.get $at2)))
        (local.set $next (i32.load (i32.add (local.get $table) (i32.shl (local.get $unit) (i32.const 2)))))
        (br_if $stop (i32.and
          (i32.shr_s (local.get $entry)
            (i32.const 24)) ;; FLOW_AFTER
          (i32.xor (local.get $next)
            (i32.const 24)))) ;; FLOW_INVERTED
        (local.set $out (i32.add (local.get $out) (i32.shl (i32.sub (i32.const 1) (i32.and (local.get $entry)
          (i32.const 1))) ;; FLOW_DROP
          (i32.const 1))))
        (i32.store16 offset=8388672 (local.get $out)
          (i32.xor (local.get $unit) (i32.shr_s (local.get $next)
            (i32.const 6)))) ;; FLOW_WRITES
        (local.set $at2 (i32.add (local.get $at2) (i32.const 2)))
        (local.set $entry (local.get $next))
        (br $units)))
    ;; A space written before a removed unit where the loop stops is given back, as there.
    (local.set $unit (i32.load16_u offset=6291470 (local.get $at2)))
    (local.set $back (i32.and
      (i32.and (local.get $entry)
        (i32.const 1)) ;; FLOW_DROP
      (i32.shr_u
        (i32.and (i32.load (i32.add (local.get $table) (i32.shl (local.get $unit) (i32.const 2))))
          (i32.const 2)) ;; FLOW_SPACE
        (i32.const 1))))
    (i32.store (i32.const 6291456) (i32.sub (i32.shr_u (local.get $out) (i32.const 1)) (local.get $back)))
    (i32.sub (i32.shr_u (local.get $at2) (i32.const 1)) (local.get $back)))

  ;; gateRun(i, n, before, passes, passing, eights): the hot loop of the whole pipeline's gate
  ;; (`passedRunEnd` in src/fast/unchanged-prefix.ts, whose comments say what passes) over input
  ;; units [i, n): where the run of units that pass ends. `before`: the unit before `i` (-1 at the
  ;; text's start); `passes`: what may pass at `i`; `passing`: the class bits the call's styles
  ;; pass. A unit passes where its class shares a bit with `passes`, and is not the second of
  ;; three equal units; then what may pass after it is its class shifted down by 14 (AFTER),
  ;; masked by `passing`.
  ;;
  ;; `$eights`: 1 where every letter of U+0621-U+063A and U+0641-U+064A and SPACE pass one after
  ;; another as the steps read them with `passing` (`gateEightsTaken` in fused-kernel.ts): then,
  ;; after a letter or a space, eight units at a time while they are such letters and spaces, no
  ;; two spaces side by side and no unit the second of three equal ones, and the steps go on
  ;; from the first unit that is not. Clean Arabic prose is mostly such eights; its gate was most
  ;; of `normalize`'s time on it (66% per clean 4 KB document, profiled).
  (func (export "gateRun") (param $i i32) (param $n i32) (param $before i32) (param $passes i32)
      (param $passing i32) (param $eights i32) (result i32)
    (local $unit i32)
    (local $class i32)
    (local $at2 i32)
    (local $steps i32)
    (local $moved i32)
    (local $eight v128)
    (local $prior v128)
    (local $spaces v128)
    (local $taken i32)
    (block $done
      (loop $units
        ;; Eight units at once after a letter or a space that a step of this call passed (what
        ;; may pass is then that unit's, read from the table).
        (if (i32.and (i32.and (local.get $eights) (i32.ne (local.get $steps) (i32.const 0)))
            (i32.or (i32.eq (local.get $before) (i32.const 32))
              (i32.or
                (i32.le_u (i32.sub (local.get $before) (i32.const 0x621)) (i32.const 25))
                (i32.le_u (i32.sub (local.get $before) (i32.const 0x641)) (i32.const 9)))))
          (then
            (local.set $moved (i32.const 0))
            (block $scalar
              (loop $eightsLoop
                (br_if $scalar (i32.gt_u (i32.add (local.get $i) (i32.const 8)) (local.get $n)))
                (local.set $at2 (i32.shl (local.get $i) (i32.const 1)))
                (local.set $eight (v128.load offset=6291472 align=1 (local.get $at2)))
                (local.set $prior (v128.load offset=6291470 align=1 (local.get $at2)))
                (local.set $spaces (i16x8.eq (local.get $eight) (v128.const i16x8 32 32 32 32 32 32 32 32)))
                (local.set $taken (i16x8.bitmask (v128.andnot (v128.andnot
                  (v128.or (local.get $spaces) (v128.or
                    (i16x8.le_u (i16x8.sub (local.get $eight) (v128.const i16x8 0x621 0x621 0x621 0x621 0x621 0x621 0x621 0x621))
                      (v128.const i16x8 25 25 25 25 25 25 25 25))
                    (i16x8.le_u (i16x8.sub (local.get $eight) (v128.const i16x8 0x641 0x641 0x641 0x641 0x641 0x641 0x641 0x641))
                      (v128.const i16x8 9 9 9 9 9 9 9 9))))
                  ;; A space after a space.
                  (v128.and (local.get $spaces)
                    (i16x8.eq (local.get $prior) (v128.const i16x8 32 32 32 32 32 32 32 32))))
                  ;; The second of three equal units.
                  (v128.and (i16x8.eq (local.get $eight) (local.get $prior))
                    (i16x8.eq (local.get $eight) (v128.load offset=6291474 align=1 (local.get $at2)))))))
                (if (i32.ne (local.get $taken) (i32.const 255))
                  (then
                    (local.set $taken (i32.ctz (i32.xor (local.get $taken) (i32.const 255))))
                    (local.set $i (i32.add (local.get $i) (local.get $taken)))
                    (local.set $moved (i32.or (local.get $moved) (local.get $taken)))
                    (br $scalar)))
                (local.set $i (i32.add (local.get $i) (i32.const 8)))
                (local.set $moved (i32.const 1))
                (br $eightsLoop)))
            ;; The state of the last unit taken, for the steps.
            (if (local.get $moved)
              (then
                (local.set $before (i32.load16_u offset=6291470 (i32.shl (local.get $i) (i32.const 1))))
                (local.set $passes (i32.and (i32.shr_u
                  (i32.load offset=12910592 (i32.shl (local.get $before) (i32.const 2)))
                  (i32.const 14)) ;; AFTER
                  (local.get $passing)))))))
        ;; One unit a step, as `passedRunEnd`'s loop.
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $at2 (i32.shl (local.get $i) (i32.const 1)))
        (local.set $unit (i32.load16_u offset=6291472 (local.get $at2)))
        (local.set $class (i32.load offset=12910592 (i32.shl (local.get $unit) (i32.const 2))))
        (br_if $done (i32.eqz (i32.and (local.get $class) (local.get $passes))))
        (br_if $done (i32.and (i32.eq (local.get $unit) (local.get $before))
          (i32.and (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n))
            (i32.eq (i32.load16_u offset=6291474 (local.get $at2)) (local.get $unit)))))
        (local.set $before (local.get $unit))
        (local.set $passes (i32.and (i32.shr_u (local.get $class)
          (i32.const 14)) ;; AFTER
          (local.get $passing)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $steps (i32.const 1))
        (br $units)))
    (local.get $i))

  ;; sameUnits(n): 1 where the output's first `n` code units are the input's first `n`, else 0:
  ;; `outputIsInput` in src/fast/clean-and-map.ts, asked once at the end of a text where no action
  ;; of the fused pass noted a change (text that only stage 3 changes: its digits, punctuation or
  ;; quotes). Eight units at a time; the host's loop cost 1.5 ns a unit (a tenth of such a call on
  ;; the bench's documents given only its digit noise).
  (func (export "sameUnits") (param $n i32) (result i32)
    (local $at i32)
    (local $end i32)
    (local.set $end (i32.shl (local.get $n) (i32.const 1)))
    (block $eights
      (loop $each
        (br_if $eights (i32.gt_u (i32.add (local.get $at) (i32.const 16)) (local.get $end)))
        (if (i32.eqz (i16x8.all_true (i16x8.eq
            (v128.load offset=6291472 align=1 (local.get $at))
            (v128.load offset=8388672 align=1 (local.get $at)))))
          (then (return (i32.const 0))))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $each)))
    (block $done
      (loop $units
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (if (i32.ne (i32.load16_u offset=6291472 (local.get $at)) (i32.load16_u offset=8388672 (local.get $at)))
          (then (return (i32.const 0))))
        (local.set $at (i32.add (local.get $at) (i32.const 2)))
        (br $units)))
    (i32.const 1))

  ;; persianLine(start, end): whether output units [start, end), a line, are Persian or Urdu: 1 or
  ;; 0, as `isPersianLineInUnits` answers; 2 where a word holds a presentation form or a composing
  ;; mark, which that scan spells out of line (the host reads such a line itself).
  (func (export "persianLine") (param $start i32) (param $end i32) (result i32)
    (local $i i32)
    (local $flags i32)
    (local $wordFlags i32)
    (local $state i32)
    (local $persian i32)
    (local $arabic i32)
    (local $row i32)
    (local $score i32)
    (local $unit i32)
    (local $afterZwnj i32)
    (local.set $i (local.get $start))
    (block $done
      (loop $units
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $flags (i32.load16_u offset=12648448 (i32.shl
          (i32.load16_u offset=8388672 (i32.shl (local.get $i) (i32.const 1))) (i32.const 1))))
        (if (i32.eqz (i32.and (local.get $flags)
            (i32.const 64))) ;; IN_WORD
          (then
            (local.set $afterZwnj (i32.const 0))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $units)))
        (local.set $wordFlags (i32.const 0))
        (local.set $state
          (i32.const 2)) ;; START
        (local.set $unit (i32.const 0))
        ;; A word: every unit steps the automaton, as there.
        (block $wordEnd
          (loop $word
            (local.set $wordFlags (i32.or (local.get $wordFlags) (local.get $flags)))
            (local.set $state (i32.load8_u offset=12779520 (i32.or
              (i32.shl (local.get $state) (i32.const 6))
              (i32.and (local.get $flags)
                (i32.const 63))))) ;; CODE_BITS
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $wordEnd (i32.eq (local.get $i) (local.get $end)))
            (local.set $unit (i32.load16_u offset=8388672 (i32.shl (local.get $i) (i32.const 1))))
            (local.set $flags (i32.load16_u offset=12648448 (i32.shl (local.get $unit) (i32.const 1))))
            (br_if $word (i32.and (local.get $flags)
              (i32.const 64))))) ;; IN_WORD
        (if (i32.and (local.get $wordFlags)
            (i32.const 3072)) ;; SPELT_OUT_OF_LINE
          (then (return (i32.const 2))))
        (local.set $row (i32.or
          (i32.shl (i32.load8_u offset=12795904 (local.get $state)) (i32.const 4))
          (i32.and (i32.shr_u (local.get $wordFlags)
            (i32.const 7)) ;; WORD_BITS_SHIFT
            (i32.const 7)))) ;; WORD_BITS
        (local.set $score (i32.load8_u offset=12796160 (i32.or (local.get $row) (local.get $afterZwnj))))
        (local.set $persian (i32.add (local.get $persian) (i32.shr_u (local.get $score) (i32.const 4))))
        (local.set $arabic (i32.add (local.get $arabic) (i32.and (local.get $score) (i32.const 15))))
        ;; A ZWNJ that ends a spelt word before another word joins the two.
        (local.set $afterZwnj (i32.const 0))
        (if (i32.and
            (i32.eq (local.get $unit)
              (i32.const 0x200c)) ;; ZWNJ
            (i32.and (local.get $row)
              (i32.const 1))) ;; SPELT
          (then (if (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $end))
            (then (if (i32.and
                (i32.load16_u offset=12648448 (i32.shl
                  (i32.load16_u offset=8388674 (i32.shl (local.get $i) (i32.const 1))) (i32.const 1)))
                (i32.const 64)) ;; IN_WORD
              (then (local.set $afterZwnj
                (i32.const 8)))))))) ;; AFTER_ZWNJ
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $units)))
    (i32.and
      (i32.ge_u (local.get $persian)
        (i32.const 2)) ;; MIN_PERSIAN_SCORE
      (i32.gt_u (local.get $persian) (local.get $arabic))))

  ;; persianLineAt(base, start, end, at): `isPersianLineOfUnits` (persian-passages.ts) on the code
  ;; units from byte `base` of the memory (the input buffer, where the letters pass copies a text
  ;; it records): the line read from `start`, each line break before `at` starting it anew, up to
  ;; the first line break at or after `at` (or `end`). Returns that line's end times two, plus 1
  ;; where it is Persian or Urdu; -1 where a word holds a presentation form or a composing mark
  ;; (the host then reads it itself).
  (func (export "persianLineAt") (param $base i32) (param $start i32) (param $end i32) (param $at i32) (result i32)
    (local $i i32)
    (local $flags i32)
    (local $wordFlags i32)
    (local $state i32)
    (local $persian i32)
    (local $arabic i32)
    (local $row i32)
    (local $score i32)
    (local $unit i32)
    (local $afterZwnj i32)
    (local.set $i (local.get $start))
    (block $done
      (loop $units
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $unit (i32.load16_u (i32.add (local.get $base) (i32.shl (local.get $i) (i32.const 1)))))
        (local.set $flags (i32.load16_u offset=12648448 (i32.shl (local.get $unit) (i32.const 1))))
        (if (i32.eqz (i32.and (local.get $flags)
            (i32.const 64))) ;; IN_WORD
          (then
            (if (i32.and (local.get $flags)
                (i32.const 4096)) ;; LINE_BREAK
              (then
                (br_if $done (i32.ge_u (local.get $i) (local.get $at)))
                (local.set $persian (i32.const 0))
                (local.set $arabic (i32.const 0))))
            (local.set $afterZwnj (i32.const 0))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $units)))
        (local.set $wordFlags (i32.const 0))
        (local.set $state
          (i32.const 2)) ;; START
        ;; A word: every unit steps the automaton, as there.
        (block $wordEnd
          (loop $word
            (local.set $wordFlags (i32.or (local.get $wordFlags) (local.get $flags)))
            (local.set $state (i32.load8_u offset=12779520 (i32.or
              (i32.shl (local.get $state) (i32.const 6))
              (i32.and (local.get $flags)
                (i32.const 63))))) ;; CODE_BITS
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $wordEnd (i32.eq (local.get $i) (local.get $end)))
            (local.set $unit (i32.load16_u (i32.add (local.get $base) (i32.shl (local.get $i) (i32.const 1)))))
            (local.set $flags (i32.load16_u offset=12648448 (i32.shl (local.get $unit) (i32.const 1))))
            (br_if $word (i32.and (local.get $flags)
              (i32.const 64))))) ;; IN_WORD
        (if (i32.and (local.get $wordFlags)
            (i32.const 3072)) ;; SPELT_OUT_OF_LINE
          (then (return (i32.const -1))))
        (local.set $row (i32.or
          (i32.shl (i32.load8_u offset=12795904 (local.get $state)) (i32.const 4))
          (i32.and (i32.shr_u (local.get $wordFlags)
            (i32.const 7)) ;; WORD_BITS_SHIFT
            (i32.const 7)))) ;; WORD_BITS
        (local.set $score (i32.load8_u offset=12796160 (i32.or (local.get $row) (local.get $afterZwnj))))
        (local.set $persian (i32.add (local.get $persian) (i32.shr_u (local.get $score) (i32.const 4))))
        (local.set $arabic (i32.add (local.get $arabic) (i32.and (local.get $score) (i32.const 15))))
        ;; A ZWNJ that ends a spelt word before another word joins the two.
        (local.set $afterZwnj (i32.const 0))
        (if (i32.and
            (i32.eq (local.get $unit)
              (i32.const 0x200c)) ;; ZWNJ
            (i32.and (local.get $row)
              (i32.const 1))) ;; SPELT
          (then (if (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $end))
            (then (if (i32.and
                (i32.load16_u offset=12648448 (i32.shl
                  (i32.load16_u offset=2 (i32.add (local.get $base) (i32.shl (local.get $i) (i32.const 1))))
                  (i32.const 1)))
                (i32.const 64)) ;; IN_WORD
              (then (local.set $afterZwnj
                (i32.const 8)))))))) ;; AFTER_ZWNJ
        ;; The unit that ended the word: a line break there ends or starts the line.
        (if (i32.and (local.get $flags)
            (i32.const 4096)) ;; LINE_BREAK
          (then
            (br_if $done (i32.ge_u (local.get $i) (local.get $at)))
            (local.set $persian (i32.const 0))
            (local.set $arabic (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $units)))
    (i32.or
      (i32.shl (select (local.get $i) (local.get $end) (i32.lt_u (local.get $i) (local.get $end))) (i32.const 1))
      (i32.and
        (i32.ge_u (local.get $persian)
          (i32.const 2)) ;; MIN_PERSIAN_SCORE
        (i32.gt_u (local.get $persian) (local.get $arabic)))))

  ;; coverWords(base, k, end, n, styles): stage 3's cover (`coverUntil` in src/punctuation/cover.ts)
  ;; over the words (unit pairs) of the `n` code units from byte `base` of the memory (the
  ;; output's, or the input's where stage 3 is given a string), from word `k`: the first word before
  ;; `end` that holds a unit that is neither untouched nor a mark that $passes passes with the
  ;; styles' bits `styles` (a lone mark, a quote or bracket its neighbours decide, a kept dash),
  ;; or whose two untouched units are equal (the host asks there whether a run of elongation goes
  ;; through it, and goes on after it), else `end`. Four words at a time with SIMD while all
  ;; eight units are letters or marks of U+0620-U+065F or U+0671-U+06D3 or spaces (every one
  ;; untouched: test/fast/fused-kernel.test.ts) and no word's halves are equal; else one word at a
  ;; time over the table (`coverUnitBits` in src/punctuation/unchanged.ts: bit 1 untouched, then
  ;; the lone marks of each punctuation style, the commas, then the double quotes each quote style
  ;; keeps). Passing the lone marks here (a full stop or comma before a space, about 60% of the
  ;; host's stops on the bench's noisy documents) made `normalize` 1.02-1.03x as fast per 4 KB
  ;; document (`standard`, `search`).
(func (export "coverWords") (param $base i32) (param $k i32) (param $end i32) (param $n i32) (param $styles i32) (result i32)
    (local $fourWords v128)
    (local $word i32)
    (local $low i32)
    (local $high i32)
    (block $done
      (loop $words
        (block $one
          (loop $fours
            (br_if $one (i32.gt_u (i32.add (local.get $k) (i32.const 4)) (local.get $end)))
            (local.set $fourWords (v128.load align=1 (i32.add (local.get $base) (i32.shl (local.get $k) (i32.const 2)))))
            (br_if $one (i32.eqz (i16x8.all_true (v128.or
              (i16x8.eq (local.get $fourWords) (v128.const i16x8 32 32 32 32 32 32 32 32))
              (v128.or
                (i16x8.le_u (i16x8.sub (local.get $fourWords) (v128.const i16x8 0x620 0x620 0x620 0x620 0x620 0x620 0x620 0x620))
                  (v128.const i16x8 63 63 63 63 63 63 63 63))
                (i16x8.le_u (i16x8.sub (local.get $fourWords) (v128.const i16x8 0x671 0x671 0x671 0x671 0x671 0x671 0x671 0x671))
                  (v128.const i16x8 98 98 98 98 98 98 98 98)))))))
            ;; Each unit beside the other half of its word.
            (br_if $one (v128.any_true (i16x8.eq (local.get $fourWords)
              (i8x16.shuffle 2 3 0 1 6 7 4 5 10 11 8 9 14 15 12 13 (local.get $fourWords) (local.get $fourWords)))))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $fours)))
        (br_if $done (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $word (i32.load (i32.add (local.get $base) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $low (i32.and (local.get $word) (i32.const 0xffff)))
        (local.set $high (i32.shr_u (local.get $word) (i32.const 16)))
        (if (i32.eqz (i32.and (i32.and (i32.load8_u offset=12845056 (local.get $low))
            (i32.load8_u offset=12845056 (local.get $high))) (i32.const 1)))
          (then
            ;; A unit that is not untouched: the word is passed where each of its units is
            ;; untouched or a mark $passes passes; its halves are not asked about, as no run of
            ;; elongation (letters) goes through such a mark, and two such marks (`——`) make
            ;; none.
            (br_if $done (i32.eqz (call $passes (local.get $base) (i32.shl (local.get $k) (i32.const 1))
              (local.get $low) (local.get $n) (local.get $styles))))
            (br_if $done (i32.eqz (call $passes (local.get $base)
              (i32.add (i32.shl (local.get $k) (i32.const 1)) (i32.const 1))
              (local.get $high) (local.get $n) (local.get $styles))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $words)))
        (br_if $done (i32.eq (local.get $low) (local.get $high)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $words)))
    (local.get $k))

  ;; $passes(base, i, unit, n, styles): whether the cover passes `unit`, unit `i` of the `n` units
  ;; from byte `base`: it is untouched, or a lone mark ($loneMark) in the punctuation style whose
  ;; bit `styles` holds (LONE_MARK_BITS; none passes without one), or a double quote that its
  ;; neighbours make an opening or a closing one and whose shape the quote style whose bit `styles`
  ;; holds keeps in both roles ($quote; QUOTE_PASS_BITS, none without one), or a bracket of ( and
  ;; [ that opens before an Arabic letter ($opens) or of ) and ] that closes after one ($closes),
  ;; or an en or em dash where `styles` holds DASHES_KEPT (the dash style keeps them).
  (func $passes (param $base i32) (param $i i32) (param $unit i32) (param $n i32) (param $styles i32) (result i32)
    (local $bits i32)
    (local.set $bits (i32.load8_u offset=12845056 (local.get $unit)))
    (if (i32.and (local.get $bits) (i32.const 1)) (then (return (i32.const 1))))
    (if (i32.and (local.get $bits) (i32.and (local.get $styles)
        (i32.const 224))) ;; QUOTE_PASS_MASK
      (then (return (call $quote (local.get $base) (local.get $i) (local.get $n) (local.get $styles)))))
    (if (i32.and (local.get $bits) (i32.and (local.get $styles)
        (i32.const 14))) ;; LONE_MARK_MASK
      (then (return (call $loneMark (local.get $base) (local.get $i) (local.get $n)))))
    (if (i32.or
        (i32.eq (local.get $unit)
          (i32.const 0x28)) ;; LEFT_PARENTHESIS
        (i32.eq (local.get $unit)
          (i32.const 0x5b))) ;; LEFT_SQUARE_BRACKET
      (then (return (call $opens (local.get $base) (local.get $i) (local.get $n)))))
    (if (i32.or
        (i32.eq (local.get $unit)
          (i32.const 0x29)) ;; RIGHT_PARENTHESIS
        (i32.eq (local.get $unit)
          (i32.const 0x5d))) ;; RIGHT_SQUARE_BRACKET
      (then (return (call $closes (local.get $base) (local.get $i) (local.get $n) (local.get $styles)))))
    (i32.and
      (i32.ne
        (i32.and (local.get $styles)
          (i32.const 256)) ;; DASHES_KEPT
        (i32.const 0))
      (i32.or
        (i32.eq (local.get $unit)
          (i32.const 0x2013)) ;; EN_DASH
        (i32.eq (local.get $unit)
          (i32.const 0x2014))))) ;; EM_DASH

  ;; $loneMark(base, i, n): whether the clause mark at unit `i` (one the style keeps) is a lone mark
  ;; as `loneMarkEndInUnits` (src/punctuation/unchanged-in-units.ts) reads one: after a unit that
  ;; is not a space, before a line feed, or before one space and a unit that is neither a space
  ;; nor a comma (COMMA_BIT), or before one space that ends the text.
  (func $loneMark (param $base i32) (param $i i32) (param $n i32) (result i32)
    (local $next i32)
    (local $after i32)
    (if (i32.eqz (local.get $i)) (then (return (i32.const 0))))
    (if (i32.eq (i32.load16_u (i32.add (local.get $base) (i32.shl (i32.sub (local.get $i) (i32.const 1)) (i32.const 1))))
        (i32.const 32)) ;; SPACE
      (then (return (i32.const 0))))
    (if (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)) (then (return (i32.const 0))))
    (local.set $next (i32.load16_u (i32.add (local.get $base) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 1)))))
    (if (i32.eq (local.get $next)
        (i32.const 10)) ;; LINE_FEED
      (then (return (i32.const 1))))
    (if (i32.ne (local.get $next)
        (i32.const 32)) ;; SPACE
      (then (return (i32.const 0))))
    (if (i32.ge_u (i32.add (local.get $i) (i32.const 2)) (local.get $n)) (then (return (i32.const 1))))
    (local.set $after (i32.load16_u (i32.add (local.get $base) (i32.shl (i32.add (local.get $i) (i32.const 2)) (i32.const 1)))))
    (i32.and (i32.ne (local.get $after) (i32.const 32))
      (i32.eqz (i32.and (i32.load8_u offset=12845056 (local.get $after))
        (i32.const 16))))) ;; COMMA_BIT

  ;; $quote(base, i, n, styles): whether the double quote at unit `i` (one whose shape the quote
  ;; style keeps in both roles) is a stretch that stage 3 leaves as it is, as
  ;; `punctuationUnchangedAt` (src/punctuation/unchanged.ts) reads it, in the cases its
  ;; neighbours decide alone (`quoteRole`): an opening quote ($opens) or a closing one ($closes).
  ;; Any other quote is the host's to read. Quotes were a little over half of the host's stops on
  ;; the bench's noisy documents.
  (func $quote (param $base i32) (param $i i32) (param $n i32) (param $styles i32) (result i32)
    (i32.or (call $opens (local.get $base) (local.get $i) (local.get $n))
      (call $closes (local.get $base) (local.get $i) (local.get $n) (local.get $styles))))

  ;; $opens(base, i, n): whether unit `i` stands at the text's start or after a space or a line
  ;; feed, and before an Arabic letter (U+0621-U+064A): there a quote opens and an opening
  ;; bracket or quote keeps the spaces around it (`openingEnd`).
  (func $opens (param $base i32) (param $i i32) (param $n i32) (result i32)
    (local $prev i32)
    (if (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)) (then (return (i32.const 0))))
    (if (i32.eqz (call $isArabicLetter (i32.load16_u (i32.add (local.get $base)
        (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 1))))))
      (then (return (i32.const 0))))
    (if (i32.eqz (local.get $i)) (then (return (i32.const 1))))
    (local.set $prev (i32.load16_u (i32.add (local.get $base) (i32.shl (i32.sub (local.get $i) (i32.const 1)) (i32.const 1)))))
    (i32.or
      (i32.eq (local.get $prev)
        (i32.const 32)) ;; SPACE
      (i32.eq (local.get $prev)
        (i32.const 10)))) ;; LINE_FEED

  ;; $closes(base, i, n, styles): whether unit `i` stands after an Arabic letter and before a
  ;; space, a line feed or a lone mark in the punctuation style: there a quote closes, and a
  ;; closing quote or bracket ends a run of closing marks that stage 3 leaves as it is
  ;; (`closingRunEnd`; with the mark, which $loneMark passes as that run reads it).
  (func $closes (param $base i32) (param $i i32) (param $n i32) (param $styles i32) (result i32)
    (local $next i32)
    (if (i32.or (i32.eqz (local.get $i)) (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
      (then (return (i32.const 0))))
    (if (i32.eqz (call $isArabicLetter (i32.load16_u (i32.add (local.get $base)
        (i32.shl (i32.sub (local.get $i) (i32.const 1)) (i32.const 1))))))
      (then (return (i32.const 0))))
    (local.set $next (i32.load16_u (i32.add (local.get $base) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 1)))))
    (if (i32.or
        (i32.eq (local.get $next)
          (i32.const 32)) ;; SPACE
        (i32.eq (local.get $next)
          (i32.const 10))) ;; LINE_FEED
      (then (return (i32.const 1))))
    (if (i32.eqz (i32.and (i32.load8_u offset=12845056 (local.get $next)) (i32.and (local.get $styles)
        (i32.const 14)))) ;; LONE_MARK_MASK
      (then (return (i32.const 0))))
    (call $loneMark (local.get $base) (i32.add (local.get $i) (i32.const 1)) (local.get $n)))

  ;; $isArabicLetter(unit): 1 where `unit` is in U+0621-U+064A (QUOTE_NEIGHBOUR_LETTERS in
  ;; src/punctuation/unchanged.ts), else 0.
  (func $isArabicLetter (param $unit i32) (result i32)
    (i32.le_u (i32.sub (local.get $unit)
      (i32.const 0x0621)) ;; QUOTE_LETTERS_FIRST
      (i32.const 41))) ;; QUOTE_LETTERS_SPAN
)
