;; Two loops of the fused pass compiled to WebAssembly: its copy loop (`copyRun` in
;; src/fast/clean-and-map.ts) and the scan that tells a Persian or Urdu line (`isPersianLineInUnits`
;; in src/letters/persian-passages.ts), the same steps over the same tables, on code units held in
;; this module's memory. The engine
;; runs a WebAssembly loop without the checks it keeps in an optimised JavaScript loop (of each
;; array's shape and length at each access, of an interrupt at each round), and compiles it when
;; it is instantiated instead of after many calls. `npm run generate` compiles this file
;; (scripts/generate-wasm.mjs) into fused-kernel.generated.ts; src/fast/fused-kernel.ts instantiates it.
;;
;; Every number below that unit-actions.ts also defines carries its name in a comment at the end
;; of its line; test/fast/fused-kernel.test.ts holds each to that definition.
(module
  ;; The memory: the copy loop's tables where FLOW has them (24 tables of 65,536 32-bit entries,
  ;; 6 MB, of which only the tables in use are ever written), then the returned output position,
  ;; the input's code units (up to 2^20 and two line feeds) after one unit that stays 0, the
  ;; output's code units (twice the input, and more), and the line scan's tables. The host reads where each part starts from
  ;; the globals below. It never grows the memory: growing it detaches the `ArrayBuffer` under
  ;; every view of it, and the first detached buffer makes the engine check every typed array it
  ;; reads afterwards, everywhere (every table-driven loop of the library, 1.6x slower). Pages the
  ;; host never writes take no memory.
  (memory (export "memory") 196 196)
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

  ;; copyRun(i, p, at): copies the run that starts at input unit `i` to the output from `p`, with
  ;; the table that starts at entry `at` (FLOW's index of its table); returns where the run ends
  ;; and stores where the output stands at `position`. The steps are those of the JavaScript loop
  ;; (see its comments): each unit is written as the unit XOR its entry shifted down, kept unless
  ;; the entry says it is removed, once the unit after it passes what the entry forbids after it.
  (func (export "copyRun") (param $i i32) (param $p i32) (param $at i32) (result i32)
    (local $entry i32)
    (local $unit i32)
    (local $next i32)
    (local $back i32)
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
    (block $stop
      (loop $units
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
)
